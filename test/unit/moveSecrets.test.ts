/** The move-to-env plan in core, per language and for the data-safety cases: in-memory text, no disk, no git. */
import * as assert from 'assert';
import { analyze } from '../../server/src/core/analyze';
import { applyOffsetEdits } from '../../server/src/core/fixes/textEdit';
import { EnvFilesState, MovePlan, planMoveSecrets, SecretToMove } from '../../server/src/core/fixes/env/moveSecrets';
import { parseDotenv } from '../../server/src/core/fixes/env/dotenv';
import { fakeSecrets } from '../helpers/fakeSecrets';
import { ENV_FIX_CASES } from '../helpers/envFixCases';

const fake = fakeSecrets(4);
const newSecret = () => fake.kit.base62(20) + 'Q7';
const NO_FILES: EnvFilesState = { envWritable: true, envIgnoredByGit: false, envTrackedByGit: false, gitignoreEntry: '.env' };

function secretsIn(text: string, languageId: string): SecretToMove[] {
  return analyze({ text, languageId }, { provenance: false }).flatMap(f => (f.data?.kind === 'secret' ? [f.data] : []));
}

/** A secret located by hand: for shapes no rule flags on its own (a password inside a URL). */
function at(text: string, secret: string, from = 0): SecretToMove {
  const start = text.indexOf(secret, from);
  assert.ok(start >= 0);
  return { start, end: start + secret.length, ruleId: 'secret/generic', envName: 'SECRET' };
}

function plan(text: string, languageId: string, secrets: SecretToMove[], files: Partial<EnvFilesState> = {}): MovePlan {
  const outcome = planMoveSecrets(text, languageId, secrets, { ...NO_FILES, ...files });
  assert.ok(outcome.ok, outcome.ok ? '' : outcome.reason);
  return outcome.plan;
}

function envAfter(p: MovePlan, envText?: string): string {
  return p.dotenv ? applyOffsetEdits(envText ?? '', [p.dotenv.edit]) : envText ?? '';
}

describe('move secret to .env: per language (core)', () => {
  for (const c of ENV_FIX_CASES) {
    it(`${c.languageId}: ${c.file}`, () => {
      const s = newSecret();
      const text = c.before(s);
      const secrets = secretsIn(text, c.languageId);
      assert.strictEqual(secrets.length, 1, 'the fixture must hold exactly one finding');
      const p = plan(text, c.languageId, secrets);
      const after = applyOffsetEdits(text, p.sourceEdits);
      assert.strictEqual(after, c.after(s));
      assert.strictEqual(envAfter(p), c.env(s));
      assert.ok(p.dotenv?.create);
      assert.deepStrictEqual(p.gitignore && applyOffsetEdits('', [p.gitignore.edit]), '.env\n');
    });
  }

  it('offers nothing for JSON, plain text, .env and .properties', () => {
    const s = newSecret();
    for (const [languageId, text] of [['json', `{"api_key": "${s}"}`], ['plaintext', `api_key: ${s}`], ['dotenv', `API_KEY=${s}`], ['properties', `api.key=${s}`]]) {
      const outcome = planMoveSecrets(text, languageId, [at(text, s)], NO_FILES);
      assert.ok(!outcome.ok, languageId);
    }
  });
});

describe('move secret to .env: a secret inside a larger string', () => {
  const cases: [string, (pw: string) => string, string][] = [
    ['typescript', pw => `const url = "postgres://app:${pw}@db/app";`, 'const url = `postgres://app:${process.env.PASSWORD}@db/app`;'],
    ['typescript', pw => 'const url = `postgres://app:' + pw + '@${host}/app`;', 'const url = `postgres://app:${process.env.PASSWORD}@${host}/app`;'],
    ['python', pw => `import os\nDATABASE_URL = "postgres://app:${pw}@db/app"`, `import os\nDATABASE_URL = f"postgres://app:{os.environ['DATABASE_PASSWORD']}@db/app"`],
    ['python', pw => `import os\nDATABASE_URL = f"postgres://{user}:${pw}@db/app"`, `import os\nDATABASE_URL = f"postgres://{user}:{os.environ['DATABASE_PASSWORD']}@db/app"`],
    ['go', pw => `package main\n\nimport "os"\n\nfunc f() { dsn := "postgres://app:${pw}@db/app" }`, 'package main\n\nimport "os"\n\nfunc f() { dsn := "postgres://app:" + os.Getenv("PASSWORD") + "@db/app" }'],
    ['java', pw => `String url = "jdbc:postgresql://db/app?password=${pw}&ssl=true";`, 'String url = "jdbc:postgresql://db/app?password=" + System.getenv("PASSWORD") + "&ssl=true";'],
    ['kotlin', pw => `val databaseUrl = "postgres://app:${pw}@db/app"`, 'val databaseUrl = "postgres://app:${System.getenv("DATABASE_PASSWORD")}@db/app"'],
    ['csharp', pw => `var url = "Server=db;Password=${pw};";`, 'var url = "Server=db;Password=" + Environment.GetEnvironmentVariable("PASSWORD") + ";";'],
    ['ruby', pw => `DATABASE_URL = "postgres://app:${pw}@db/app"`, 'DATABASE_URL = "postgres://app:#{ENV.fetch("DATABASE_PASSWORD")}@db/app"'],
    ['php', pw => `$dsn = 'pgsql:host=db;password=${pw}';`, "$dsn = 'pgsql:host=db;password=' . getenv('PASSWORD');"],
    ['shellscript', pw => `DATABASE_URL='postgres://app:${pw}@db/app'`, `DATABASE_URL='postgres://app:'"\${DATABASE_PASSWORD}"'@db/app'`],
    ['yaml', pw => `url: "postgres://app:${pw}@db/app"`, 'url: "postgres://app:${PASSWORD}@db/app"'],
  ];
  for (const [languageId, before, after] of cases) {
    it(`${languageId}: moves only the password: ${after.split('\n').pop()}`, () => {
      const pw = newSecret();
      const text = before(pw);
      const p = plan(text, languageId, [at(text, pw)]);
      assert.strictEqual(applyOffsetEdits(text, p.sourceEdits), after);
      assert.strictEqual(parseDotenv(envAfter(p)).get(p.entries[0].name), pw);
    });
  }

  it('rust cannot compose a &str: the whole string moves, under the assignment\'s name', () => {
    const pw = newSecret();
    const text = `fn main() {\n    let database_url = "postgres://app:${pw}@db/app";\n}\n`;
    const p = plan(text, 'rust', [at(text, pw)]);
    assert.strictEqual(applyOffsetEdits(text, p.sourceEdits), 'fn main() {\n    let database_url = &std::env::var("DATABASE_URL").expect("DATABASE_URL must be set");\n}\n');
    assert.strictEqual(parseDotenv(envAfter(p)).get('DATABASE_URL'), `postgres://app:${pw}@db/app`);
  });

  it('a string with a brace cannot become an f-string: Python joins with +', () => {
    const pw = newSecret();
    const text = `import os\nurl = "{x}://app:${pw}@db"\n`;
    const p = plan(text, 'python', [at(text, pw)]);
    assert.strictEqual(applyOffsetEdits(text, p.sourceEdits), 'import os\nurl = "{x}://app:" + os.environ["PASSWORD"] + "@db"\n');
  });
});

describe('move secret to .env: data safety', () => {
  it('follows CRLF in the source and in .env, and adds a line break to a .env without a trailing one', () => {
    const s = newSecret();
    const text = `import os\r\napi_key = "${s}"\r\n`;
    const p = plan(text, 'python', [at(text, s)], { envText: 'A=1\r\nB=2' });
    assert.strictEqual(applyOffsetEdits(text, p.sourceEdits), 'import os\r\napi_key = os.environ["API_KEY"]\r\n');
    assert.strictEqual(envAfter(p, 'A=1\r\nB=2'), `A=1\r\nB=2\r\nAPI_KEY=${s}\r\n`);
    assert.ok(p.dotenv && !p.dotenv.create);
  });

  it('reuses an existing NAME with the same value, and never overwrites one with another value (NAME_2)', () => {
    const s = newSecret();
    const text = `const apiKey = "${s}";\n`;
    const same = plan(text, 'typescript', [at(text, s)], { envText: `API_KEY=${s}\n` });
    assert.strictEqual(same.dotenv, undefined);
    assert.deepStrictEqual(same.entries, [{ name: 'API_KEY', value: s, reused: true }]);
    const other = plan(text, 'typescript', [at(text, s)], { envText: 'API_KEY=something-else\nAPI_KEY_2=also-else\n' });
    assert.strictEqual(applyOffsetEdits(text, other.sourceEdits), 'const apiKey = process.env.API_KEY_3;\n');
    assert.strictEqual(envAfter(other, 'API_KEY=something-else\nAPI_KEY_2=also-else\n'), `API_KEY=something-else\nAPI_KEY_2=also-else\nAPI_KEY_3=${s}\n`);
  });

  it('writes values with quotes, #, $, spaces, backslashes and newlines so .env reads them back exactly', () => {
    const values = [`a"b c`, `it's #1`, 'cost$HOME and ${X}', 'two\nlines', 'back\\slash q"\'', ' lead', 'x#y', 'tab\there'];
    for (const value of values) {
      const literal = JSON.stringify(value); // a valid JS string literal for the value, escapes included
      const text = `const password = ${literal};\n`;
      const start = text.indexOf(literal) + 1;
      const p = plan(text, 'typescript', [{ start, end: start + literal.length - 2, ruleId: 'secret/generic', envName: 'SECRET' }]);
      assert.strictEqual(applyOffsetEdits(text, p.sourceEdits), 'const password = process.env.PASSWORD;\n');
      assert.strictEqual(parseDotenv(envAfter(p)).get('PASSWORD'), value, JSON.stringify(value));
    }
  });

  it('refuses when .env cannot be written, and says so', () => {
    const s = newSecret();
    const text = `const apiKey = "${s}";\n`;
    const outcome = planMoveSecrets(text, 'typescript', [at(text, s)], { ...NO_FILES, envText: '', envWritable: false });
    assert.deepStrictEqual(outcome, { ok: false, reason: 'the .env file cannot be written' });
  });

  it('moves two secrets on one line, and every occurrence of a secret that appears twice', () => {
    const a = newSecret(), b = newSecret();
    const text = `const creds = { apiKey: "${a}", clientSecret: "${b}" };\nlog("${a}");\n// old key: ${a}\n`;
    const p = plan(text, 'typescript', [at(text, a), at(text, b)]);
    const after = applyOffsetEdits(text, p.sourceEdits);
    assert.strictEqual(after, 'const creds = { apiKey: process.env.API_KEY, clientSecret: process.env.CLIENT_SECRET };\nlog(process.env.API_KEY);\n// old key: process.env.API_KEY\n');
    const env = envAfter(p);
    assert.strictEqual(env, `API_KEY=${a}\nCLIENT_SECRET=${b}\n`);
    for (const s of [a, b]) assert.strictEqual(env.split(s).length - 1 + after.split(s).length - 1, 1, 'the secret exists exactly once');
  });

  it('refuses what cannot read the environment: a Rust const, a Go const block', () => {
    const s = newSecret();
    const rs = `const API_KEY: &str = "${s}";\n`;
    assert.match((planMoveSecrets(rs, 'rust', [at(rs, s)], NO_FILES) as { reason: string }).reason, /const or static/);
    const go = `package x\n\nconst (\n\tapiKey = "${s}"\n)\n`;
    assert.match((planMoveSecrets(go, 'go', [at(go, s)], NO_FILES) as { reason: string }).reason, /const block/);
  });

  it('leaves .gitignore alone when git ignores .env, appends to an existing one with its line ending', () => {
    const s = newSecret();
    const text = `const apiKey = "${s}";\n`;
    assert.strictEqual(plan(text, 'typescript', [at(text, s)], { envIgnoredByGit: true }).gitignore, undefined);
    const p = plan(text, 'typescript', [at(text, s)], { gitignoreText: 'node_modules\r\ndist' });
    assert.strictEqual(applyOffsetEdits('node_modules\r\ndist', [p.gitignore!.edit]), 'node_modules\r\ndist\r\n.env\r\n');
    assert.strictEqual(plan(text, 'typescript', [at(text, s)], { gitignoreText: '/.env\n' }).gitignore, undefined);
  });

  it('keeps track of a tracked .env so the fix can say so', () => {
    const s = newSecret();
    const text = `const apiKey = "${s}";\n`;
    assert.strictEqual(plan(text, 'typescript', [at(text, s)], { envTrackedByGit: true }).envTrackedByGit, true);
  });
});
