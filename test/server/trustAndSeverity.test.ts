/**
 * Workspace trust and the `vouch.severity.*` settings over stdio. Untrusted (VS Code's restricted mode, told through
 * initializationOptions): secrets and tags are still flagged, `.vouch.json`'s custom rules are ignored and git never
 * runs — a `git` shim first on PATH records every call. Trust granted (vouch/workspaceTrust): both come back.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { LspClient } from '../helpers/lspClient';
import { TempRepo } from '../helpers/gitRepo';
import { fakeSecrets } from '../helpers/fakeSecrets';
import { ScanWorkspaceRequest, WorkspaceTrustNotification } from '../../server/src/protocol';

const codes = (ds: Diagnostic[]) => ds.map(d => String(d.code)).sort();

describe('workspace trust and severity settings (over stdio)', function () {
  this.timeout(30000);
  const fake = fakeSecrets(4242);
  const token = fake.githubToken();
  const acme = 'acme_' + 'Zq7'.repeat(9) + 'x';
  let repo: TempRepo;
  let shimDir: string;
  let gitLog: string;
  let client: LspClient;

  /** A `git` first on PATH that appends its arguments to a log, then runs the real git. */
  function gitShim(): NodeJS.ProcessEnv {
    shimDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vouch-gitshim-'));
    gitLog = path.join(shimDir, 'calls.log');
    const realGit = (process.env.PATH ?? '').split(path.delimiter).map(d => path.join(d, 'git')).find(f => fs.existsSync(f))!;
    fs.writeFileSync(path.join(shimDir, 'git'), `#!/bin/sh\necho "$@" >> '${gitLog}'\nexec '${realGit}' "$@"\n`, { mode: 0o755 });
    return { PATH: shimDir + path.delimiter + process.env.PATH };
  }
  const gitCalls = () => (fs.existsSync(gitLog) ? fs.readFileSync(gitLog, 'utf8').split('\n').filter(Boolean) : []);

  beforeEach(() => {
    repo = new TempRepo();
    repo.write('.vouch.json', JSON.stringify({ disable: ['secret/github-pat'], patterns: [{ name: 'acme key', pattern: 'acme_[A-Za-z0-9]{28}' }] }));
    repo.write('ai.py', 'def helper():\n    return 42\n');
    repo.commit('Add helper\n\nCo-Authored-By: Claude <noreply@anthropic.com>');
    repo.write('keys.ts', `export const gh = "${token}";\nexport const acme = "${acme}";\n`);
  });
  afterEach(async () => {
    await client?.shutdown();
    repo.remove();
    if (shimDir) fs.rmSync(shimDir, { recursive: true, force: true });
  });

  it('untrusted: flags secrets but ignores custom rules and never runs git; trusting brings both back', async () => {
    client = new LspClient(undefined, gitShim());
    client.settings = { debounce: 0 };
    await client.initialize(pathToFileURL(repo.dir).href, { window: { workDoneProgress: true } }, { workspaceTrusted: false });
    const keys = pathToFileURL(path.join(repo.dir, 'keys.ts')).href;
    const ai = pathToFileURL(path.join(repo.dir, 'ai.py')).href;
    await client.open(keys, 'typescript', fs.readFileSync(path.join(repo.dir, 'keys.ts'), 'utf8'));
    await client.open(ai, 'python', fs.readFileSync(path.join(repo.dir, 'ai.py'), 'utf8'));
    // `disable` is ignored (the token is still flagged) and the custom `acme` pattern does not run.
    const untrusted = await client.diagnostics(keys, p => p.diagnostics.length > 0);
    assert.deepStrictEqual(codes(untrusted.diagnostics), ['secret/github-pat']);
    const scan = await client.request<ScanWorkspaceRequest.Result>(ScanWorkspaceRequest.method, {});
    assert.strictEqual(scan.untaggedAiBlocks, 0, 'no git signal while untrusted');
    assert.ok(scan.filesScanned >= 3, 'untrusted scans walk the folder instead of asking git');
    await new Promise(r => setTimeout(r, 300)); // a git run would have been scheduled by now
    assert.deepStrictEqual(gitCalls(), [], 'git ran in an untrusted workspace');
    assert.ok(client.latest.get(ai)!.diagnostics.every(d => d.code !== 'ai/untagged-block'));

    await client.conn.sendNotification(WorkspaceTrustNotification.method, { trusted: true } satisfies WorkspaceTrustNotification.Params);
    const trusted = await client.diagnostics(keys, p => codes(p.diagnostics).join() === 'secret/user-acme-key');
    assert.deepStrictEqual(codes(trusted.diagnostics), ['secret/user-acme-key'], 'custom rules apply once trusted');
    await client.diagnostics(ai, p => p.diagnostics.some(d => d.code === 'ai/untagged-block'), 10000);
    assert.ok(gitCalls().length > 0, 'the git signal runs once trusted');
  });

  it('trusted by default (editors without a trust model send no initializationOptions)', async () => {
    client = new LspClient();
    client.settings = { debounce: 0 };
    await client.initialize(pathToFileURL(repo.dir).href);
    const keys = pathToFileURL(path.join(repo.dir, 'keys.ts')).href;
    await client.open(keys, 'typescript', fs.readFileSync(path.join(repo.dir, 'keys.ts'), 'utf8'));
    const d = await client.diagnostics(keys, p => p.diagnostics.length > 0);
    assert.deepStrictEqual(codes(d.diagnostics), ['secret/user-acme-key']);
  });

  it('vouch.severity.*: overrides each category in the editor and in workspace scans; off hides it', async () => {
    fs.writeFileSync(path.join(repo.dir, '.vouch.json'), '{}');
    repo.write('tag.go', '// @ai-generated date=2026-02-30\nfunc f() {}\n');
    repo.write('paste.ts', "Here's the updated code:\n```ts\nexport function add(a: number, b: number) {\n  return a + b;\n}\n```\n");
    client = new LspClient();
    client.settings = { debounce: 0, severity: { secrets: 'information', provenance: 'hint', aiUntagged: 'off' } };
    await client.initialize(pathToFileURL(repo.dir).href);
    const keys = pathToFileURL(path.join(repo.dir, 'keys.ts')).href;
    await client.open(keys, 'typescript', fs.readFileSync(path.join(repo.dir, 'keys.ts'), 'utf8'));
    const d = await client.diagnostics(keys, p => p.diagnostics.length > 0);
    assert.deepStrictEqual(d.diagnostics.map(x => [x.code, x.severity]), [['secret/github-pat', 3]]);
    const paste = pathToFileURL(path.join(repo.dir, 'paste.ts')).href;
    await client.open(paste, 'typescript', fs.readFileSync(path.join(repo.dir, 'paste.ts'), 'utf8'));
    assert.deepStrictEqual((await client.diagnostics(paste)).diagnostics, [], 'aiUntagged: off');

    const scan = await client.request<ScanWorkspaceRequest.Result>(ScanWorkspaceRequest.method, {});
    assert.deepStrictEqual([scan.secrets, scan.untaggedAiBlocks, scan.otherFindings, scan.errors, scan.warnings], [1, 0, 1, 0, 0]);
    const tag = client.latest.get(pathToFileURL(path.join(repo.dir, 'tag.go')).href)!;
    assert.deepStrictEqual(tag.diagnostics.map(x => [x.code, x.severity]), [['ai/malformed-tag', 4]]);

    // Unknown values fall back to each rule's own severity.
    client.settings = { debounce: 0, severity: { secrets: 'loud' } };
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const back = await client.diagnostics(keys, p => p.diagnostics.some(x => x.severity === 1));
    assert.deepStrictEqual(back.diagnostics.map(x => x.severity), [1]);
  });
});
