/** `vouch fix --move-secrets` on real files: the same edits as the editor fix, a masked dry-run diff, safe failures. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { REPO } from '../helpers/repo';
import { runVouch } from '../helpers/runVouch';
import { fakeSecrets } from '../helpers/fakeSecrets';
import { ENV_FIX_CASES } from '../helpers/envFixCases';

const vouch = runVouch;

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const p = path.join(dir, name);
    if (fs.statSync(p).isFile()) out[name.split(path.sep).join('/')] = fs.readFileSync(p, 'utf8');
  }
  return out;
}

describe('vouch fix --move-secrets (CLI)', function () {
  this.timeout(30000);
  let dir: string;
  const fake = fakeSecrets(9);
  const newSecret = () => fake.kit.base62(20) + 'Q7';

  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vouch-fix-')); });
  afterEach(() => {
    for (const f of fs.readdirSync(dir)) fs.chmodSync(path.join(dir, f), 0o644);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('moves the secret of every language, writing the same source, .env and .gitignore as the editor fix', () => {
    for (const c of ENV_FIX_CASES) {
      const ws = fs.mkdtempSync(path.join(dir, 'ws-'));
      const s = newSecret();
      fs.writeFileSync(path.join(ws, c.file), c.before(s));
      const r = vouch(['fix', '--move-secrets'], ws);
      assert.strictEqual(r.code, 0, r.stderr);
      assert.strictEqual(fs.readFileSync(path.join(ws, c.file), 'utf8'), c.after(s), c.file);
      assert.strictEqual(fs.readFileSync(path.join(ws, '.env'), 'utf8'), c.env(s), c.file);
      assert.strictEqual(fs.readFileSync(path.join(ws, '.gitignore'), 'utf8'), '.env\n');
      assert.strictEqual(r.stdout, `${c.file}: moved 1 secret(s) to .env (${c.env(s).split('=')[0]})\n.gitignore: added .env\n`);
      assert.ok(!r.stderr.includes(s));
    }
  });

  it('moves the secrets of many files into one .env, NAME_2 when names collide', () => {
    const a = newSecret(), b = newSecret();
    fs.mkdirSync(path.join(dir, 'src'));
    fs.writeFileSync(path.join(dir, 'src', 'a.ts'), `export const apiKey = "${a}";\n`);
    fs.writeFileSync(path.join(dir, 'src', 'b.py'), `api_key = "${b}"\n`);
    const r = vouch(['fix', '--move-secrets', 'src'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual(fs.readFileSync(path.join(dir, '.env'), 'utf8'), `API_KEY=${a}\nAPI_KEY_2=${b}\n`);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'src', 'b.py'), 'utf8'), 'import os\n\napi_key = os.environ["API_KEY_2"]\n');
  });

  it('--dry-run prints a unified diff with every secret masked, and changes nothing', () => {
    const s = newSecret(), gh = fake.githubToken();
    fs.writeFileSync(path.join(dir, 'app.py'), `import os\n\napi_key = "${s}"\ntoken = "${gh}"\n`);
    fs.writeFileSync(path.join(dir, '.env'), 'DEBUG=1');
    const before = snapshot(dir);
    const r = vouch(['fix', '--move-secrets', '--dry-run', '.'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.deepStrictEqual(snapshot(dir), before);
    assert.ok(!r.stdout.includes(s) && !r.stdout.includes(gh), 'no secret printed');
    assert.match(r.stdout, /^--- a\/app\.py\n\+\+\+ b\/app\.py\n@@ -1,4 \+1,4 @@\n import os\n \n-api_key = "…\w{4}"\n-token = "ghp_…[A-Za-z0-9]{4}"\n\+api_key = os\.environ\["API_KEY"\]\n\+token = os\.environ\["GITHUB_TOKEN"\]\n/);
    assert.match(r.stdout, /--- a\/\.env\n\+\+\+ b\/\.env\n@@ -1,1 \+1,3 @@\n-DEBUG=1\n\\ No newline at end of file\n\+DEBUG=1\n\+API_KEY=…\w{4}\n\+GITHUB_TOKEN=ghp_…[A-Za-z0-9]{4}\n/);
    assert.match(r.stdout, /--- \/dev\/null\n\+\+\+ b\/\.gitignore\n@@ -0,0 \+1,1 @@\n\+\.env\n/);
  });

  it('refuses a read-only .env with one clear line and leaves the sources untouched', () => {
    const s = newSecret();
    fs.writeFileSync(path.join(dir, 'app.ts'), `const apiKey = "${s}";\n`);
    fs.writeFileSync(path.join(dir, '.env'), 'A=1\n');
    fs.chmodSync(path.join(dir, '.env'), 0o444);
    const before = snapshot(dir);
    const r = vouch(['fix', '--move-secrets'], dir);
    assert.strictEqual(r.code, 2);
    assert.strictEqual(r.stderr, 'vouch: .env: cannot write (read-only); nothing was changed\n');
    assert.deepStrictEqual(snapshot(dir), before);
  });

  it('lists what it cannot move (JSON, a Rust const) on stderr and exits 1; --env-path picks the file', () => {
    const s = newSecret(), t = fake.githubToken();
    fs.writeFileSync(path.join(dir, 'config.json'), `{ "api_key": "${s}" }\n`);
    fs.writeFileSync(path.join(dir, 'lib.rs'), `const GH: &str = "${t}";\n`);
    const r = vouch(['fix', '--move-secrets', '--env-path', 'config/.env'], dir);
    assert.strictEqual(r.code, 1);
    assert.match(r.stderr, /config\.json: 1 secret\(s\) left: json has no environment lookup/);
    assert.match(r.stderr, /lib\.rs:1: secret left in place: the value is a Rust const or static/);
    assert.ok(!r.stderr.includes(s) && !r.stderr.includes(t));
    assert.ok(!fs.existsSync(path.join(dir, 'config', '.env')));
  });

  it('needs --move-secrets', () => {
    const r = vouch(['fix'], dir);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /^vouch: fix needs --move-secrets/);
  });
});
