/** The parts of the move-to-env fix: NAME derivation, .env format, imports, string literals, .vouch.json edits. */
import * as assert from 'assert';
import { applyOffsetEdits } from '../../server/src/core/fixes/textEdit';
import { chooseEnvName, toEnvName, uniqueEnvName } from '../../server/src/core/fixes/env/envName';
import { appendLinesEdit, formatDotenvValue, parseDotenv } from '../../server/src/core/fixes/env/dotenv';
import { pythonImportOs } from '../../server/src/core/fixes/env/python';
import { goImportOs } from '../../server/src/core/fixes/env/go';
import { literalAround } from '../../server/src/core/fixes/env/stringLiteral';
import { python } from '../../server/src/core/fixes/env/python';
import { rust } from '../../server/src/core/fixes/env/rust';
import { csharp } from '../../server/src/core/fixes/env/csharp';
import { yaml } from '../../server/src/core/fixes/env/shellLike';
import { addIgnoredFingerprint } from '../../server/src/core/fixes/vouchJsonIgnore';
import { unifiedDiff } from '../../server/src/cli/fixDiff';

const withImport = (text: string, edit = pythonImportOs(text)) => (edit ? applyOffsetEdits(text, [edit]) : text);
const withGoImport = (text: string, edit = goImportOs(text)) => (edit ? applyOffsetEdits(text, [edit]) : text);

describe('env NAME', () => {
  it('derives NAME from the assignment', () => {
    assert.strictEqual(toEnvName('apiKey'), 'API_KEY');
    assert.strictEqual(toEnvName('stripe.api_key'), 'STRIPE_API_KEY');
    assert.strictEqual(toEnvName('this.clientSecret'), 'CLIENT_SECRET');
    assert.strictEqual(toEnvName('$dbPassword'), 'DB_PASSWORD');
    assert.strictEqual(toEnvName('X-Api-Key'), 'X_API_KEY');
    assert.strictEqual(toEnvName('APIKey'), 'API_KEY');
    assert.strictEqual(toEnvName('9lives'), '');
  });

  it('prefers the rule\'s name when the assignment is vague or says nothing secret', () => {
    assert.strictEqual(chooseEnvName('token = ', 'secret/github-pat', 'GITHUB_TOKEN'), 'GITHUB_TOKEN');
    assert.strictEqual(chooseEnvName('headers = {"Authorization": ', 'secret/github-pat', 'GITHUB_TOKEN'), 'GITHUB_TOKEN');
    assert.strictEqual(chooseEnvName('client.login(', 'secret/slack-bot-token', 'SLACK_BOT_TOKEN'), 'SLACK_BOT_TOKEN');
    assert.strictEqual(chooseEnvName('const deployToken = ', 'secret/github-pat', 'GITHUB_TOKEN'), 'DEPLOY_TOKEN');
    assert.strictEqual(chooseEnvName('  "password": ', 'secret/generic', 'SECRET'), 'PASSWORD');
    assert.strictEqual(chooseEnvName('let api_key: &str = ', 'secret/generic', 'SECRET'), 'API_KEY');
    assert.strictEqual(chooseEnvName('ENV API_TOKEN ', 'secret/generic', 'SECRET'), 'API_TOKEN');
    assert.strictEqual(chooseEnvName('conn.setPassword(', 'secret/generic', 'SECRET'), 'PASSWORD');
    assert.strictEqual(chooseEnvName('DATABASE_URL = ', 'secret/generic', 'SECRET', true), 'DATABASE_PASSWORD');
  });

  it('is unique against .env: same value reused, another value never overwritten', () => {
    const env = new Map([['API_KEY', 'a'], ['API_KEY_2', 'b']]);
    assert.deepStrictEqual(uniqueEnvName('API_KEY', 'a', env), { name: 'API_KEY', reused: true });
    assert.deepStrictEqual(uniqueEnvName('API_KEY', 'b', env), { name: 'API_KEY_2', reused: true });
    assert.deepStrictEqual(uniqueEnvName('API_KEY', 'c', env), { name: 'API_KEY_3', reused: false });
  });
});

describe('.env format', () => {
  it('quotes only when needed and reads back what it wrote', () => {
    assert.strictEqual(formatDotenvValue('abc123-_./:@+='), 'abc123-_./:@+=');
    assert.strictEqual(formatDotenvValue('a b#c$d"e'), `'a b#c$d"e'`);
    assert.strictEqual(formatDotenvValue(`it's`), `"it's"`);
    assert.strictEqual(formatDotenvValue('a\nb$c'), '"a\\nb\\$c"');
    for (const v of ['plain', 'with space', `q'uote`, 'd"q', 'hash #x', '$HOME', 'multi\nline', 'back\\slash', '']) {
      assert.strictEqual(parseDotenv(`X=${formatDotenvValue(v)}\n`).get('X'), v, JSON.stringify(v));
    }
  });

  it('parses export, comments, quotes and CRLF', () => {
    const env = parseDotenv('# c\r\nexport A=1\r\nB = two # note\r\nC="x\\ny"\r\nD=\'lit #\'\r\n');
    assert.deepStrictEqual([...env], [['A', '1'], ['B', 'two'], ['C', 'x\ny'], ['D', 'lit #']]);
  });

  it('appends after a missing final newline, with the file\'s line ending', () => {
    assert.deepStrictEqual(appendLinesEdit(undefined, ['A=1']), { start: 0, end: 0, newText: 'A=1\n' });
    assert.strictEqual(applyOffsetEdits('X=1', [appendLinesEdit('X=1', ['A=1'])]), 'X=1\nA=1\n');
    assert.strictEqual(applyOffsetEdits('X=1\r\n', [appendLinesEdit('X=1\r\n', ['A=1'])]), 'X=1\r\nA=1\r\n');
  });
});

describe('import os (Python)', () => {
  it('places it after the docstring and __future__, among the imports in name order', () => {
    assert.strictEqual(withImport('"""Doc."""\nfrom __future__ import annotations\n\nimport json\nimport sys\n\nx = 1\n'),
      '"""Doc."""\nfrom __future__ import annotations\n\nimport json\nimport os\nimport sys\n\nx = 1\n');
    assert.strictEqual(withImport('import abc\nimport json\n\nx = 1\n'), 'import abc\nimport json\nimport os\n\nx = 1\n');
    assert.strictEqual(withImport('from flask import Flask\n\napp = 1\n'), 'import os\nfrom flask import Flask\n\napp = 1\n');
  });

  it('creates an import block before the code, after shebang, comments and a multi-line docstring', () => {
    assert.strictEqual(withImport('#!/usr/bin/env python\n# -*- coding: utf-8 -*-\n"""Multi\nline.\n"""\n\nx = 1\n'),
      '#!/usr/bin/env python\n# -*- coding: utf-8 -*-\n"""Multi\nline.\n"""\n\nimport os\n\nx = 1\n');
    assert.strictEqual(withImport('x = 1\r\n'), 'import os\r\n\r\nx = 1\r\n');
  });

  it('leaves a file that already binds os alone', () => {
    for (const t of ['import os\n', 'import os.path\n', 'import sys, os\n', 'import os  # env\n']) assert.strictEqual(pythonImportOs(t), undefined, t);
    assert.ok(pythonImportOs('import os as o\n'));
    assert.ok(pythonImportOs('def f():\n    import os\n'));
  });
});

describe('import "os" (Go)', () => {
  it('adds "os" to the block in path order, before a blank-line group', () => {
    assert.strictEqual(withGoImport('package a\n\nimport (\n\t"fmt"\n\t"strings"\n\n\t"example.com/x"\n)\n'),
      'package a\n\nimport (\n\t"fmt"\n\t"os"\n\t"strings"\n\n\t"example.com/x"\n)\n');
    assert.strictEqual(withGoImport('package a\n\nimport (\n\t"bufio"\n)\n'), 'package a\n\nimport (\n\t"bufio"\n\t"os"\n)\n');
  });

  it('turns a single import into a block, creates one when there is none, and leaves an existing one alone', () => {
    assert.strictEqual(withGoImport('package a\n\nimport "strings"\n'), 'package a\n\nimport (\n\t"os"\n\t"strings"\n)\n');
    assert.strictEqual(withGoImport('package a\n\nfunc f() {}\n'), 'package a\n\nimport "os"\n\nfunc f() {}\n');
    assert.strictEqual(goImportOs('package a\n\nimport (\n\t"os"\n)\n'), undefined);
    assert.strictEqual(goImportOs('package a\n\nimport "os"\n'), undefined);
  });
});

describe('string literals', () => {
  const find = (text: string, needle: string, syntax = python.strings) => literalAround(text, text.indexOf(needle), text.indexOf(needle) + needle.length, syntax);

  it('knows prefixes, triple quotes and raw strings', () => {
    const f = find('x = rf"a{b}SECRET"', 'SECRET');
    assert.ok(f && f !== 'comment' && f.prefix === 'rf' && f.raw);
    const t = find("x = '''SECRET'''", 'SECRET');
    assert.ok(t && t !== 'comment' && t.quote === "'''");
    assert.strictEqual(find('x = 1  # SECRET', 'SECRET'), 'comment');
    assert.strictEqual(find('x = "a" + SECRET', 'SECRET'), undefined);
  });

  it('reads Rust raw strings, C# verbatim strings and YAML quotes the way those languages do', () => {
    const r = find('let k = r#"SECRET"#;', 'SECRET', rust.strings);
    assert.ok(r && r !== 'comment' && r.raw && r.end === 'let k = r#"SECRET"#'.length);
    const cs = find('var p = @"C:\\""dir""\\SECRET";', 'SECRET', csharp.strings);
    assert.ok(cs && cs !== 'comment' && cs.prefix === '@');
    assert.strictEqual(find("note: it's SECRET", 'SECRET', yaml.strings), undefined);
    assert.ok(find("key: 'it''s SECRET'", 'SECRET', yaml.strings));
  });
});

describe('.vouch.json ignore edit', () => {
  const apply = (text: string | undefined, fp: string) => {
    const r = addIgnoredFingerprint(text, fp);
    assert.ok('edit' in r);
    return applyOffsetEdits(text ?? '', [r.edit]);
  };
  it('creates the file, appends to ignore in the file\'s layout, or adds the key', () => {
    assert.deepStrictEqual(JSON.parse(apply(undefined, 'r:1')), { ignore: ['r:1'] });
    assert.strictEqual(apply('{\n  "ignore": [\n    "r:1"\n  ]\n}\n', 'r:2'), '{\n  "ignore": [\n    "r:1",\n    "r:2"\n  ]\n}\n');
    assert.strictEqual(apply('{ "ignore": [] }', 'r:2'), '{ "ignore": ["r:2"] }');
    assert.deepStrictEqual(JSON.parse(apply('{\n  "exclude": ["x/**"]\n}', 'r:2')), { ignore: ['r:2'], exclude: ['x/**'] });
    assert.deepStrictEqual(JSON.parse(apply('{}', 'r:2')), { ignore: ['r:2'] });
  });
  it('does nothing when the fingerprint is there already, or the file is not valid JSON', () => {
    assert.deepStrictEqual(addIgnoredFingerprint('{"ignore":["r:1"]}', 'r:1'), { already: true });
    assert.ok('invalid' in addIgnoredFingerprint('{"ignore": [', 'r:1'));
  });
});

describe('unified diff (vouch fix --dry-run)', () => {
  it('prints hunks with context, new files from /dev/null, and redacts every line', () => {
    const d = unifiedDiff('a/x', 'b/x', 'a\nb\nc\nSECRET\ne\n', 'a\nb\nc\nREF\ne\n', l => l.replace('SECRET', '***'));
    assert.strictEqual(d, '--- a/x\n+++ b/x\n@@ -1,5 +1,5 @@\n a\n b\n c\n-***\n+REF\n e\n');
    assert.strictEqual(unifiedDiff('a/.env', 'b/.env', undefined, 'A=1\n', l => l), '--- /dev/null\n+++ b/.env\n@@ -0,0 +1,1 @@\n+A=1\n');
    assert.strictEqual(unifiedDiff('a/y', 'b/y', 'X=1', 'X=1\nA=2\n', l => l), '--- a/y\n+++ b/y\n@@ -1,1 +1,2 @@\n-X=1\n\\ No newline at end of file\n+X=1\n+A=2\n');
  });
});
