import * as assert from 'assert';
import { SECRET_RULES } from '../../server/src/core/secrets/rules';
import { SecretScanner } from '../../server/src/core/secrets/scanSecrets';
import { SampleKit } from '../../server/src/core/secrets/sampleKit';

describe('secret rules prove themselves on their own samples', () => {
  const ids = new Set<string>();
  for (const rule of SECRET_RULES) {
    describe(rule.id, () => {
      const samples = rule.samples(new SampleKit(rule.id.length * 7919));
      // Each rule is checked in isolation, so a sample proves this rule and not a neighbour.
      const alone = new SecretScanner([rule]);

      it('has a unique id, a title, keywords and an env name', () => {
        assert.ok(!ids.has(rule.id), `duplicate id ${rule.id}`);
        ids.add(rule.id);
        assert.match(rule.id, /^secret\/[a-z0-9-]+$/);
        assert.ok(rule.title && rule.keywords.length > 0 && /^[A-Z][A-Z0-9_]*$/.test(rule.envName));
        assert.ok(rule.keywords.every(k => k === k.toLowerCase() && k.length >= 3), 'keywords are lower case, 3+ chars');
        assert.ok(samples.secret.length > 0 && samples.clean.length > 0, 'needs secret and clean samples');
      });

      samples.secret.forEach((text, i) => it(`finds secret sample #${i + 1}`, () => {
        assert.ok(alone.scan(text).length > 0, `missed secret sample #${i + 1} of ${rule.id}`);
      }));
      samples.clean.forEach((text, i) => it(`stays quiet on clean sample #${i + 1}`, () => {
        assert.strictEqual(alone.scan(text).length, 0, `flagged clean sample #${i + 1} of ${rule.id}`);
      }));
    });
  }
});
