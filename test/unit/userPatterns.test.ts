import * as assert from 'assert';
import { analyze } from '../../server/src/core/analyze';
import { ConfigError, parseVouchConfig, secretPolicy } from '../../server/src/core/config/vouchConfig';
import { SampleKit } from '../../server/src/core/secrets/sampleKit';

const kit = new SampleKit(9);
const scan = (config: string, text: string, path?: string) =>
  analyze({ text, languageId: 'plaintext', path }, { provenance: false, policy: secretPolicy(parseVouchConfig(config)) });

describe('.vouch.json allow, disable and patterns', () => {
  it('rejects patterns that can backtrack catastrophically, naming the pattern', () => {
    for (const bad of ['(a+)+b', '(x|xy)*z', '(\\\\w)\\\\1', '\\\\w*\\\\w*\\\\w*!', '[a-z]*[a-z]*x', '.*.*=.*']) {
      const json = `{"patterns": [{"name": "p", "pattern": "${bad}"}]}`;
      assert.throws(() => parseVouchConfig(json), (e: Error) => e instanceof ConfigError && /"?patterns"?\[0\]/.test(e.message) && /rejected/.test(e.message), bad);
    }
  });

  it('rejects malformed pattern entries with one-line messages', () => {
    assert.throws(() => parseVouchConfig('{"patterns": {}}'), /"patterns" must be an array/);
    assert.throws(() => parseVouchConfig('{"patterns": [{"pattern": "x"}]}'), /needs a "name"/);
    assert.throws(() => parseVouchConfig('{"patterns": [{"name": "n"}]}'), /needs "pattern" or "paths"/);
    assert.throws(() => parseVouchConfig('{"patterns": [{"name": "n", "pattern": "("}]}'), /invalid regular expression/);
    assert.throws(() => parseVouchConfig('{"patterns": [{"name": "n", "pattern": "x", "flags": "y"}]}'), /unsupported flags/);
    assert.throws(() => parseVouchConfig('{"allow": ["/(a+)+/"]}'), /allow\[0\]: rejected/);
  });

  it("reports a team pattern's secret group, masked, and honours its allow list", () => {
    const value = kit.lowerAlnum(32);
    const config = '{"patterns": [{"name": "Acme token", "pattern": "(?<secret>acme_[a-z0-9]{32})", "allow": ["/^acme_0{32}$/"]}]}';
    const found = scan(config, `see acme_${value}\nor acme_${'0'.repeat(32)}`);
    assert.deepStrictEqual(found.map(f => [f.code, f.range.start.line]), [['secret/user-acme-token', 0]]);
    assert.ok(!found[0].message.includes(value), 'message must not contain the secret');
    assert.strictEqual(found[0].data?.kind, 'secret');
  });

  it('a plain allow entry also matches a named group of a team pattern', () => {
    const config = '{"patterns": [{"name": "pw", "pattern": "password\\\\s*=\\\\s*(?<pw>[\\\\w-]{1,64})", "allow": ["foo-bar"]}]}';
    assert.strictEqual(scan(config, 'password = foo-bar').length, 0);
    assert.strictEqual(scan(config, `password = ${kit.base62(12)}`).length, 1, 'one finding: the built-in rule, not both');
  });

  it('limits a pattern to paths, with ! excludes, and reports a path-only pattern on the file', () => {
    const config = '{"patterns": [{"name": "config files", "paths": ["**/*.config", "!**/excluded/**"]}, {"name": "names", "pattern": "aws_secret_access_key", "flags": "i", "paths": ["**/*.env"]}]}';
    assert.deepStrictEqual(scan(config, 'x\n', 'a/input.config').map(f => f.code), ['secret/user-config-files']);
    assert.strictEqual(scan(config, 'x\n', 'excluded/input.config').length, 0);
    assert.strictEqual(scan(config, 'AWS_SECRET_ACCESS_KEY=', 'input.txt').length, 0);
    assert.strictEqual(scan(config, 'AWS_SECRET_ACCESS_KEY=', 'input.env').length, 1);
    assert.strictEqual(scan(config, 'x\n').length, 0, 'no path: path-limited patterns do not run');
  });

  it('allow and disable apply to the built-in rules', () => {
    const key = `wJalrXUtnFEMI/K7MDENG/${kit.base62(18)}`;
    const text = `AWS_SECRET_ACCESS_KEY = ${key}`;
    assert.ok(scan('{}', text).length > 0);
    assert.strictEqual(scan(JSON.stringify({ allow: [key] }), text).length, 0);
    const ids = [...new Set(scan('{}', text).map(f => f.code))];
    assert.strictEqual(scan(JSON.stringify({ disable: ids }), text).length, 0);
  });

  it('suppression comments and fingerprints cover team patterns too', () => {
    const config = '{"patterns": [{"name": "n", "pattern": "(?<secret>acme_[a-z0-9]{32})"}]}';
    const line = `acme_${kit.lowerAlnum(32)}`;
    assert.strictEqual(scan(config, `${line} // vouch:allow`).length, 0);
    const [f] = scan(config, line);
    const ignored = analyze({ text: line, languageId: 'plaintext' }, { provenance: false, policy: secretPolicy(parseVouchConfig(config)), ignoredFingerprints: new Set([f.fingerprint]) });
    assert.strictEqual(ignored.length, 0);
  });
});
