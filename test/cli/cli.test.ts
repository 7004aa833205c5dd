/** The `vouch` command as users and CI run it: real files, real exit codes, exact JSON. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { REPO } from '../helpers/repo';
import { runVouch } from '../helpers/runVouch';
import { fakeSecrets } from '../helpers/fakeSecrets';

const vouch = runVouch;

describe('vouch scan (CLI)', function () {
  this.timeout(20000);
  let dir: string;
  const fake = fakeSecrets(7);
  const token = fake.githubToken();
  const password = fake.password();

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vouch-cli-'));
    fs.mkdirSync(path.join(dir, 'src'));
    fs.writeFileSync(path.join(dir, 'src', 'app.ts'), `export const gh = "${token}";\n`);
    fs.writeFileSync(path.join(dir, 'src', 'db.py'), `import os\nDB_PASSWORD = "${password}"\n`);
    fs.writeFileSync(path.join(dir, 'src', 'clean.js'), 'const token = process.env.GITHUB_TOKEN;\n');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the exact JSON shape with 1-based positions and masked messages', () => {
    const r = vouch(['scan', '.', '--format', 'json'], dir);
    assert.strictEqual(r.code, 1, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepStrictEqual(Object.keys(out), ['version', 'filesScanned', 'findings']);
    assert.strictEqual(out.version, 1);
    assert.strictEqual(out.filesScanned, 3);
    const gh = out.findings.find((f: { code: string }) => f.code === 'secret/github-pat');
    assert.deepStrictEqual(Object.keys(gh), ['file', 'line', 'column', 'endLine', 'endColumn', 'code', 'severity', 'message', 'fingerprint']);
    assert.deepStrictEqual([gh.file, gh.line, gh.column, gh.endLine, gh.endColumn, gh.severity], ['src/app.ts', 1, 20, 1, 20 + token.length, 'error']);
    const pw = out.findings.find((f: { file: string }) => f.file === 'src/db.py');
    assert.strictEqual(pw.code, 'secret/generic');
    assert.strictEqual(pw.line, 2);
    for (const s of [token, password]) assert.ok(!r.stdout.includes(s) && !r.stderr.includes(s), 'a secret value leaked into the output');
  });

  it('exits 0 when nothing reaches --fail-on, 1 when something does', () => {
    fs.rmSync(path.join(dir, 'src', 'app.ts'));
    assert.strictEqual(vouch(['scan', '--fail-on', 'error'], dir).code, 0, 'a warning is below --fail-on error');
    assert.strictEqual(vouch(['scan'], dir).code, 1, 'default --fail-on is warning');
    assert.strictEqual(vouch(['scan', '--fail-on=never'], dir).code, 0);
    assert.strictEqual(vouch(['scan', 'src/clean.js'], dir).code, 0);
  });

  it('writes text output grouped by file, with a summary', () => {
    const r = vouch(['scan', 'src'], dir);
    assert.strictEqual(r.code, 1);
    assert.match(r.stdout, /^src\/app\.ts\n {2}1:20 +error +GitHub token ghp_…/m);
    assert.match(r.stdout, /✖ 2 problems \(1 error, 1 warning\) in 3 files scanned/);
    assert.ok(!r.stdout.includes(token));
  });

  it('writes --output files and valid SARIF 2.1.0 basics', () => {
    const r = vouch(['scan', '--format', 'sarif', '--output', 'out.sarif'], dir);
    assert.strictEqual(r.code, 1);
    assert.strictEqual(r.stdout, '');
    const sarif = JSON.parse(fs.readFileSync(path.join(dir, 'out.sarif'), 'utf8'));
    assert.strictEqual(sarif.version, '2.1.0');
    const results = sarif.runs[0].results;
    assert.strictEqual(results.length, 2);
    assert.ok(results.every((x: { partialFingerprints: object }) => x.partialFingerprints));
    assert.ok(!JSON.stringify(sarif).includes(token));
  });

  it('skips binary and oversized files with the reason, and never crashes on them', () => {
    fs.writeFileSync(path.join(dir, 'blob.bin'), Buffer.from([0x7f, 0x45, 0, 1, 2, 3, 0, 0]));
    fs.writeFileSync(path.join(dir, 'big.txt'), `password = "${password}"\n` + 'a'.repeat(3 * 1024 * 1024));
    const r = vouch(['scan', '.'], dir);
    assert.match(r.stdout, /skipped blob\.bin: binary/);
    assert.match(r.stdout, /skipped big\.txt: larger than 2 MB \(3 MB\)/);
    const bigger = vouch(['scan', 'big.txt', '--max-file-size', String(4 * 1024 * 1024), '--format', 'json'], dir);
    assert.strictEqual(JSON.parse(bigger.stdout).findings.length, 1);
  });

  it('honours .gitignore inside a git work tree', function () {
    if (spawnSync('git', ['--version']).status !== 0) this.skip();
    spawnSync('git', ['init', '-q'], { cwd: dir });
    fs.writeFileSync(path.join(dir, '.gitignore'), 'src/app.ts\n');
    const out = JSON.parse(vouch(['scan', '--format', 'json'], dir).stdout);
    assert.ok(!out.findings.some((f: { file: string }) => f.file === 'src/app.ts'));
    assert.ok(out.findings.some((f: { file: string }) => f.file === 'src/db.py'));
  });

  it('honours .vouch.json "exclude" globs, and says so for a file named explicitly', () => {
    fs.writeFileSync(path.join(dir, '.vouch.json'), JSON.stringify({ exclude: ['**/db.py'] }));
    const out = JSON.parse(vouch(['scan', '--format', 'json'], dir).stdout);
    assert.deepStrictEqual(out.findings.map((f: { file: string }) => f.file), ['src/app.ts']);
    const named = vouch(['scan', 'src/db.py'], dir);
    assert.strictEqual(named.code, 0);
    assert.match(named.stdout, /skipped src\/db\.py: excluded by \.vouch\.json/);
  });

  it('scans a folder git ignores when it is named explicitly (vouch scan node_modules)', function () {
    if (spawnSync('git', ['--version']).status !== 0) this.skip();
    spawnSync('git', ['init', '-q'], { cwd: dir });
    fs.mkdirSync(path.join(dir, 'node_modules', 'pkg'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'node_modules', 'pkg', 'index.js'), `module.exports = "${token}";\n`);
    fs.writeFileSync(path.join(dir, '.gitignore'), 'node_modules/\n');
    const all = JSON.parse(vouch(['scan', '--format', 'json'], dir).stdout);
    assert.ok(!all.findings.some((f: { file: string }) => f.file.startsWith('node_modules/')));
    const named = JSON.parse(vouch(['scan', 'node_modules', '--format', 'json'], dir).stdout);
    assert.deepStrictEqual(named.findings.map((f: { file: string }) => f.file), ['node_modules/pkg/index.js']);
  });

  it('exits 2 with a one-line message for usage and I/O errors', () => {
    const missing = vouch(['scan', 'nope/'], dir);
    assert.strictEqual(missing.code, 2);
    assert.strictEqual(missing.stderr, 'vouch: nope: no such file or directory\n'.replace('nope:', `${path.join(dir, 'nope')}:`));
    const bad = vouch(['scan', '--format', 'xml'], dir);
    assert.strictEqual(bad.code, 2);
    assert.match(bad.stderr.split('\n')[0], /^vouch: --format must be text, json or sarif, not "xml"$/);
    assert.strictEqual(vouch(['frobnicate'], dir).code, 2);
    fs.writeFileSync(path.join(dir, '.vouch.json'), '{\n  "ignore": [\n    "a",\n  ]\n}\n');
    const cfg = vouch(['scan'], dir);
    assert.strictEqual(cfg.code, 2);
    assert.match(cfg.stderr, /^vouch: \.vouch\.json:4:\d+: invalid JSON \(trailing comma before \]\)$/m);
    assert.strictEqual(cfg.stderr.trim().split('\n').length, 1);
  });

  it('ignores fingerprints listed in .vouch.json', () => {
    const first = JSON.parse(vouch(['scan', '--format', 'json'], dir).stdout);
    const gh = first.findings.find((f: { code: string }) => f.code === 'secret/github-pat');
    fs.writeFileSync(path.join(dir, '.vouch.json'), JSON.stringify({ ignore: [gh.fingerprint] }));
    const second = JSON.parse(vouch(['scan', '--format', 'json'], dir).stdout);
    assert.ok(!second.findings.some((f: { code: string }) => f.code === 'secret/github-pat'));
    assert.strictEqual(second.findings.length, first.findings.length - 1);
  });

  it('finds the findings of the shipped demo (the README quick start)', () => {
    const r = vouch(['scan', 'examples/demo'], REPO);
    assert.strictEqual(r.code, 1);
    for (const code of ['secret/github-pat', 'secret/generic', 'ai/malformed-tag', 'ai/changed-since-review']) assert.ok(r.stdout.includes(code), `demo lacks ${code}`);
  });
});
