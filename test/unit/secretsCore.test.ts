import * as assert from 'assert';
import { analyze } from '../../server/src/core/analyze';
import { maskSecret } from '../../server/src/core/secrets/mask';
import { hasBase62Crc32Suffix } from '../../server/src/core/secrets/checksum';
import { awsAccountFromKeyId } from '../../server/src/core/secrets/rules/aws';
import { allowCommentEdit } from '../../server/src/core/fixes/allowComment';
import { LineIndex } from '../../server/src/core/text/lineIndex';
import { parseVouchConfig } from '../../server/src/core/config/vouchConfig';
import { fakeSecrets } from '../helpers/fakeSecrets';

describe('secret findings', () => {
  const fake = fakeSecrets(1234);

  it('a GitHub token with a valid checksum is an Error that says so; a bad checksum is a Warning', () => {
    const good = fake.githubToken();
    const bad = fake.badGithubToken();
    assert.ok(hasBase62Crc32Suffix(good.slice(4)));
    assert.ok(!hasBase62Crc32Suffix(bad.slice(4)));
    const [g] = analyze({ text: `t = "${good}"`, languageId: 'python' });
    assert.strictEqual(g.severity, 'error');
    assert.match(g.message, /^GitHub token ghp_…\w{4}: personal access token, checksum valid\./);
    const [b] = analyze({ text: `t = "${bad}"`, languageId: 'python' });
    assert.strictEqual(b.severity, 'warning');
    assert.match(b.message, /checksum fails — probably a placeholder\.$/);
  });

  it('never puts the secret into a message, and masks short values completely', () => {
    const token = fake.githubToken();
    for (const f of analyze({ text: `a = "${token}"\npassword = "${fake.password()}"`, languageId: 'python' })) {
      assert.ok(!f.message.includes(token.slice(4, 20)));
    }
    assert.strictEqual(maskSecret('hunter22'), '…');
    assert.strictEqual(maskSecret('xoxb-123'), 'xoxb-…');
  });

  it('decodes the AWS account from an access key id', () => {
    // Key id layout: base32 of the account id shifted left by 7 bits within the first 48 bits.
    const account = 123456789012n;
    const bits = (account << 7n) << 2n; // 48-bit field placed in the top of 50 bits
    let body = '';
    for (let i = 9; i >= 0; i--) body += 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'[Number((bits >> BigInt(i * 5)) & 31n)];
    assert.strictEqual(awsAccountFromKeyId('AKIA' + body + 'QQQQQQ'), '123456789012');
    assert.strictEqual(awsAccountFromKeyId('AKIA0000000000000000'), undefined);
  });

  it('stays quiet on placeholders and references a user would write', () => {
    const clean = [
      'password = os.environ["DB_PASSWORD"]', 'const token = process.env.GITHUB_TOKEN;', 'api_key: ${API_KEY}',
      'password: "{{ vault_password }}"', 'api_key = "<your-api-key>"', 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
      'token = "changeme"',
    ];
    for (const text of clean) assert.deepStrictEqual(analyze({ text, languageId: 'python' }), [], text);
  });

  it('the corpus experiment\'s placeholderHints keeps provider-shaped fillers as hints, and never references or generic values', () => {
    const filler = 'ghp_' + 'x'.repeat(36);
    const text = `token = "${filler}"\nother = "AKIA${'Z'.repeat(16)}"\nenv = "\${GITHUB_TOKEN}"\npassword = "changeme"\n`;
    assert.deepStrictEqual(analyze({ text, languageId: 'python' }), [], 'the product drops them');
    const hints = analyze({ text, languageId: 'python' }, { placeholderHints: true });
    assert.deepStrictEqual(hints.map(f => [f.code, f.severity, f.range.start.line]), [['secret/github-pat', 'hint', 0], ['secret/aws-access-key-id', 'hint', 1]]);
    for (const f of hints) assert.match(f.message, /looks like a placeholder\.$/);
  });

  it('stays quiet on code that only talks about secrets (file names, flags, regexes, interpolation)', () => {
    const clean: [string, string][] = [
      ["run(['fix', '--move-secrets', '--dry-run', '.']);", 'typescript'],
      ["const SECRETS_FILE = 'secrets.json';", 'typescript'],
      ["const tokenPattern = 'v1\\.[0-9a-f]{40}';", 'typescript'],
      ['const re = /(?<secret>[a-z0-9]{32})/;', 'typescript'],
      ['const line = `token = "${kit.hex(32)}"`;', 'typescript'],
      ["const VAGUE = new Set(['TOKEN', 'PASSWORD', 'CREDENTIALS', 'CREDENTIAL']);", 'typescript'],
      ['- Secrets: GitHub tokens are checked offline.', 'markdown'],
    ];
    for (const [text, languageId] of clean) assert.deepStrictEqual(analyze({ text, languageId }).map(f => f.code), [], text);
  });

  it('honours suppression comments of Vouch and of the tools people already use', () => {
    const token = fake.githubToken();
    for (const marker of ['# vouch:allow', '# gitleaks:allow', '# pragma: allowlist secret', '# secretlint-disable-line', '# trufflehog:ignore']) {
      assert.deepStrictEqual(analyze({ text: `t = "${token}"  ${marker}`, languageId: 'python' }), [], marker);
    }
    assert.deepStrictEqual(analyze({ text: `# secretlint-disable-next-line\nt = "${token}"`, languageId: 'python' }), []);
    assert.strictEqual(analyze({ text: `# vouch:allow\nt = "${token}"`, languageId: 'python' }).length, 1, 'same-line marker does not reach the next line');
  });

  it('the vouch:allow fix uses the line\'s comment syntax and edits only the end of the line', () => {
    const edit = (text: string, lang: string) => allowCommentEdit(new LineIndex(text), 0, lang);
    assert.deepStrictEqual(edit('x = 1', 'python'), { range: { start: { line: 0, character: 5 }, end: { line: 0, character: 5 } }, newText: ' # vouch:allow' });
    assert.strictEqual(edit('x = 1; // note', 'typescript')?.newText, ' vouch:allow');
    assert.strictEqual(edit('url = "http://x"', 'typescript')?.newText, ' // vouch:allow');
    assert.strictEqual(edit('<a/>', 'html')?.newText, ' <!-- vouch:allow -->');
    assert.strictEqual(edit('{"a": 1}', 'json'), undefined);
  });
});

describe('.vouch.json', () => {
  it('parses ignore and exclude lists', () => {
    const config = parseVouchConfig('{"ignore": ["a"], "exclude": ["b/**"]}');
    assert.deepStrictEqual([config.ignore, config.exclude], [['a'], ['b/**']]);
  });
  it('reports errors in one line with the line and column, never quoting the content', () => {
    assert.throws(() => parseVouchConfig('{\n  "ignore": ["s3cr3t",]\n}', 'ws/.vouch.json'), (e: Error) =>
      e.message === 'ws/.vouch.json:2:23: invalid JSON (trailing comma before ])');
    assert.throws(() => parseVouchConfig('{"ignore": "x"}'), /"ignore" must be an array of strings/);
    assert.throws(() => parseVouchConfig('[]'), /expected a JSON object/);
    assert.throws(() => parseVouchConfig('{} // c'), /:1:4: invalid JSON \(comments are not allowed\)/);
  });
});
