/** Where test/e2e/setup.mjs put code-server, Node 24, Chromium and Neovim; a clear failure when it has not run. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export interface E2eEnv {
  dir: string;
  node: string;
  codeServer: string;
  codeServerVersion: string;
  chromium: string;
  chromiumVersion: string;
  nvim: string;
  nvimVersion: string;
}

export function cacheRoot(): string {
  return process.env.VOUCH_E2E_CACHE || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'vouch-e2e');
}

export function e2eEnv(): E2eEnv {
  const file = path.join(cacheRoot(), 'current.json');
  let env: E2eEnv;
  try {
    env = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    throw new Error(`The e2e tools are not installed (${file} is missing). Run \`node test/e2e/setup.mjs\` first ` +
      '(`npm run test:e2e` does), on a machine that reaches the npm registry and Debian\'s packages.');
  }
  for (const p of [env.node, env.codeServer, env.chromium, env.nvim]) {
    if (!fs.existsSync(p)) throw new Error(`${p} is missing: run \`node test/e2e/setup.mjs\` again`);
  }
  return env;
}

/** Chromium's flags on these machines (DESIGN §6): no sandbox as root, no GPU, and no background network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Where screenshots go: `VOUCH_SCREENSHOTS` (npm run screenshots sets docs/images), else out/e2e-screenshots. */
export function screenshotDir(repo: string): string {
  const dir = path.resolve(repo, process.env.VOUCH_SCREENSHOTS || path.join('out', 'e2e-screenshots'));
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}
