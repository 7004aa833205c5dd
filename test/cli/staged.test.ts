/** `vouch scan --staged` scans what git would commit — the index — in a real temporary repository. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { REPO } from '../helpers/repo';
import { runVouch } from '../helpers/runVouch';
import { fakeSecrets } from '../helpers/fakeSecrets';

const vouch = runVouch;

describe('vouch scan --staged', function () {
  this.timeout(30000);
  let dir: string;
  const fake = fakeSecrets(11);
  const token = fake.githubToken();
  const other = fake.githubToken();
  const git = (...args: string[]) => {
    const r = spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
    return r.stdout;
  };
  const write = (f: string, text: string) => { fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true }); fs.writeFileSync(path.join(dir, f), text); };
  const files = (args: string[]) => {
    const r = vouch(['scan', '--staged', '--format', 'json', ...args], dir);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const out = JSON.parse(r.stdout);
    return { out, code: r.code, files: out.findings.map((f: { file: string }) => f.file).sort() as string[] };
  };

  beforeEach(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'vouch-staged-')));
    git('init', '-q');
    git('config', 'user.email', 'test@example.com');
    git('config', 'user.name', 'Test');
    git('config', 'commit.gpgsign', 'false');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads staged content, not the working tree, before the first commit', () => {
    write('src/a.ts', `export const gh = "${token}";\n`);
    write('src/b.ts', 'export const b = 1;\n');
    write('untracked.ts', `export const u = "${other}";\n`);
    git('add', 'src');
    // After staging: the secret leaves a.ts on disk (still staged), and one arrives in b.ts (not staged).
    write('src/a.ts', 'export const gh = process.env.GITHUB_TOKEN;\n');
    write('src/b.ts', `export const b = "${other}";\n`);
    const r = files([]);
    assert.strictEqual(r.code, 1);
    assert.deepStrictEqual(r.files, ['src/a.ts']);
    assert.strictEqual(r.out.filesScanned, 2);
    const gh = r.out.findings[0];
    assert.deepStrictEqual([gh.code, gh.line, gh.column], ['secret/github-pat', 1, 20]);
    const text = vouch(['scan', '--staged'], dir);
    assert.ok(!text.stdout.includes(token) && !text.stdout.includes(other), 'a secret leaked into the output');
  });

  it('covers only what changed since HEAD, skips deletions, and exits 0 when the commit is clean', () => {
    write('old.ts', `export const gh = "${token}";\n`);
    write('gone.ts', 'export const g = 1;\n');
    git('add', '.');
    git('commit', '-q', '-m', 'init');
    write('new.ts', 'export const n = 2;\n');
    git('add', 'new.ts');
    git('rm', '-q', 'gone.ts');
    const r = files([]);
    assert.strictEqual(r.code, 0, 'old.ts is committed already and not staged again');
    assert.strictEqual(r.out.filesScanned, 1);
    write('old.ts', `export const gh = "${token}";\nexport const x = 1;\n`);
    git('add', 'old.ts');
    assert.deepStrictEqual(files([]).files, ['old.ts']);
  });

  it('restricts to the paths it is given (as the pre-commit framework passes them) and honours .vouch.json exclude', () => {
    write('a/one.ts', `export const gh = "${token}";\n`);
    write('b/two.ts', `export const gh = "${other}";\n`);
    write('fixtures/three.ts', `export const gh = "${other}";\n`);
    write('.vouch.json', JSON.stringify({ exclude: ['fixtures/**'] }));
    git('add', '.');
    assert.deepStrictEqual(files(['b/two.ts']).files, ['b/two.ts']);
    assert.deepStrictEqual(files(['a']).files, ['a/one.ts']);
    assert.deepStrictEqual(files([]).files, ['a/one.ts', 'b/two.ts']);
  });

  it('skips staged binary and oversized blobs with the reason', () => {
    write('blob.bin', '\x7fELF\0\0\x01');
    write('big.txt', 'a'.repeat(3000));
    git('add', '.');
    const r = vouch(['scan', '--staged', '--max-file-size', '1000'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stdout, /skipped big\.txt: larger than 1000 B \(2\.9 KB\)/);
    assert.match(r.stdout, /skipped blob\.bin: binary/);
  });

  it('exits 2 with one line outside a git work tree', () => {
    const plain = fs.mkdtempSync(path.join(os.tmpdir(), 'vouch-nogit-'));
    const r = vouch(['scan', '--staged'], plain);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /^vouch: --staged: .* is not inside a git work tree\n$/);
    fs.rmSync(plain, { recursive: true, force: true });
  });
});
