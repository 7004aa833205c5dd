/**
 * A cloned repository controls what Vouch reads and writes (issue 9): symlink loops, symlinks out of the
 * workspace (in and out of git), a `.env` or `.vouch.json` planted as a symlink to a file elsewhere or to a device,
 * a malformed or huge `.vouch.json`. Nothing outside the workspace is read or written, nothing hangs, and a bad
 * config is reported once, with its path (and line), never as a crash.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { pathToFileURL } from 'url';
import { REPO } from '../helpers/repo';
import { LspClient } from '../helpers/lspClient';
import { fakeSecrets } from '../helpers/fakeSecrets';
import { runVouch } from '../helpers/runVouch';

const vouch = (args: string[], cwd: string) => runVouch(args, cwd, { timeoutMs: 20000 });
const git = (cwd: string, ...args: string[]) => spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });

describe('hostile workspaces (CLI and language server)', function () {
  this.timeout(30000);
  const fake = fakeSecrets(1313);
  let root: string, ws: string, outside: string;
  const outsideToken = fake.githubToken();

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'vouch-hostile-'));
    ws = path.join(root, 'ws');
    outside = path.join(root, 'outside');
    fs.mkdirSync(ws);
    fs.mkdirSync(outside);
    fs.writeFileSync(path.join(outside, 'secret.ts'), `export const gh = "${outsideToken}";\n`);
    fs.writeFileSync(path.join(outside, 'bashrc'), 'export PATH=$PATH\n');
    fs.writeFileSync(path.join(ws, 'app.ts'), `export const apiKey = "${fake.githubToken()}";\n`);
    fs.symlinkSync('.', path.join(ws, 'loop'));
    fs.symlinkSync(outside, path.join(ws, 'out-dir'));
    fs.symlinkSync(path.join(outside, 'secret.ts'), path.join(ws, 'leak.ts'));
    fs.symlinkSync('/dev/zero', path.join(ws, 'zero.ts'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  for (const inGit of [false, true]) {
    it(`vouch scan does not follow symlink loops or links out of the workspace (${inGit ? 'git ls-files' : 'directory walk'})`, () => {
      if (inGit) { git(ws, 'init', '-q'); git(ws, 'add', '-A'); git(ws, 'commit', '-qm', 'x'); }
      const r = vouch(['scan', '.', '--format', 'json', '--no-git'], ws);
      assert.ok(!r.timedOut, 'finishes');
      assert.strictEqual(r.code, 1, r.stderr);
      const files = JSON.parse(r.stdout).findings.map((f: { file: string }) => f.file);
      assert.deepStrictEqual([...new Set(files)], ['app.ts']);
    });
  }

  it('vouch fix does not follow links out of the workspace, nor write through a planted .env symlink', () => {
    const before = fs.readFileSync(path.join(outside, 'secret.ts'), 'utf8');
    fs.symlinkSync(path.join(outside, 'bashrc'), path.join(ws, '.env'));
    const r = vouch(['fix', '--move-secrets'], ws);
    assert.notStrictEqual(r.code, 0, 'the move is refused');
    assert.strictEqual(fs.readFileSync(path.join(outside, 'bashrc'), 'utf8'), 'export PATH=$PATH\n', 'the file behind the link is untouched');
    assert.strictEqual(fs.readFileSync(path.join(outside, 'secret.ts'), 'utf8'), before);
    fs.unlinkSync(path.join(ws, '.env'));
    const ok = vouch(['fix', '--move-secrets'], ws);
    assert.strictEqual(ok.code, 0, ok.stderr);
    assert.strictEqual(fs.readFileSync(path.join(outside, 'secret.ts'), 'utf8'), before, 'files behind links are never rewritten');
    assert.match(fs.readFileSync(path.join(ws, '.env'), 'utf8'), /^[A-Z_]+=/);
  });

  it('a .vouch.json that is a symlink to /dev/zero, malformed or huge is one error with its path, never a hang', () => {
    fs.symlinkSync('/dev/zero', path.join(ws, '.vouch.json'));
    const zero = vouch(['scan', '.'], ws);
    assert.ok(!zero.timedOut);
    assert.strictEqual(zero.code, 2);
    assert.match(zero.stderr, /\.vouch\.json: not a regular file/);
    fs.unlinkSync(path.join(ws, '.vouch.json'));
    fs.writeFileSync(path.join(ws, '.vouch.json'), '{\n  "ignore": [\n    "a",\n  ]\n}\n');
    const bad = vouch(['scan', '.'], ws);
    assert.strictEqual(bad.code, 2);
    assert.match(bad.stderr, /^vouch: \.vouch\.json:\d+:\d+: invalid JSON/);
    assert.strictEqual(bad.stderr.trim().split('\n').length, 1, 'one line');
    fs.writeFileSync(path.join(ws, '.vouch.json'), `{"ignore": [${'"x",'.repeat(400_000)}"x"]}`);
    const huge = vouch(['scan', '.'], ws);
    assert.strictEqual(huge.code, 2);
    assert.match(huge.stderr, /\.vouch\.json: larger than 1 MB/);
  });

  it('the language server survives a client that rejects window/showMessageRequest (a bad .vouch.json used to kill it)', async () => {
    fs.writeFileSync(path.join(ws, '.vouch.json'), '{ "ignore": [1] }');
    const client = new LspClient(); // answers showMessageRequest with "unhandled method"
    try {
      await client.initialize(pathToFileURL(ws).href);
      const uri = pathToFileURL(path.join(ws, 'app.ts')).href;
      await client.open(uri, 'typescript', fs.readFileSync(path.join(ws, 'app.ts'), 'utf8'));
      assert.strictEqual((await client.diagnostics(uri, p => p.diagnostics.length > 0)).diagnostics.length, 1);
      assert.strictEqual(client.proc.exitCode, null, client.stderr);
      assert.ok(client.logs.some(l => /\.vouch\.json: "ignore" must be an array of strings/.test(l)));
    } finally {
      await client.shutdown();
    }
  });

  it('the language server: a /dev/zero .vouch.json is reported once; the workspace scan skips links; the fix refuses a planted .env link', async () => {
    fs.symlinkSync('/dev/zero', path.join(ws, '.vouch.json'));
    fs.symlinkSync(path.join(outside, 'bashrc'), path.join(ws, '.env'));
    const client = new LspClient();
    const messages: string[] = [];
    client.conn.onRequest('window/showMessageRequest', (p: { message: string }) => { messages.push(p.message); return null; });
    try {
      await client.initialize(pathToFileURL(ws).href, { workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } } });
      const scan = await client.request<{ filesScanned: number; secrets: number }>('vouch/scanWorkspace', {});
      assert.strictEqual(scan.secrets, 1, 'only app.ts: no file behind a link');
      assert.ok(![...client.latest.keys()].some(u => /leak|out-dir|loop|zero/.test(u)), 'no diagnostics for linked files');
      const uri = pathToFileURL(path.join(ws, 'app.ts')).href;
      await client.open(uri, 'typescript', fs.readFileSync(path.join(ws, 'app.ts'), 'utf8'));
      const { diagnostics } = await client.diagnostics(uri, p => p.diagnostics.length > 0);
      const actions = (await client.codeActions(uri, diagnostics)) ?? [];
      assert.ok(!actions.some(a => /Move secret/.test(a.title)), 'no move into a .env that links elsewhere');
      assert.strictEqual(messages.filter(m => m.includes('.vouch.json')).length, 1, `one message: ${messages.join(' | ')}`);
      assert.match(messages.find(m => m.includes('.vouch.json'))!, /\.vouch\.json: not a regular file/);
      assert.strictEqual(client.proc.exitCode, null);
    } finally {
      await client.shutdown();
    }
  });
});
