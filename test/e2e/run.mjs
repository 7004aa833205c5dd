#!/usr/bin/env node
/**
 * The real-editor suites, end to end: install the tools (setup.mjs), package the VSIX the way a user gets it,
 * bundle the tests, run the code-server and Neovim suites with mocha, and print the wall time of each step.
 * Any failure — setup included — exits non-zero: the suites are never skipped.
 *
 *   node test/e2e/run.mjs                      both suites (npm run test:e2e; part of npm test)
 *   node test/e2e/run.mjs --only codeserver    one suite (codeserver | neovim)
 *   node test/e2e/run.mjs --screenshots        also write the README's screenshots to docs/images (npm run screenshots)
 */
import { spawnSync } from 'child_process';
import { dirname, join } from 'path';
import { fileURLToPath } from 'url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const suites = only ? [only] : ['codeserver', 'neovim'];
for (const s of suites) if (!['codeserver', 'neovim'].includes(s)) { console.error(`unknown suite ${s}`); process.exit(2); }
const env = { ...process.env };
if (args.includes('--screenshots')) env.VOUCH_SCREENSHOTS = 'docs/images';

const started = Date.now();
const times = [];
function step(name, cmd, cmdArgs) {
  const t0 = Date.now();
  console.log(`\n[e2e] ${name}: ${cmd} ${cmdArgs.join(' ')}`);
  const r = spawnSync(cmd, cmdArgs, { cwd: repo, stdio: 'inherit', env });
  times.push(`${name} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (r.status !== 0) {
    console.error(`\n[e2e] FAILED at "${name}" (exit ${r.status ?? r.signal}${r.error ? `, ${r.error.message}` : ''}); times: ${times.join(', ')}\n`);
    process.exit(1);
  }
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
step('setup', process.execPath, [join('test', 'e2e', 'setup.mjs')]);
if (suites.includes('codeserver')) step('package the VSIX', npm, ['run', '--silent', 'package']);
step('bundle', process.execPath, ['esbuild.mjs', '--tests']);
step(`mocha (${suites.join(', ')})`, process.execPath, [
  join('node_modules', 'mocha', 'bin', 'mocha.js'), '--no-config', '--timeout', '120000', '--enable-source-maps', '--reporter', 'spec',
  ...suites.map(s => join('out', 'test', 'e2e', s, `${s}.test.js`)),
]);
console.log(`\n[e2e] passed in ${((Date.now() - started) / 1000).toFixed(1)} s (${times.join(', ')})`);
if (env.VOUCH_SCREENSHOTS) console.log(`[e2e] screenshots in ${env.VOUCH_SCREENSHOTS}/`);
