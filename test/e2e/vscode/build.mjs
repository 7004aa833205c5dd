// Bundles the @vscode/test-electron suite (esbuild.mjs leaves test/**/vscode/** out: it needs `vscode`).
import * as esbuild from 'esbuild';
import { dirname, join } from 'path';
import { fileURLToPath } from 'url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
await esbuild.build({
  absWorkingDir: repo,
  entryPoints: ['test/e2e/vscode/runTest.ts', 'test/e2e/vscode/suite/index.ts', 'test/e2e/vscode/suite/vouch.test.ts'],
  outdir: join(process.env.VOUCH_TEST_OUT || 'out', 'test', 'e2e', 'vscode'),
  outbase: 'test/e2e/vscode',
  bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning',
  external: ['vscode', 'mocha', '@vscode/test-electron'],
});
