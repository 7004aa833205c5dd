/**
 * The scan loop shared by the CLI and the language server: reads a few files ahead (I/O overlaps analysis),
 * analyses one file at a time and yields to the event loop every few milliseconds, so a language server scanning
 * 50,000 files still answers keystrokes and a cancellation is seen within one file's analysis.
 */
import type { Finding } from '../core/findings';
import type { ReadResult } from './readForScan';
import { errorSummary } from '../core/errorSummary';

export interface ScanFilesOptions {
  files: readonly string[];
  read(file: string): Promise<ReadResult>;
  analyze(file: string, text: string): Finding[];
  onResult?(file: string, findings: Finding[]): void;
  onSkip?(file: string, reason: string): void;
  onProgress?(done: number, total: number): void;
  isCancelled?(): boolean;
  /** Reads in flight at once (default 8). */
  readAhead?: number;
  /** Longest stretch of synchronous work before yielding to the event loop, in ms (default 8). */
  sliceMs?: number;
}

export interface ScanFilesResult {
  /** Files finished: analysed or skipped. */
  done: number;
  /** Files analysed. */
  scanned: number;
  cancelled: boolean;
}

const yieldToEventLoop = () => new Promise<void>(resolve => setImmediate(resolve));

export async function scanFiles(o: ScanFilesOptions): Promise<ScanFilesResult> {
  const readAhead = Math.max(1, o.readAhead ?? 8);
  const sliceMs = o.sliceMs ?? 8;
  const cancelled = () => o.isCancelled?.() ?? false;
  const queue: { file: string; text: Promise<ReadResult> }[] = [];
  let next = 0;
  let done = 0;
  let scanned = 0;
  let sliceStart = performance.now();

  while (done < o.files.length) {
    while (next < o.files.length && queue.length < readAhead) {
      const file = o.files[next++];
      queue.push({ file, text: o.read(file).catch((e: Error) => ({ ok: false as const, reason: `unreadable (${e.message})` })) });
    }
    if (cancelled()) break;
    const { file, text } = queue.shift()!;
    const r = await text;
    if (cancelled()) break;
    if (!r.ok) o.onSkip?.(file, r.reason);
    else {
      let findings: Finding[] | undefined;
      try { findings = o.analyze(file, r.text); } catch (e) {
        // One file that breaks the analysis must not stop the scan; never echo its content.
        o.onSkip?.(file, `analysis failed (${errorSummary(e).split('\n')[0]})`); // the type only: a message may quote the file
      }
      if (findings) { scanned++; o.onResult?.(file, findings); }
    }
    done++;
    o.onProgress?.(done, o.files.length);
    if (performance.now() - sliceStart >= sliceMs) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
  return { done, scanned, cancelled: done < o.files.length };
}
