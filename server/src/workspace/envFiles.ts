/**
 * The workspace side of the move-to-env fix: where `.env` and its `.gitignore` live, what they hold, and what git
 * thinks of `.env`. Probed here with fs and git, handed to core as plain data (core never touches disk).
 */
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import type { EnvFilesState } from '../core/fixes/env/moveSecrets';
import { readWorkspaceText, safeToWrite } from './workspaceFile';

export interface EnvTarget {
  envPath: string;
  /** The `.gitignore` beside `.env`. */
  gitignorePath: string;
}

/** `.env` from the setting (relative to the workspace folder, or absolute). */
export function envTarget(folder: string, setting: string): EnvTarget {
  const envPath = path.resolve(folder, setting || '.env');
  return { envPath, gitignorePath: path.join(path.dirname(envPath), '.gitignore') };
}

/** Reads a file, or undefined when it does not exist. `openText` wins: an editor's unsaved text is the truth. */
function readText(file: string, openText?: (file: string) => string | undefined): string | undefined {
  const open = openText?.(file);
  if (open !== undefined) return open;
  return readWorkspaceText(file); // regular files only: a planted `.env -> /dev/zero` must not hang the server
}

/**
 * Writable for the user, not just for root: a file without write bits was made read-only on purpose. A missing
 * file is writable when its nearest existing folder is (creating it creates the folders between).
 */
function writable(file: string): boolean {
  try {
    let target = file;
    while (!fs.existsSync(target) && path.dirname(target) !== target) target = path.dirname(target);
    fs.accessSync(target, fs.constants.W_OK);
    return target === file ? (fs.statSync(file).mode & 0o222) !== 0 : true;
  } catch { return false; }
}

/** Runs git about `file` from its nearest existing folder; null when git is missing or fails to start. */
function gitAbout(file: string, args: string[]): number | null {
  let cwd = path.dirname(file);
  while (!fs.existsSync(cwd) && path.dirname(cwd) !== cwd) cwd = path.dirname(cwd);
  const r = spawnSync('git', ['-C', cwd, ...args, '--', path.relative(cwd, file)], { stdio: 'ignore', timeout: 5000 });
  return r.error ? null : r.status;
}

/** `useGit: false` (an untrusted workspace) never runs git: `.env` then counts as neither ignored nor tracked. */
export function probeEnvFiles(target: EnvTarget, openText?: (file: string) => string | undefined, useGit = true): EnvFilesState {
  return {
    envText: readText(target.envPath, openText),
    // A symlinked `.env` or `.gitignore` that leads elsewhere counts as unwritable: the move is refused.
    envWritable: writable(target.envPath) && safeToWrite(target.envPath) && safeToWrite(target.gitignorePath),
    // check-ignore answers "not ignored" for a tracked file, so a tracked .env still gets its .gitignore line.
    envIgnoredByGit: useGit && gitAbout(target.envPath, ['check-ignore', '-q']) === 0,
    envTrackedByGit: useGit && gitAbout(target.envPath, ['ls-files', '--error-unmatch']) === 0,
    gitignoreText: readText(target.gitignorePath, openText),
    gitignoreEntry: path.basename(target.envPath),
  };
}
