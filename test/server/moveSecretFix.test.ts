/**
 * "Move secret to an environment variable" over LSP, as an editor uses it: ask for code actions, apply the
 * returned WorkspaceEdit to real files in a temp workspace, and check what is on disk.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { pathToFileURL } from 'url';
import {
  CodeAction, Command, CreateFile, Diagnostic, ExecuteCommandRequest, InitializeRequest, InitializedNotification,
  CodeActionRequest, DidChangeWatchedFilesNotification, FileChangeType, MessageType,
} from 'vscode-languageserver-protocol/node';
import { LspClient } from '../helpers/lspClient';
import { fakeSecrets } from '../helpers/fakeSecrets';
import { applyWorkspaceEdit } from '../helpers/applyWorkspaceEdit';
import { ENV_FIX_CASES } from '../helpers/envFixCases';
import { FIX_ALL_KIND } from '../../server/src/protocol';

const fake = fakeSecrets(44);
const newSecret = () => fake.kit.base62(20) + 'Q7';

/** Every file under dir (but .git), with its text. */
function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const p = path.join(dir, name);
    if (!name.startsWith('.git' + path.sep) && name !== '.git' && fs.statSync(p).isFile()) out.set(name, fs.readFileSync(p, 'utf8'));
  }
  return out;
}

function occurrencesIn(dir: string, secret: string): string[] {
  return [...tree(dir)].flatMap(([name, text]) => Array(text.split(secret).length - 1).fill(name));
}

function git(dir: string, ...args: string[]) {
  execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { stdio: 'ignore' });
}

describe('move secret to .env (LSP)', function () {
  this.timeout(20000);
  let client: LspClient;
  let running: LspClient | undefined;
  let dir: string;
  let messages: { type: number; message: string }[];

  async function start(): Promise<void> {
    client = running = new LspClient();
    messages = [];
    // showWarningMessage is a request (it could carry buttons), answered here as a user dismissing it.
    client.conn.onRequest('window/showMessageRequest', (p: { type: number; message: string }) => { messages.push(p); return null; });
    const rootUri = pathToFileURL(dir).href;
    await client.conn.sendRequest(InitializeRequest.type, {
      processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'ws' }],
      capabilities: {
        workspace: { configuration: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } },
        textDocument: { codeAction: { disabledSupport: true, isPreferredSupport: true, codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } } } },
      },
    });
    await client.conn.sendNotification(InitializedNotification.type, {});
  }

  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vouch-envfix-')); });
  afterEach(async () => {
    await running?.shutdown().catch(() => undefined);
    running = undefined;
    fs.chmodSync(dir, 0o755);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function openWithFindings(file: string, languageId: string, text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    fs.writeFileSync(path.join(dir, file), text);
    const uri = pathToFileURL(path.join(dir, file)).href;
    await client.open(uri, languageId, text);
    const { diagnostics } = await client.diagnostics(uri, p => p.diagnostics.some(d => String(d.code).startsWith('secret/')));
    return { uri, diagnostics: diagnostics.filter(d => String(d.code).startsWith('secret/')) };
  }

  const isAction = (a: CodeAction | Command): a is CodeAction => 'kind' in a || 'edit' in a;
  async function moveAction(uri: string, d: Diagnostic): Promise<CodeAction> {
    const actions = ((await client.codeActions(uri, [d])) ?? []).filter(isAction);
    const move = actions.find(a => a.title.startsWith('Move secret to an environment variable'));
    assert.ok(move, `no move action among ${actions.map(a => a.title).join(' | ')}`);
    return move;
  }

  for (const c of ENV_FIX_CASES) {
    it(`${c.languageId}: ${c.file} — the edit, .env and .gitignore on disk; the secret exists once, in .env`, async () => {
      await start();
      const s = newSecret();
      const { uri, diagnostics } = await openWithFindings(c.file, c.languageId, c.before(s));
      assert.strictEqual(diagnostics.length, 1);
      const move = await moveAction(uri, diagnostics[0]);
      assert.strictEqual(move.kind, 'quickfix');
      assert.strictEqual(move.isPreferred, true);
      assert.deepStrictEqual(move.diagnostics, [diagnostics[0]]);
      const create = move.edit!.documentChanges!.filter((ch): ch is CreateFile => 'kind' in ch);
      assert.deepStrictEqual(create.map(ch => [path.basename(new URL(ch.uri).pathname), ch.options?.ignoreIfExists]), [['.env', true], ['.gitignore', true]]);
      applyWorkspaceEdit(move.edit!);
      assert.strictEqual(fs.readFileSync(path.join(dir, c.file), 'utf8'), c.after(s), 'no byte outside the literal (and its import) changed');
      assert.strictEqual(fs.readFileSync(path.join(dir, '.env'), 'utf8'), c.env(s));
      assert.strictEqual(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8'), '.env\n');
      assert.deepStrictEqual(occurrencesIn(dir, s), ['.env']);
    });
  }

  it('uses NAME_2 when .env holds NAME with another value; says a tracked .env is tracked, and warns after applying', async () => {
    git(dir, 'init', '-q');
    fs.writeFileSync(path.join(dir, '.env'), 'API_KEY=other-value');
    git(dir, 'add', '.env');
    await start();
    const s = newSecret();
    const { uri, diagnostics } = await openWithFindings('app.ts', 'typescript', `// config\r\nexport const apiKey = "${s}";\r\n`);
    const move = await moveAction(uri, diagnostics[0]);
    assert.match(move.title, /API_KEY_2 in \.env\).*\.env is tracked by git/);
    assert.ok(move.command, 'the action carries the warning command');
    applyWorkspaceEdit(move.edit!);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'app.ts'), 'utf8'), '// config\r\nexport const apiKey = process.env.API_KEY_2;\r\n');
    assert.strictEqual(fs.readFileSync(path.join(dir, '.env'), 'utf8'), `API_KEY=other-value\nAPI_KEY_2=${s}\n`);
    assert.strictEqual(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8'), '.env\n');
    await client.conn.sendRequest(ExecuteCommandRequest.type, { command: move.command!.command, arguments: move.command!.arguments });
    for (let i = 0; i < 50 && messages.length === 0; i++) await new Promise(r => setTimeout(r, 20));
    assert.strictEqual(messages[0]?.type, MessageType.Warning);
    assert.match(messages[0].message, /\.env is tracked by git/);
    assert.ok(!messages[0].message.includes(s));
  });

  it('leaves .gitignore alone when git already ignores .env, and reuses a NAME that holds the same value', async () => {
    git(dir, 'init', '-q');
    fs.writeFileSync(path.join(dir, '.gitignore'), 'node_modules\n.env\n');
    const s = newSecret();
    fs.writeFileSync(path.join(dir, '.env'), `API_KEY=${s}\n`);
    await start();
    const { uri, diagnostics } = await openWithFindings('app.py', 'python', `import os\napi_key = "${s}"\n`);
    const move = await moveAction(uri, diagnostics[0]);
    const touched = applyWorkspaceEdit(move.edit!).map(f => path.basename(f));
    assert.deepStrictEqual(touched, ['app.py']);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'app.py'), 'utf8'), 'import os\napi_key = os.environ["API_KEY"]\n');
    assert.deepStrictEqual(occurrencesIn(dir, s), ['.env']);
  });

  it('source.fixAll.vouch moves every secret in the file in one edit', async () => {
    await start();
    const a = newSecret(), b = newSecret(), gh = fake.githubToken();
    const text = `const apiKey = "${a}";\nconst clientSecret = "${b}";\nconst gh = "${gh}";\ncall("${a}");\n`;
    const { uri } = await openWithFindings('all.js', 'javascript', text);
    const actions = (await client.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: [FIX_ALL_KIND] },
    }) ?? []).filter(isAction);
    assert.strictEqual(actions.length, 1);
    assert.strictEqual(actions[0].kind, FIX_ALL_KIND);
    applyWorkspaceEdit(actions[0].edit!);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'all.js'), 'utf8'),
      'const apiKey = process.env.API_KEY;\nconst clientSecret = process.env.CLIENT_SECRET;\nconst gh = process.env.GITHUB_TOKEN;\ncall(process.env.API_KEY);\n');
    for (const s of [a, b, gh]) assert.deepStrictEqual(occurrencesIn(dir, s), ['.env']);
  });

  it('offers no move for JSON, but "Ignore this secret (add to .vouch.json)", which creates the file and is honoured', async () => {
    await start();
    const s = newSecret();
    const { uri, diagnostics } = await openWithFindings('config.json', 'json', `{ "api_key": "${s}" }\n`);
    const actions = ((await client.codeActions(uri, diagnostics)) ?? []).filter(isAction);
    assert.ok(!actions.some(a => a.title.startsWith('Move')));
    const ignore = actions.find(a => a.title === 'Ignore this secret (add to .vouch.json)');
    assert.ok(ignore);
    applyWorkspaceEdit(ignore.edit!);
    const config = JSON.parse(fs.readFileSync(path.join(dir, '.vouch.json'), 'utf8'));
    assert.deepStrictEqual(config.ignore, [(diagnostics[0].data as { fingerprint: string }).fingerprint]);
    await client.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(path.join(dir, '.vouch.json')).href, type: FileChangeType.Created }] });
    await client.diagnostics(uri, p => p.diagnostics.length === 0);
  });

  it('shows the fix disabled, with the reason, when .env is read-only — and changes nothing', async function () {
    fs.writeFileSync(path.join(dir, '.env'), 'A=1\n');
    fs.chmodSync(path.join(dir, '.env'), 0o444);
    await start();
    const s = newSecret();
    const { uri, diagnostics } = await openWithFindings('app.ts', 'typescript', `const apiKey = "${s}";\n`);
    const move = await moveAction(uri, diagnostics[0]);
    assert.match(move.disabled?.reason ?? '', /\.env file cannot be written/);
    assert.strictEqual(move.edit, undefined);
  });
});
