/** "Vouch: Scan Workspace" over stdio: progress, cancellation, unopened files, file watching, excludes, SARIF export. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { pathToFileURL } from 'url';
import { CancellationTokenSource, FileChangeType, WorkDoneProgress, WorkDoneProgressBegin, WorkDoneProgressReport } from 'vscode-languageserver-protocol/node';
import { LspClient } from '../helpers/lspClient';
import { fakeSecrets } from '../helpers/fakeSecrets';
import { validateSarif } from '../helpers/sarifValidator';
import { ExportSarifRequest, ScanStatusNotification, ScanWorkspaceRequest } from '../../server/src/protocol';
import { scanSummary } from '../../server/src/workspace/scanSummary';

const CAPS = { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } }, window: { workDoneProgress: true } };

describe('workspace scan (vouch/scanWorkspace over stdio)', function () {
  this.timeout(60000);
  let client: LspClient;
  let dir: string;
  const fake = fakeSecrets(1234);
  const token = fake.githubToken();
  const password = fake.password();
  const uri = (f: string) => pathToFileURL(path.join(dir, f)).href;
  const write = (f: string, text: string) => { fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true }); fs.writeFileSync(path.join(dir, f), text); };
  const codes = (f: string) => (client.latest.get(uri(f))?.diagnostics ?? []).map(d => d.code);
  const scan = (params: ScanWorkspaceRequest.Params = {}, t?: CancellationTokenSource) =>
    client.request<ScanWorkspaceRequest.Result>(ScanWorkspaceRequest.method, params, t?.token);

  async function start(): Promise<void> {
    client = new LspClient();
    await client.initialize(pathToFileURL(dir).href, CAPS);
  }

  beforeEach(async () => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'vouch-ws-')));
    write('src/app.ts', `export const gh = "${token}";\n`);
    write('src/db.py', `DB_PASSWORD = "${password}"\n`);
    write('src/clean.js', 'const t = process.env.GITHUB_TOKEN;\n');
    write('lib/tagged.go', '// @ai-generated date=2026-02-30\nfunc f() {}\n');
  });
  afterEach(async () => {
    await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('scans every file with work-done progress, publishes diagnostics for unopened files, leaves open ones to the editor', async () => {
    await start();
    await client.open(uri('src/app.ts'), 'typescript', 'export const gh = process.env.GITHUB_TOKEN;\n');
    await client.diagnostics(uri('src/app.ts'));
    const progress: (WorkDoneProgressBegin | WorkDoneProgressReport | { kind: 'end' })[] = [];
    const statuses: ScanStatusNotification.Params[] = [];
    client.conn.onNotification(ScanStatusNotification.method, (p: ScanStatusNotification.Params) => { statuses.push(p); });
    client.conn.onProgress(WorkDoneProgress.type, 'scan-1', v => { progress.push(v); });
    const result = await scan({ workDoneToken: 'scan-1' });

    assert.deepStrictEqual({ ...result, durationMs: 0 }, {
      total: 4, filesScanned: 4, filesSkipped: 0, secrets: 2, untaggedAiBlocks: 0, otherFindings: 1,
      errors: 1, warnings: 2, durationMs: 0, cancelled: false,
    });
    assert.match(scanSummary(result), /^Vouch: 2 secrets and 0 untagged AI blocks and 1 tag problem in 4 files \(\d+\.\d s\)$|^Vouch: 2 secrets, 0 untagged AI blocks and 1 tag problem in 4 files \(\d+\.\d s\)$/);
    await client.diagnostics(uri('src/db.py'), p => p.diagnostics.length === 1);
    assert.deepStrictEqual(codes('src/db.py'), ['secret/generic']);
    assert.deepStrictEqual(codes('lib/tagged.go'), ['ai/malformed-tag']);
    assert.deepStrictEqual(codes('src/app.ts'), [], 'the open document keeps its editor diagnostics, not the disk ones');
    assert.strictEqual(progress[0].kind, 'begin');
    assert.strictEqual((progress[0] as WorkDoneProgressBegin).cancellable, true);
    assert.strictEqual(progress[progress.length - 1].kind, 'end');
    assert.ok(statuses.some(s => s.scanning) && !statuses[statuses.length - 1].scanning);
    assert.strictEqual(statuses[statuses.length - 1].last?.filesScanned, 4);
    for (const p of client.latest.values()) for (const d of p.diagnostics) assert.ok(!String(d.message).includes(token) && !String(d.message).includes(password));

    // Closing the open file shows its findings on disk again.
    await client.close(uri('src/app.ts'));
    await client.diagnostics(uri('src/app.ts'), p => p.diagnostics.some(d => d.code === 'secret/github-pat'));
  });

  it('honours vouch.exclude, files.exclude, .vouch.json exclude and .gitignore', async function () {
    if (spawnSync('git', ['--version']).status !== 0) this.skip();
    spawnSync('git', ['init', '-q'], { cwd: dir });
    write('.gitignore', 'ignored/\n');
    write('ignored/x.ts', `export const gh = "${token}";\n`);
    write('gen/y.ts', `export const gh = "${token}";\n`);
    write('.vouch.json', JSON.stringify({ exclude: ['gen/**'] }));
    await start();
    client.settings = { exclude: ['lib'] };
    client.filesExclude = { '**/*.py': true, '**/*.js': false };
    const result = await scan();
    assert.strictEqual(result.total, 4, 'app.ts, clean.js, .gitignore, .vouch.json');
    assert.strictEqual(result.secrets, 1);
    assert.deepStrictEqual(codes('src/app.ts'), ['secret/github-pat']);
    for (const f of ['src/db.py', 'lib/tagged.go', 'ignored/x.ts', 'gen/y.ts']) assert.ok(!client.latest.has(uri(f)), `${f} was scanned`);
  });

  it('follows files changed outside the editor: deleted, renamed, changed, created — without a rescan', async () => {
    await start();
    await scan({ workDoneToken: 'scan-2' });
    assert.ok(client.registrations.some(r => r.method === 'workspace/didChangeWatchedFiles'), 'no file watcher registered');
    await client.diagnostics(uri('src/db.py'), p => p.diagnostics.length === 1);

    fs.rmSync(path.join(dir, 'src/db.py'));
    fs.renameSync(path.join(dir, 'src/app.ts'), path.join(dir, 'src/moved.ts'));
    write('lib/tagged.go', 'func f() {}\n');
    write('src/new.py', `PASSWORD = "${fake.password()}"\n`);
    await client.filesChanged([
      { uri: uri('src/db.py'), type: FileChangeType.Deleted },
      { uri: uri('src/app.ts'), type: FileChangeType.Deleted },
      { uri: uri('src/moved.ts'), type: FileChangeType.Created },
      { uri: uri('lib/tagged.go'), type: FileChangeType.Changed },
      { uri: uri('src/new.py'), type: FileChangeType.Created },
    ]);
    await client.diagnostics(uri('src/db.py'), p => p.diagnostics.length === 0);
    await client.diagnostics(uri('src/app.ts'), p => p.diagnostics.length === 0);
    await client.diagnostics(uri('lib/tagged.go'), p => p.diagnostics.length === 0);
    await client.diagnostics(uri('src/moved.ts'), p => p.diagnostics.length === 1);
    await client.diagnostics(uri('src/new.py'), p => p.diagnostics.length === 1);

    // A deleted folder arrives as one event.
    await client.filesChanged([{ uri: uri('src'), type: FileChangeType.Deleted }]);
    await client.diagnostics(uri('src/moved.ts'), p => p.diagnostics.length === 0);
    await client.diagnostics(uri('src/new.py'), p => p.diagnostics.length === 0);
  });

  it('cancels within 100 ms, keeps what it found, and answers typing while it scans', async () => {
    const N = 6000;
    for (let i = 0; i < N; i++) write(`many/d${i % 30}/f${i}.py`, `# file ${i}\n${'x = 1\n'.repeat(40)}API_TOKEN = "${fake.password()}"\n`);
    await start();
    const source = new CancellationTokenSource();
    let reports = 0;
    let firstReport!: () => void;
    const reported = new Promise<void>(r => { firstReport = r; });
    client.conn.onProgress(WorkDoneProgress.type, 'scan-3', v => { if (v.kind === 'report' && ++reports === 5) firstReport(); });
    const pending = scan({ workDoneToken: 'scan-3' }, source);
    await reported;

    // Typing during the scan: an open document is analysed at once, not after the scan.
    const typedAt = performance.now();
    await client.open(uri('typed.ts'), 'typescript', `const gh = "${token}";\n`);
    await client.diagnostics(uri('typed.ts'), p => p.diagnostics.length === 1);
    const typingMs = performance.now() - typedAt;

    const cancelledAt = performance.now();
    source.cancel();
    const result = await pending;
    const stopMs = performance.now() - cancelledAt;
    assert.strictEqual(result.cancelled, true);
    assert.ok(result.filesScanned > 0 && result.filesScanned < result.total, `${result.filesScanned} of ${result.total}`);
    assert.ok(stopMs < 100, `stopped ${stopMs.toFixed(0)} ms after the cancel`);
    assert.ok(typingMs < 500, `an edit during the scan waited ${typingMs.toFixed(0)} ms`);
    await new Promise(r => setTimeout(r, 300));
    const published = [...client.latest.values()].filter(p => p.uri.includes('/many/') && p.diagnostics.length === 1).length;
    assert.ok(published >= result.secrets - 1 && published > 0, `kept ${published} of ${result.secrets} findings`);
    assert.match(scanSummary(result), /^Vouch: scan cancelled after [\d,]+ of 6,0\d\d files; [\d,]+ secrets, 0 untagged AI blocks and 1 tag problem so far/);
    console.log(`      (cancel: stopped in ${stopMs.toFixed(1)} ms after ${result.filesScanned} of ${result.total} files; an edit during the scan took ${typingMs.toFixed(0)} ms)`);
  });

  it('exports the findings as SARIF 2.1.0 that Microsoft\'s validator accepts', async () => {
    await start();
    const before = await client.request<ExportSarifRequest.Result>(ExportSarifRequest.method, {});
    assert.strictEqual(before.scanned, false);
    await scan();
    const r = await client.request<ExportSarifRequest.Result>(ExportSarifRequest.method, {});
    assert.strictEqual(r.scanned, true);
    assert.strictEqual(r.findings, 3);
    assert.ok(!r.sarif.includes(token) && !r.sarif.includes(password));
    const file = path.join(dir, 'vouch.sarif');
    fs.writeFileSync(file, r.sarif);
    const problems = validateSarif(file);
    assert.deepStrictEqual(problems, [], problems.map(p => `${p.ruleId}: ${p.message}`).join('\n'));
    const run = JSON.parse(r.sarif).runs[0];
    assert.strictEqual(run.originalUriBaseIds['%SRCROOT%'].uri, pathToFileURL(dir).href + '/');
    assert.deepStrictEqual([...new Set(run.results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0].physicalLocation.artifactLocation.uri))].sort(),
      ['lib/tagged.go', 'src/app.ts', 'src/db.py']);
  });
});
