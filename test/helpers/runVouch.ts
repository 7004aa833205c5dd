/** Runs the `vouch` command (bin/vouch.js → dist/cli.js) as a user would, without colours. */
import * as path from 'path';
import { spawnSync } from 'child_process';
import { REPO } from './repo';

export const BIN = path.join(REPO, 'bin', 'vouch.js');

export interface VouchRun { code: number | null; stdout: string; stderr: string; timedOut: boolean }

export function runVouch(args: string[], cwd: string, options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): VouchRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd, encoding: 'utf8', timeout: options.timeoutMs, env: { ...process.env, NO_COLOR: '1', ...options.env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, timedOut: r.error !== undefined };
}
