// Bundles the extension client, the language server and the CLI; with --tests also the mocha suites.
import * as esbuild from 'esbuild';
import './scripts/gen-rule-index.mjs';
import { stripSamples } from './scripts/strip-samples.mjs';
import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const production = process.argv.includes('--production');
const withTests = process.argv.includes('--tests');
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: !production, minify: production, logLevel: 'warning', define: { __VOUCH_VERSION__: JSON.stringify(pkg.version) } };

function find(dir, suffix) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) { if (name !== 'fixtures' && name !== 'vscode') out.push(...find(p, suffix)); }
    else if (p.endsWith(suffix)) out.push(p);
  }
  return out;
}

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'], plugins: [stripSamples] }),
  esbuild.build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', plugins: [stripSamples] }),
  withTests && esbuild.build({ ...common, sourcemap: true, entryPoints: [...find('test', '.test.ts'), ...find('scripts', '.ts')], outdir: process.env.VOUCH_TEST_OUT || 'out', outbase: '.', external: ['mocha', 'playwright-core'] }),
]);
