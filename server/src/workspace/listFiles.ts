/**
 * Finds the files a scan covers, for the CLI and the language server alike. Inside a git work tree it asks git
 * (tracked + untracked, minus ignored), so .gitignore is honoured exactly as git does; elsewhere — or when the user
 * names a folder git ignores, such as node_modules — it walks the tree, skipping VCS and dependency folders.
 * Symlinks are never followed. `listFiles` is asynchronous so the language server keeps answering while it lists;
 * `listFilesSync` serves synchronous CLI commands.
 */
import * as fs from 'fs';
import * as path from 'path';
import { execFile, execFileSync } from 'child_process';

const SKIP_DIRS = new Set(['.git', '.hg', '.svn', 'node_modules', '.vouch-cache']);
/** How many lstat calls run at once: enough to hide disk latency, few enough not to exhaust file handles. */
const STAT_CONCURRENCY = 64;
const GIT_MAX_BUFFER = 512 * 1024 * 1024;

/** A path the user named cannot be scanned; the message is one line, ready for stderr. */
export class PathError extends Error {}

const lsFilesArgs = (dir: string) => ['-C', dir, 'ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', '.'];
const checkIgnoreArgs = (dir: string) => ['-C', path.dirname(dir), 'check-ignore', '-q', '--', path.basename(dir)];
const parseListing = (dir: string, out: string) => [...new Set(out.split('\0').filter(Boolean))].map(f => path.join(dir, f));

function pathError(target: string, e: unknown): PathError {
  const code = (e as NodeJS.ErrnoException).code;
  return new PathError(`${target}: ${code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message}`);
}

/** `useGit: false` (an untrusted workspace, where git could run the repository's hooks or config) always walks. */
export async function listFiles(target: string, signal?: AbortSignal, useGit = true): Promise<string[]> {
  let stat: fs.Stats;
  try { stat = await fs.promises.stat(target); } catch (e) { throw pathError(target, e); }
  if (stat.isFile()) return [target];
  if (!stat.isDirectory()) throw new PathError(`${target}: not a regular file or directory`);
  if (!useGit) return walk(target, signal);
  const fromGit = await gitFiles(target, signal);
  if (fromGit && (fromGit.length > 0 || (await git(checkIgnoreArgs(target), signal)).code !== 0)) return fromGit;
  return walk(target, signal);
}

export function listFilesSync(target: string): string[] {
  let stat: fs.Stats;
  try { stat = fs.statSync(target); } catch (e) { throw pathError(target, e); }
  if (stat.isFile()) return [target];
  if (!stat.isDirectory()) throw new PathError(`${target}: not a regular file or directory`);
  const fromGit = gitSync(lsFilesArgs(target));
  if (fromGit.code === 0) {
    const files = parseListing(target, fromGit.stdout).filter(f => { try { return fs.lstatSync(f).isFile(); } catch { return false; } });
    if (files.length > 0 || gitSync(checkIgnoreArgs(target)).code !== 0) return files;
  }
  return walkSync(target);
}

function git(args: string[], signal?: AbortSignal): Promise<{ code: number; stdout: string }> {
  return new Promise(resolve => {
    execFile('git', args, { encoding: 'utf8', maxBuffer: GIT_MAX_BUFFER, signal }, (err, stdout) => {
      const code = !err ? 0 : typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : -1;
      resolve({ code, stdout: stdout ?? '' });
    });
  });
}

function gitSync(args: string[]): { code: number; stdout: string } {
  try {
    return { code: 0, stdout: execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: GIT_MAX_BUFFER }) };
  } catch (e) {
    return { code: typeof (e as { status?: unknown }).status === 'number' ? (e as { status: number }).status : -1, stdout: '' };
  }
}

async function gitFiles(dir: string, signal?: AbortSignal): Promise<string[] | undefined> {
  const r = await git(lsFilesArgs(dir), signal);
  if (r.code !== 0) return undefined; // not a git work tree, git missing, or aborted
  const listed = parseListing(dir, r.stdout);
  // Deleted-but-tracked files are listed by --cached, and symlinks are not followed: keep regular files only.
  const keep = new Array<boolean>(listed.length).fill(false);
  for (let i = 0; i < listed.length && !signal?.aborted; i += STAT_CONCURRENCY) {
    await Promise.all(listed.slice(i, i + STAT_CONCURRENCY).map(async (f, j) => {
      try { keep[i + j] = (await fs.promises.lstat(f)).isFile(); } catch { /* gone */ }
    }));
  }
  return listed.filter((_, j) => keep[j]);
}

async function walk(dir: string, signal?: AbortSignal): Promise<string[]> {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length && !signal?.aborted) {
    const d = stack.pop()!;
    let entries: fs.Dirent[];
    try { entries = await fs.promises.readdir(d, { withFileTypes: true }); } catch { continue; }
    collect(d, entries, stack, out);
  }
  return out.sort();
}

function walkSync(dir: string): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop()!;
    let entries: fs.Dirent[];
    try { entries = fs.readdirSync(d, { withFileTypes: true }); } catch { continue; }
    collect(d, entries, stack, out);
  }
  return out.sort();
}

function collect(dir: string, entries: fs.Dirent[], stack: string[], out: string[]): void {
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) { if (!SKIP_DIRS.has(e.name)) stack.push(p); }
    else if (e.isFile()) out.push(p); // symlinks are not followed: no loops, nothing outside the tree
  }
}

/**
 * The files among `files` (absolute, under `root`) that git does not ignore — for files that appear after a scan
 * (a checkout, an agent writing files). Outside a work tree, VCS and dependency folders count as ignored.
 */
export async function notIgnored(root: string, files: readonly string[], useGit = true): Promise<string[]> {
  const inSkippedDir = (f: string) => path.relative(root, f).split(path.sep).slice(0, -1).some(d => SKIP_DIRS.has(d));
  const candidates = files.filter(f => !inSkippedDir(f));
  if (candidates.length === 0 || !useGit) return candidates;
  const ignored = await new Promise<Set<string> | undefined>(resolve => {
    const p = execFile('git', ['-C', root, 'check-ignore', '--stdin', '-z'], { encoding: 'utf8', maxBuffer: GIT_MAX_BUFFER }, (err, stdout) => {
      const code = !err ? 0 : (err as { code?: unknown }).code;
      // 0: some are ignored, 1: none is; anything else: not a work tree.
      resolve(code === 0 || code === 1 ? new Set(stdout.split('\0').filter(Boolean).map(f => path.resolve(root, f))) : undefined);
    });
    p.stdin?.on('error', () => { /* git exits early outside a work tree: the exit code says so */ });
    p.stdin?.end(candidates.join('\0') + '\0');
  });
  return ignored ? candidates.filter(f => !ignored.has(f)) : candidates;
}
