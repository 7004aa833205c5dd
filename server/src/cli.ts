/**
 * CLI wiring only: argument parsing, output formats, exit codes. Exit 0: nothing at or above --fail-on;
 * 1: something is; 2: usage or I/O error, with a one-line message on stderr.
 */
import * as fs from 'fs';
import * as v8 from 'v8';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';
import { scan } from './cli/scan';
import { enableScanWorkers, isScanWorker, runScanWorker } from './cli/parallelScan';
import { fixMoveSecrets } from './cli/fix';
import { PathError } from './workspace/listFiles';
import { formatJsonChunks } from './cli/formatJson';
import { formatText } from './cli/formatText';
import { toSarif } from './workspace/sarif';
import { ConfigError } from './core/config/vouchConfig';
import { SEVERITY_ORDER, Severity } from './core/findings';
import { VERSION } from './version';
import { positiveBytes, UsageError, walkArgs } from './cli/args';

const USAGE = `Usage:
  vouch scan [paths…] [--format text|json|sarif] [--output FILE] [--fail-on error|warning|information|never]
             [--max-file-size BYTES] [--staged] [--no-git]
                             --staged: scan what git would commit (the index), for pre-commit hooks
                             --no-git: do not read git history for AI-authored commits (signal B)
  vouch fix --move-secrets [paths…] [--dry-run] [--env-path PATH]
                             move hard-coded secrets to .env (--dry-run: print a diff, secrets masked)
  vouch lsp --stdio          run the language server for any LSP editor (also --node-ipc, --socket=N)
  vouch --version | --help`;

interface ScanArgs { paths: string[]; format: 'text' | 'json' | 'sarif'; output?: string; failOn: Severity | 'never'; maxFileSize: number; staged: boolean; git: boolean }

function parseScanArgs(args: string[]): ScanArgs {
  const out: ScanArgs = { paths: [], format: 'text', failOn: 'warning', maxFileSize: 2 * 1024 * 1024, staged: false, git: true };
  walkArgs(args, {
    '--format': value => {
      const v = value();
      if (v !== 'text' && v !== 'json' && v !== 'sarif') throw new UsageError(`--format must be text, json or sarif, not "${v}"`);
      out.format = v;
    },
    '--output': value => { out.output = value(); },
    '-o': value => { out.output = value(); },
    '--staged': () => { out.staged = true; },
    '--no-git': () => { out.git = false; },
    '--fail-on': value => {
      const v = value();
      if (!['error', 'warning', 'information', 'never'].includes(v)) throw new UsageError(`--fail-on must be error, warning, information or never, not "${v}"`);
      out.failOn = v as ScanArgs['failOn'];
    },
    '--max-file-size': value => { out.maxFileSize = positiveBytes('--max-file-size', value()); },
  }, a => out.paths.push(a));
  if (out.paths.length === 0 && !out.staged) out.paths.push('.');
  return out;
}

async function runScan(args: string[]): Promise<number> {
  const opts = parseScanArgs(args);
  // A scan allocates the whole tree's text once and keeps little (live heap ~40 MB on a 500 MB tree), but V8 lets
  // the heap grow to about four times the live size between full collections (300 MB peak). Favouring size keeps
  // the factor near two: 142 MB peak on the 500 MB bench corpus, for ~5 % of time. The heap controller reads the
  // flag at each collection, so setting it now is enough. VOUCH_OPTIMIZE_FOR_SIZE=0 leaves V8's defaults.
  if (process.env.VOUCH_OPTIMIZE_FOR_SIZE !== '0') v8.setFlagsFromString('--optimize-for-size');
  const report = await scan({ paths: opts.paths, maxFileSize: opts.maxFileSize, cwd: process.cwd(), staged: opts.staged, git: opts.git });
  const color = !opts.output && process.stdout.isTTY && !process.env.NO_COLOR;
  const chunks = (): Iterable<string> => opts.format === 'json' ? formatJsonChunks(report) : opts.format === 'sarif' ? [toSarif(report.findings)] : [formatText(report, !!color)];
  if (opts.output) {
    try { writeChunks(opts.output, chunks()); } catch (e) {
      throw new PathError(`${opts.output}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    process.stderr.write(`vouch: wrote ${report.findings.length} findings from ${report.filesScanned} files to ${opts.output}\n`);
  } else {
    process.stdout.write([...chunks()].join(''));
  }
  if (opts.format !== 'text') for (const s of report.skipped) process.stderr.write(`vouch: skipped ${s.file}: ${s.reason}\n`);
  if (opts.failOn === 'never') return 0;
  const threshold = SEVERITY_ORDER[opts.failOn];
  return report.findings.some(f => SEVERITY_ORDER[f.severity] <= threshold) ? 1 : 0;
}

/** Writes a report piece by piece: a large report never exists as one string (nor as one encoded buffer). */
function writeChunks(file: string, chunks: Iterable<string>): void {
  const fd = fs.openSync(file, 'w');
  try { for (const c of chunks) fs.writeSync(fd, c); } finally { fs.closeSync(fd); }
}

interface FixArgs { paths: string[]; dryRun: boolean; envPath: string; maxFileSize: number }

function parseFixArgs(args: string[]): FixArgs {
  const out: FixArgs = { paths: [], dryRun: false, envPath: '.env', maxFileSize: 2 * 1024 * 1024 };
  let moveSecrets = false;
  walkArgs(args, {
    '--move-secrets': () => { moveSecrets = true; },
    '--dry-run': () => { out.dryRun = true; },
    '--env-path': value => { out.envPath = value(); },
    '--max-file-size': value => { out.maxFileSize = positiveBytes('--max-file-size', value()); },
  }, a => out.paths.push(a));
  if (!moveSecrets) throw new UsageError('fix needs --move-secrets (the only fix so far)');
  if (out.paths.length === 0) out.paths.push('.');
  return out;
}

/** Exit 0: every secret found was moved (or would be, with --dry-run); 1: some stay, each listed on stderr. */
function runFix(args: string[]): number {
  const opts = parseFixArgs(args);
  const result = fixMoveSecrets({ ...opts, cwd: process.cwd() });
  process.stdout.write(result.output);
  for (const w of result.warnings) process.stderr.write(`vouch: ${w}\n`);
  return result.left > 0 ? 1 : 0;
}

export function main(argv: string[]): number | 'serving' | Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'scan': return runScan(rest);
    case 'fix': return runFix(rest);
    case 'lsp':
      if (!rest.some(a => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
        throw new UsageError('lsp needs a transport: --stdio, --node-ipc, --socket=PORT or --pipe=NAME');
      }
      startServer(createConnection(ProposedFeatures.all));
      return 'serving';
    case '--version': case '-v': process.stdout.write(`${VERSION}\n`); return 0;
    case '--help': case '-h': case 'help': process.stdout.write(`${USAGE}\n`); return 0;
    case undefined: throw new UsageError('missing command (try "vouch scan .")');
    default: throw new UsageError(`unknown command "${command}"`);
  }
}

export function run(): void {
  enableScanWorkers(__filename);
  const fail = (e: unknown) => {
    const msg = e instanceof UsageError ? `${e.message}\n${USAGE}` : e instanceof PathError || e instanceof ConfigError ? e.message : `internal error: ${(e as Error).message}`;
    process.stderr.write(`vouch: ${msg}\n`);
    process.exitCode = 2;
  };
  let code: number | 'serving' | Promise<number>;
  try { code = main(process.argv.slice(2)); } catch (e) { fail(e); return; }
  // `scan` is asynchronous (it shares the language server's non-blocking scan loop); the others return at once.
  if (code instanceof Promise) code.then(c => { process.exitCode = c; }, fail);
  else if (code !== 'serving') process.exitCode = code;
}

if (isScanWorker()) runScanWorker(); // a worker thread of `vouch scan` (cli/parallelScan.ts)
else if (require.main === module) run();
