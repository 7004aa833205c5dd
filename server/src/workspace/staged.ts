/**
 * `vouch scan --staged`: what git would commit. Files come from the index (`git diff --cached`), and their content
 * from the index's blobs, not from the working tree, so a secret removed from disk but still staged is caught, and an
 * unstaged edit that adds one does not block the commit.
 */
import * as path from 'path';
import { spawn, execFile } from 'child_process';
import { PathError } from './listFiles';
import { decode, ReadResult, tooLarge } from './readForScan';

export interface StagedFile { path: string; blob: string }

function git(cwd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) reject(new PathError(`--staged: git ${args[0]} failed: ${(stderr || err.message).trim().split('\n')[0]}`));
      else resolve(stdout);
    });
  });
}

/** Staged regular files (added, copied, modified, renamed, type-changed; not deleted, not symlinks or submodules). */
export async function stagedFiles(cwd: string, paths: readonly string[]): Promise<StagedFile[]> {
  let root: string;
  try { root = (await git(cwd, ['rev-parse', '--show-toplevel'])).trim(); } catch {
    throw new PathError(`--staged: ${cwd} is not inside a git work tree`);
  }
  // --raw with full object names gives the staged blob of each path; an unborn HEAD compares with the empty tree.
  const raw = await git(root, ['diff', '--cached', '--raw', '-z', '--no-abbrev', '--no-renames', '--diff-filter=d', '--no-ext-diff']);
  const fields = raw.split('\0');
  const targets = paths.map(p => path.resolve(cwd, p));
  const out: StagedFile[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const meta = fields[i].replace(/^:/, '').split(' ');
    const [, newMode, , newBlob] = meta;
    if (!newMode?.startsWith('100')) continue; // 120000 symlink, 160000 submodule
    const file = path.join(root, fields[i + 1]);
    if (targets.length && !targets.some(t => file === t || file.startsWith(t.endsWith(path.sep) ? t : t + path.sep))) continue;
    out.push({ path: file, blob: newBlob });
  }
  return out;
}

/**
 * Reads staged blobs through one `git cat-file --batch` process (one process per file would cost seconds on a big
 * commit). Sizes come first from --batch-check so an oversized blob is never loaded.
 */
export async function readStagedBlobs(cwd: string, files: readonly StagedFile[], maxBytes: number, sizeHint: string): Promise<Map<string, ReadResult>> {
  const result = new Map<string, ReadResult>();
  if (files.length === 0) return result;
  const sizes = new Map<string, number>();
  const check = await catFile(cwd, ['--batch-check'], files.map(f => f.blob));
  for (const line of check.toString('utf8').split('\n')) {
    const [sha, , size] = line.split(' ');
    if (sha && size) sizes.set(sha, Number(size));
  }
  const small = [...new Set(files.map(f => f.blob))].filter(b => (sizes.get(b) ?? Infinity) <= maxBytes);
  const contents = new Map<string, Buffer>();
  const batch = await catFile(cwd, ['--batch'], small);
  let at = 0;
  while (at < batch.length) {
    const nl = batch.indexOf(0x0a, at);
    if (nl < 0) break;
    const [sha, , size] = batch.subarray(at, nl).toString('utf8').split(' ');
    const n = Number(size);
    contents.set(sha, batch.subarray(nl + 1, nl + 1 + n));
    at = nl + 1 + n + 1; // content, then a newline
  }
  for (const f of files) {
    const size = sizes.get(f.blob);
    const buf = contents.get(f.blob);
    if (buf) result.set(f.path, decode(buf));
    else if (size !== undefined && size > maxBytes) result.set(f.path, tooLarge(size, maxBytes, sizeHint));
    else result.set(f.path, { ok: false, reason: 'not in the index' });
  }
  return result;
}

function catFile(cwd: string, args: string[], objects: readonly string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const p = spawn('git', ['cat-file', ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    p.stdout.on('data', (c: Buffer) => chunks.push(c));
    p.on('error', e => reject(new PathError(`--staged: git cat-file failed: ${e.message}`)));
    p.on('close', code => (code === 0 ? resolve(Buffer.concat(chunks)) : reject(new PathError(`--staged: git cat-file exited with ${code}`))));
    p.stdin.on('error', () => { /* reported through the exit code */ });
    p.stdin.end(objects.join('\n') + '\n');
  });
}
