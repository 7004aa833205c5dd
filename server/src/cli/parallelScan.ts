/**
 * `vouch scan` on every core: the main thread lists files, gathers git evidence, analyses its own share and writes
 * the report; worker threads (one per extra core) read and analyse the rest. Results are delivered in file order,
 * so the report is the same as a single-threaded scan's. Each thread holds only the few files it is working on:
 * memory does not grow with the size of the tree.
 *
 * Workers run the CLI bundle itself (cli.ts registers its own file with `enableScanWorkers`), so code that
 * bundles `scan()` elsewhere (tests) scans on one thread.
 */
import * as os from 'os';
import * as path from 'path';
import { Worker, parentPort, workerData } from 'worker_threads';
import { analyze } from '../core/analyze';
import type { Finding } from '../core/findings';
import { languageIdForPath } from '../core/text/languages';
import { secretPolicy, VouchConfig } from '../core/config/vouchConfig';
import type { Evidence } from '../core/provenance/signals';
import { readForScan } from '../workspace/readForScan';
import type { ScanFilesOptions, ScanFilesResult } from '../workspace/scanFiles';

export interface ScanJob { cwd: string; maxFileSize: number; sizeHint: string; config: VouchConfig }

const WORKER_FLAG = 'vouchScanWorker';
/** Below this many files a worker costs more to start (about 30 ms) than it saves. */
const MIN_FILES = 64;
/** Files handed to a worker ahead of its results: enough to keep it busy while the main thread analyses. */
const WORKER_QUEUE = 16;

let workerEntry: string | undefined;

/** Called by the CLI with its own bundle: worker threads run that file. */
export function enableScanWorkers(entry: string): void { workerEntry = entry; }

/** Whether this thread was started as a scan worker (then `runScanWorker` serves it). */
export function isScanWorker(): boolean {
  return !!parentPort && !!workerData && (workerData as Record<string, unknown>)[WORKER_FLAG] === true;
}

/**
 * Worker threads for a scan of `files` files. Off unless VOUCH_WORKERS=N (or `auto`: one per core beyond the first)
 * asks for them: on the 2-core benchmark machine, shared with other jobs, a worker made `vouch scan` slower, not
 * faster (README, Performance), so one thread stays the default until it is measured to help.
 */
export function scanWorkerCount(files: number): number {
  if (!workerEntry || files < MIN_FILES) return 0;
  const env = process.env.VOUCH_WORKERS;
  if (env === 'auto') {
    const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
    return Math.max(0, Math.min(cores - 1, 16));
  }
  if (env !== undefined && env !== '' && Number.isInteger(Number(env)) && Number(env) >= 0) return Math.min(Number(env), 16);
  return 0;
}

/** The path a report shows: relative to the working directory, forward slashes. */
export function reportPath(cwd: string, file: string): string {
  return (path.relative(cwd, file) || path.basename(file)).split(path.sep).join('/');
}

/** The analysis of one file as `vouch scan` runs it, on whichever thread. */
export function analyzeForScan(job: Pick<ScanJob, 'cwd' | 'config'>, file: string, text: string, evidence: readonly Evidence[]): Finding[] {
  const { config } = job;
  return analyze(
    { text, languageId: languageIdForPath(file), path: reportPath(job.cwd, file) },
    { ignoredFingerprints: ignoredOf(config), policy: secretPolicy(config), ai: { evidence, notAi: notAiOf(config) } },
  );
}

const ignoredSets = new WeakMap<VouchConfig, { ignored: Set<string>; notAi: Set<string> }>();
function setsOf(config: VouchConfig) {
  let s = ignoredSets.get(config);
  if (!s) ignoredSets.set(config, (s = { ignored: new Set(config.ignore), notAi: new Set(config.notAi) }));
  return s;
}
const ignoredOf = (c: VouchConfig) => setsOf(c).ignored;
const notAiOf = (c: VouchConfig) => setsOf(c).notAi;

type WorkerRequest = { i: number; file: string; evidence: Evidence[] };
type WorkerReply = { i: number; findings?: Finding[]; skip?: string };

/** The worker side: read, analyse, reply; one message per file. */
export function runScanWorker(): void {
  const job = (workerData as { job: ScanJob }).job;
  parentPort!.on('message', (m: WorkerRequest) => {
    readForScan(m.file, job.maxFileSize, job.sizeHint)
      .catch((e: Error) => ({ ok: false as const, reason: `unreadable (${e.message})` }))
      .then(r => {
        let reply: WorkerReply;
        if (!r.ok) reply = { i: m.i, skip: r.reason };
        else {
          try { reply = { i: m.i, findings: analyzeForScan(job, m.file, r.text, m.evidence) }; } catch (e) {
            reply = { i: m.i, skip: `analysis failed (${(e as Error).message})` }; // never echo the file's content
          }
        }
        parentPort!.postMessage(reply);
      });
  });
}

type Outcome = { findings: Finding[] } | { skip: string };

/**
 * scanFiles (workspace/scanFiles.ts) spread over `workers` worker threads plus this one. `evidence` gives the git
 * evidence of a file a worker will analyse; this thread's own files go through `o.read` and `o.analyze` as usual.
 */
export async function scanFilesParallel(o: ScanFilesOptions & { workers: number; job: ScanJob; evidence(file: string): Promise<Evidence[]> }): Promise<ScanFilesResult> {
  const files = o.files;
  const outcomes: (Outcome | undefined)[] = new Array(files.length);
  let next = 0, delivered = 0, scanned = 0;
  const deliver = () => {
    while (delivered < files.length && outcomes[delivered] !== undefined) {
      const out = outcomes[delivered]!;
      outcomes[delivered] = undefined;
      const file = files[delivered++];
      if ('skip' in out) o.onSkip?.(file, out.skip);
      else { scanned++; o.onResult?.(file, out.findings); }
      o.onProgress?.(delivered, files.length);
    }
  };
  const settle = (i: number, out: Outcome) => { outcomes[i] = out; deliver(); };

  const pool = Array.from({ length: o.workers }, () => new Worker(workerEntry!, { workerData: { [WORKER_FLAG]: true, job: o.job } }));
  let failed: Error | undefined;
  const workerDone = pool.map(w => new Promise<void>(resolve => {
    let inFlight = 0;
    const feed = async () => {
      while (inFlight < WORKER_QUEUE && next < files.length && !failed) {
        const i = next++;
        inFlight++;
        const evidence = await o.evidence(files[i]).catch(() => []);
        w.postMessage({ i, file: files[i], evidence } satisfies WorkerRequest);
      }
      if (inFlight === 0) resolve();
    };
    w.on('message', (r: WorkerReply) => {
      inFlight--;
      settle(r.i, r.skip !== undefined ? { skip: r.skip } : { findings: r.findings ?? [] });
      void feed();
    });
    w.on('error', e => { failed = e; resolve(); });
    w.on('exit', () => resolve());
    void feed();
  }));

  // This thread's share: the next file nobody has taken, read and analysed here, yielding between files so the
  // workers' results are collected and they are kept fed.
  const ownDone = (async () => {
    while (next < files.length && !failed) {
      const i = next++;
      const r = await o.read(files[i]).catch((e: Error) => ({ ok: false as const, reason: `unreadable (${e.message})` }));
      if (!r.ok) { settle(i, { skip: r.reason }); continue; }
      try { settle(i, { findings: o.analyze(files[i], r.text) }); } catch (e) {
        settle(i, { skip: `analysis failed (${(e as Error).message})` });
      }
      await new Promise<void>(resolve => setImmediate(resolve));
    }
  })();

  await Promise.all([ownDone, ...workerDone]);
  await Promise.all(pool.map(w => w.terminate()));
  if (failed) throw failed;
  deliver();
  return { done: delivered, scanned, cancelled: false };
}
