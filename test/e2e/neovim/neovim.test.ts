/**
 * Vouch in Neovim's built-in LSP client (Debian's `neovim`), headless: `nvim --headless -u config.lua` with the
 * README's configuration, against `node dist/cli.js lsp --stdio`. driver.lua does what a user does and writes what
 * it saw to a JSON file; this test asserts on it. Needs `node test/e2e/setup.mjs` (npm run test:e2e runs it).
 */
import * as assert from 'assert';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO } from '../../helpers/repo';
import { e2eEnv } from '../helpers/e2eEnv';
import { makeWorkspace } from '../helpers/workspace';

interface NvimDiagnostic { lnum: number; col: number; end_col: number; severity: number; message: string; source?: string; code?: string }
interface NvimResult {
  nvim: { major: number; minor: number; patch: number };
  files: Record<string, { diagnostics: NvimDiagnostic[] }>;
  offered?: string[];
  after?: { file: string; diagnostics: NvimDiagnostic[] };
  steps: string[];
  error?: string;
}

const HERE = path.join(REPO, 'test', 'e2e', 'neovim');

describe('Neovim (built-in LSP client) with `vouch lsp --stdio`', function () {
  this.timeout(90000);

  it('shows diagnostics for a TypeScript and a Python file, and applies "Allow this secret here"', async () => {
    const env = e2eEnv();
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'vouch-e2e-nvim-'));
    try {
      const ws = makeWorkspace(home);
      const out = path.join(home, 'result.json');
      const files = [ws.files.secret, ws.files.unopened];
      const started = Date.now();
      const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
        const proc = spawn(env.nvim, ['--headless', '-i', 'NONE', '-n', '-u', path.join(HERE, 'config.lua'), '-c', `luafile ${path.join(HERE, 'driver.lua')}`], {
          cwd: ws.dir,
          env: {
            ...process.env,
            XDG_CONFIG_HOME: path.join(home, 'config'), XDG_DATA_HOME: path.join(home, 'data'), XDG_STATE_HOME: path.join(home, 'state'),
            VOUCH_LSP_CMD: [process.execPath, path.join(REPO, 'dist', 'cli.js'), 'lsp', '--stdio'].join('\t'),
            VOUCH_NVIM_OUT: out,
            VOUCH_NVIM_FILES: files.join('\t'),
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let err = '';
        proc.stdout!.on('data', d => { err += d; });
        proc.stderr!.on('data', d => { err += d; });
        const timer = setTimeout(() => { proc.kill('SIGKILL'); reject(new Error(`nvim did not finish within 60 s:\n${err}`)); }, 60000);
        proc.on('error', e => { clearTimeout(timer); reject(e); });
        proc.on('exit', c => { clearTimeout(timer); resolve({ code: c, stderr: err }); });
      });
      assert.ok(fs.existsSync(out), `nvim wrote no result (exit ${code}):\n${stderr}`);
      const result = JSON.parse(fs.readFileSync(out, 'utf8')) as NvimResult;
      console.log(`      ${env.nvimVersion}, ${Date.now() - started} ms; ${result.steps.length} steps`);
      assert.strictEqual(result.error, undefined, `driver.lua failed: ${result.error}\nsteps:\n${result.steps.join('\n')}\n${stderr}`);
      assert.strictEqual(code, 0, stderr);

      const ts = result.files[ws.files.secret].diagnostics;
      assert.strictEqual(ts.length, 1, JSON.stringify(ts));
      assert.strictEqual(ts[0].source, 'vouch');
      assert.strictEqual(ts[0].code, 'secret/github-pat');
      assert.strictEqual(ts[0].severity, 1, 'an Error');
      assert.strictEqual(ts[0].lnum, ws.secretAt.line - 1);
      assert.strictEqual(ts[0].col, ws.secretAt.column - 1);
      assert.match(ts[0].message, /checksum valid/);

      const py = result.files[ws.files.unopened].diagnostics;
      assert.ok(py.some(d => d.code === 'secret/aws-access-key-id'), JSON.stringify(py));
      for (const d of [...ts, ...py]) for (const s of ws.secrets) assert.ok(!d.message.includes(s), `message shows a secret: ${d.message}`);

      assert.ok(result.offered?.some(t => /Allow this secret here/.test(t)), `offered: ${JSON.stringify(result.offered)}`);
      const text = fs.readFileSync(path.join(ws.dir, ws.files.secret), 'utf8');
      assert.match(text.split('\n')[ws.secretAt.line - 1], /vouch:allow/, text);
      assert.deepStrictEqual(result.after?.diagnostics ?? [], []);
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  });
});
