/**
 * Finds the files a scan covers. Inside a git work tree it asks git (tracked + untracked, minus ignored), so
 * .gitignore is honoured exactly as git does; elsewhere it walks the tree, skipping VCS and dependency folders.
 */
import * as fs from 'fs';
import * as path from 'path';
import { execFileSync } from 'child_process';

const SKIP_DIRS = new Set(['.git', '.hg', '.svn', 'node_modules', '.vouch-cache']);

export class PathError extends Error {}

export function listFiles(target: string): string[] {
  let stat: fs.Stats;
  try { stat = fs.statSync(target); } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new PathError(`${target}: ${code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message}`);
  }
  if (stat.isFile()) return [target];
  if (!stat.isDirectory()) throw new PathError(`${target}: not a regular file or directory`);
  return gitFiles(target) ?? walk(target);
}

function gitFiles(dir: string): string[] | undefined {
  try {
    const out = execFileSync('git', ['-C', dir, 'ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', '.'], {
      encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 512 * 1024 * 1024,
    });
    const files = out.split('\0').filter(Boolean).map(f => path.join(dir, f));
    // Deleted-but-tracked files are listed by --cached; only keep what exists on disk.
    return files.filter(f => { try { return fs.lstatSync(f).isFile(); } catch { return false; } });
  } catch {
    return undefined; // not a git work tree, or git missing
  }
}

function walk(dir: string): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop()!;
    let entries: fs.Dirent[];
    try { entries = fs.readdirSync(d, { withFileTypes: true }); } catch { continue; }
    for (const e of entries.sort((a, b) => (a.name < b.name ? 1 : -1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) { if (!SKIP_DIRS.has(e.name)) stack.push(p); }
      else if (e.isFile()) out.push(p); // symlinks are not followed: no loops, nothing outside the tree
    }
  }
  return out.sort();
}

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

/** Reads a file for scanning, or says why it is skipped (binary, too large, unreadable). */
export function readForScan(file: string, maxBytes: number): ReadResult {
  let size: number;
  try { size = fs.statSync(file).size; } catch (e) { return { ok: false, reason: `unreadable (${(e as NodeJS.ErrnoException).code ?? 'error'})` }; }
  if (size > maxBytes) return { ok: false, reason: `larger than ${formatBytes(maxBytes)} (${formatBytes(size)}); raise --max-file-size to scan it` };
  let buf: Buffer;
  try { buf = fs.readFileSync(file); } catch (e) { return { ok: false, reason: `unreadable (${(e as NodeJS.ErrnoException).code ?? 'error'})` }; }
  if (buf.subarray(0, 8192).includes(0)) return { ok: false, reason: 'binary' };
  return { ok: true, text: buf.toString('utf8') };
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}
