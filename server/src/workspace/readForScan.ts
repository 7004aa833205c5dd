/** Reads a file for scanning, or says why it is skipped: binary, too large, unreadable. */
import * as fs from 'fs';
import { promisify } from 'util';

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

const NOT_REGULAR: ReadResult = { ok: false, reason: 'not a regular file' };

/** Bytes inspected for a NUL to call a file binary, as git and grep do. */
const BINARY_SNIFF = 8192;

/** `sizeHint` tells the reader how to scan an oversized file anyway (a CLI flag or an editor setting). */
export async function readForScan(file: string, maxBytes: number, sizeHint = 'raise --max-file-size to scan it'): Promise<ReadResult> {
  let size: number;
  try {
    const st = await stat(file);
    if (!st.isFile()) return NOT_REGULAR; // a FIFO or device (say via a symlink) would block or never end
    size = st.size;
  } catch (e) { return unreadable(e); }
  if (size > maxBytes) return tooLarge(size, maxBytes, sizeHint);
  let buf: Buffer;
  try { buf = await readFile(file); } catch (e) { return unreadable(e); }
  return decode(buf);
}

// The callback API, promisified: fs.promises.readFile costs several extra round trips per file (measured: about a
// third of the time of a node_modules scan went to its fstat/read/close wrappers).
const stat = promisify(fs.stat);
const readFile = promisify(fs.readFile);

export function readForScanSync(file: string, maxBytes: number, sizeHint = 'raise --max-file-size to scan it'): ReadResult {
  let size: number;
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) return NOT_REGULAR;
    size = st.size;
  } catch (e) { return unreadable(e); }
  if (size > maxBytes) return tooLarge(size, maxBytes, sizeHint);
  let buf: Buffer;
  try { buf = fs.readFileSync(file); } catch (e) { return unreadable(e); }
  return decode(buf);
}

let shared = Buffer.allocUnsafe(256 * 1024);

/**
 * `readForScanSync` for a scan that reads one file at a time on one thread (the CLI): the bytes go into one reused
 * buffer (no allocation per file, no external memory for the garbage collector to chase), then straight to the
 * string. Same results as `readForScanSync`.
 */
export function readForScanShared(file: string, maxBytes: number, sizeHint = 'raise --max-file-size to scan it'): ReadResult {
  let fd: number;
  try { fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0)); } catch (e) { return unreadable(e); }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return NOT_REGULAR; // opened non-blocking: a FIFO does not block the open, and is never read
    if (st.size > maxBytes) return tooLarge(st.size, maxBytes, sizeHint);
    if (shared.length < st.size + 1) shared = Buffer.allocUnsafe(Math.max(st.size + 1, shared.length * 2));
    let n = 0;
    // Until end of file: the size may change under us; one spare byte tells a file that grew past the buffer.
    for (let r; n < shared.length && (r = fs.readSync(fd, shared, n, shared.length - n, null)) > 0;) n += r;
    if (n >= shared.length) return readForScanSync(file, maxBytes, sizeHint); // grew while read: the general path
    return decode(shared.subarray(0, n));
  } catch (e) {
    return unreadable(e);
  } finally {
    fs.closeSync(fd);
  }
}

/** The checks shared by files on disk and blobs read from git's index. */
export function decode(buf: Buffer): ReadResult {
  if (buf.subarray(0, BINARY_SNIFF).includes(0)) return { ok: false, reason: 'binary' };
  return { ok: true, text: buf.toString('utf8') };
}

export function tooLarge(size: number, maxBytes: number, sizeHint: string): ReadResult {
  return { ok: false, reason: `larger than ${formatBytes(maxBytes)} (${formatBytes(size)}); ${sizeHint}` };
}

function unreadable(e: unknown): ReadResult {
  return { ok: false, reason: `unreadable (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}
