/**
 * One document whose analysis throws gets no diagnostics and one logged error; the others keep working. The fault
 * comes from the test-only injector (VOUCH_TEST_FAULT, server/src/lsp/faultInjection.ts), whose message quotes the
 * text around the marker — so this also proves the log never echoes an error's message.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { LspClient } from '../helpers/lspClient';
import { fakeSecrets } from '../helpers/fakeSecrets';

const MARKER = 'VOUCH-FAULT-7f3a';

describe('language server resilience', function () {
  this.timeout(20000);
  let client: LspClient;
  let dir: string;
  const fake = fakeSecrets(99);

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vouch-resilience-'));
    client = new LspClient(undefined, { VOUCH_TEST_FAULT: MARKER });
    client.settings = { debounce: 0 };
    await client.initialize(pathToFileURL(dir).href);
  });
  afterEach(async () => {
    assert.strictEqual(client.proc.exitCode, null, 'the server is still running');
    await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gives a failing document no diagnostics and one logged error, keeps serving the others, and recovers', async () => {
    const token = fake.githubToken();
    const bad = pathToFileURL(path.join(dir, 'bad.ts')).href;
    const good = pathToFileURL(path.join(dir, 'good.ts')).href;
    await client.open(bad, 'typescript', `// ${MARKER}\nconst gh = "${token}";\n`);
    assert.deepStrictEqual((await client.diagnostics(bad)).diagnostics, []);
    for (let i = 0; i < 5; i++) {
      const v = await client.change(bad, `// ${MARKER} ${i}\nconst gh = "${token}";\n`);
      assert.deepStrictEqual((await client.diagnostics(bad, p => p.version === v)).diagnostics, []);
    }
    await client.open(good, 'typescript', `const gh = "${fake.githubToken()}";\n`);
    assert.strictEqual((await client.diagnostics(good, p => p.diagnostics.length > 0)).diagnostics[0].code, 'secret/github-pat');

    const errors = client.logs.filter(l => l.includes('analysis of') && l.includes('bad.ts'));
    assert.strictEqual(errors.length, 1, `one logged error, not one per keystroke: ${errors.length}`);
    assert.match(errors[0], /SyntaxError/);
    assert.ok(!errors[0].includes(token.slice(4, 20)) && !errors[0].includes(MARKER), 'the log does not quote the document');
    assert.ok(!client.stderr.includes(token.slice(4, 20)));

    // Code actions on the failing document answer (empty) instead of erroring.
    const actions = await client.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri: bad }, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } }, context: { diagnostics: [], only: ['source.fixAll.vouch'] },
    });
    assert.ok(Array.isArray(actions));

    const fixed = await client.change(bad, `const gh = "${token}";\n`);
    assert.strictEqual((await client.diagnostics(bad, p => p.version === fixed)).diagnostics.length, 1, 'the document recovers once it analyses');
  });
});
