/**
 * Reading the small files a workspace controls (`.vouch.json`, `.env`, `.gitignore`) safely. A cloned repository
 * can make any of them a symlink to `/dev/zero` (endless), `/dev/stdin` (the language server's own LSP stream), a
 * FIFO (blocks forever) or a file outside the workspace. Only regular files are read, and only up to a size.
 */
import * as fs from 'fs';
import * as path from 'path';

/** Larger than any sane `.env`, `.gitignore` or `.vouch.json`. */
export const WORKSPACE_FILE_MAX_BYTES = 8 * 1024 * 1024;

export type WorkspaceFileRead = { ok: true; text: string } | { ok: false; missing: boolean; reason: string };

export function readWorkspaceFile(file: string, maxBytes = WORKSPACE_FILE_MAX_BYTES): WorkspaceFileRead {
  let stat: fs.Stats;
  try { stat = fs.statSync(file); } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, missing: code === 'ENOENT' || code === 'ENOTDIR', reason: `unreadable (${code ?? 'error'})` };
  }
  if (!stat.isFile()) return { ok: false, missing: false, reason: 'not a regular file' };
  if (stat.size > maxBytes) return { ok: false, missing: false, reason: `larger than ${Math.round(maxBytes / 1024 / 1024)} MB` };
  // Read at most maxBytes even if the file grew since the stat.
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    const buf = Buffer.alloc(Math.min(maxBytes, stat.size) + 1);
    const n = fs.readSync(fd, buf, 0, buf.length, 0);
    if (n > maxBytes) return { ok: false, missing: false, reason: `larger than ${Math.round(maxBytes / 1024 / 1024)} MB` };
    return { ok: true, text: buf.subarray(0, n).toString('utf8') };
  } catch (e) {
    return { ok: false, missing: false, reason: `unreadable (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** The text of a workspace file, or undefined when it is missing or unsafe to read. */
export function readWorkspaceText(file: string): string | undefined {
  const r = readWorkspaceFile(file);
  return r.ok ? r.text : undefined;
}

/**
 * Whether a fix may write `file`: a missing file or a regular one, not a FIFO or device, and not a symlink that
 * leads anywhere but a regular file in the same folder. A repository can plant `.env -> ~/.bashrc`; the fix must
 * not append a secret there. (A path the user configured outside the workspace is theirs to choose.)
 */
export function safeToWrite(file: string): boolean {
  let link: fs.Stats;
  try { link = fs.lstatSync(file); } catch { return true; } // missing: created in place
  if (!link.isSymbolicLink()) return link.isFile();
  try {
    const target = fs.realpathSync(file);
    return fs.statSync(target).isFile() && path.dirname(target) === fs.realpathSync(path.dirname(file));
  } catch { return false; } // dangling or looping
}
