/** Runs git asynchronously. Any failure (no git, not a repository, timeout, too much output) is `undefined`: the
 *  git signal is evidence when available and silence otherwise, never an error in the editor. */
import { spawn } from 'child_process';

export interface GitRun { cwd: string; args: string[]; stdin?: string; timeoutMs?: number; maxBytes?: number }

export function runGit({ cwd, args, stdin, timeoutMs = 15000, maxBytes = 64 * 1024 * 1024 }: GitRun): Promise<string | undefined> {
  return new Promise(resolve => {
    let done = false;
    const finish = (v: string | undefined) => { if (!done) { done = true; clearTimeout(timer); resolve(v); } };
    let child: ReturnType<typeof spawn>;
    try {
      // GIT_OPTIONAL_LOCKS=0: reading must never take the index lock the user's own git commands need.
      child = spawn('git', ['-c', 'core.quotepath=off', ...args], { cwd, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' }, stdio: ['pipe', 'pipe', 'ignore'], windowsHide: true });
    } catch { resolve(undefined); return; }
    const timer = setTimeout(() => { child.kill(); finish(undefined); }, timeoutMs);
    const chunks: Buffer[] = [];
    let size = 0;
    child.stdout!.on('data', (d: Buffer) => {
      size += d.length;
      if (size > maxBytes) { child.kill(); finish(undefined); return; }
      chunks.push(d);
    });
    child.on('error', () => finish(undefined));
    child.on('close', code => finish(code === 0 ? Buffer.concat(chunks).toString('utf8') : undefined));
    child.stdin!.on('error', () => { /* git exited before reading; the exit code tells */ });
    child.stdin!.end(stdin ?? '');
  });
}
