/** The language server over stdio, as any LSP editor (Neovim, Helix, VS Code) talks to it. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol/node';
import { LspClient } from '../helpers/lspClient';
import { fakeSecrets } from '../helpers/fakeSecrets';
import { secretFingerprint } from '../../server/src/core/secrets/fingerprint';

describe('vouch lsp --stdio', function () {
  this.timeout(20000);
  let client: LspClient;
  let dir: string;
  const fake = fakeSecrets(42);

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vouch-lsp-'));
    client = new LspClient();
    await client.initialize(pathToFileURL(dir).href);
  });
  afterEach(async () => {
    await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('publishes an Error for a live-looking GitHub token, masked, with the checksum verdict', async () => {
    const token = fake.githubToken();
    const uri = pathToFileURL(path.join(dir, 'a.ts')).href;
    await client.open(uri, 'typescript', `const gh = "${token}";\n`);
    const { diagnostics } = await client.diagnostics(uri, p => p.diagnostics.length > 0);
    assert.strictEqual(diagnostics.length, 1);
    const [d] = diagnostics;
    assert.strictEqual(d.source, 'vouch');
    assert.strictEqual(d.code, 'secret/github-pat');
    assert.strictEqual(d.severity, DiagnosticSeverity.Error);
    const message = typeof d.message === 'string' ? d.message : d.message.value;
    assert.match(message, /checksum valid/);
    assert.ok(!message.includes(token), 'message must not contain the token');
    assert.deepStrictEqual(d.range, { start: { line: 0, character: 12 }, end: { line: 0, character: 12 + token.length } });
    assert.ok(d.codeDescription?.href.startsWith('https://'));
  });

  it('refreshes diagnostics as the user types (didChange), and clears them when the secret goes', async () => {
    const uri = pathToFileURL(path.join(dir, 'b.py')).href;
    await client.open(uri, 'python', 'x = 1\n');
    await client.diagnostics(uri, p => p.diagnostics.length === 0);
    const v2 = await client.change(uri, `x = 1\naws_key = "${fake.awsKeyId()}"\n`);
    const withKey = await client.diagnostics(uri, p => p.version === v2 && p.diagnostics.length === 1);
    assert.strictEqual(withKey.diagnostics[0].code, 'secret/aws-access-key-id');
    assert.strictEqual(withKey.diagnostics[0].range.start.line, 1);
    const v3 = await client.change(uri, 'x = 1\naws_key = os.environ["AWS_ACCESS_KEY_ID"]\n');
    await client.diagnostics(uri, p => p.version === v3 && p.diagnostics.length === 0);
  });

  it('debounces a burst of keystrokes into the latest version', async () => {
    const uri = pathToFileURL(path.join(dir, 'c.js')).href;
    await client.open(uri, 'javascript', '');
    await client.diagnostics(uri);
    const token = fake.githubToken();
    let last = 0;
    for (let i = 1; i <= token.length; i++) last = await client.change(uri, `const t = "${token.slice(0, i)}";\n`);
    const final = await client.diagnostics(uri, p => p.version === last);
    assert.strictEqual(final.diagnostics.length, 1);
    assert.strictEqual(final.diagnostics[0].code, 'secret/github-pat');
  });

  it('reports malformed provenance tags', async () => {
    const uri = pathToFileURL(path.join(dir, 'd.go')).href;
    await client.open(uri, 'go', '// @ai-generated date=2026-02-30\nfunc f() {}\n');
    const { diagnostics } = await client.diagnostics(uri, p => p.diagnostics.length > 0);
    assert.deepStrictEqual(diagnostics.map(d => d.code), ['ai/malformed-tag'], 'one diagnostic per tag line, listing every problem');
    const messages = diagnostics.map(d => String(d.message)).join('\n');
    assert.match(messages, /missing required field by=/);
    assert.match(messages, /not a valid YYYY-MM-DD date/);
    assert.match(messages, /unclosed block/);
  });

  it('offers a vouch:allow quick fix whose edit touches only the end of the line, and honours it', async () => {
    const uri = pathToFileURL(path.join(dir, 'e.py')).href;
    const line = `token = "${fake.slackBot()}"`;
    await client.open(uri, 'python', `${line}\nprint(token)\n`);
    const { diagnostics } = await client.diagnostics(uri, p => p.diagnostics.length > 0);
    const actions = await client.codeActions(uri, diagnostics);
    const allow = actions?.find(a => 'edit' in a && a.title.includes('vouch:allow'));
    assert.ok(allow && 'edit' in allow && allow.edit?.changes);
    const [edit] = allow.edit.changes[uri];
    assert.deepStrictEqual(edit.range, { start: { line: 0, character: line.length }, end: { line: 0, character: line.length } });
    assert.strictEqual(edit.newText, ' # vouch:allow');
    const v = await client.change(uri, `${line}${edit.newText}\nprint(token)\n`);
    await client.diagnostics(uri, p => p.version === v && p.diagnostics.length === 0);
  });

  it('respects settings fetched per resource (vouch.enable = false)', async () => {
    client.settings = { enable: false };
    const uri = pathToFileURL(path.join(dir, 'f.ts')).href;
    await client.open(uri, 'typescript', `const gh = "${fake.githubToken()}";\n`);
    const p = await client.diagnostics(uri);
    assert.strictEqual(p.diagnostics.length, 0);
  });

  it('skips ignored fingerprints from .vouch.json and reports a broken .vouch.json without dying', async () => {
    const token = fake.githubToken();
    fs.writeFileSync(path.join(dir, '.vouch.json'), JSON.stringify({ ignore: [secretFingerprint('secret/github-pat', token)] }));
    await client.shutdown();
    client = new LspClient();
    await client.initialize(pathToFileURL(dir).href);
    const uri = pathToFileURL(path.join(dir, 'g.ts')).href;
    await client.open(uri, 'typescript', `const gh = "${token}";\nconst other = "${fake.githubToken()}";\n`);
    const { diagnostics } = await client.diagnostics(uri, p => p.diagnostics.length > 0);
    assert.deepStrictEqual(diagnostics.map(d => d.range.start.line), [1]);
  });

  it('shuts down cleanly with exit code 0', async () => {
    const code = await client.shutdown();
    assert.strictEqual(code, 0);
    client = new LspClient();
    await client.initialize(null);
  });
});
