/**
 * The scanner runs most rules only in windows around their anchors (scanSecrets.ts). That must never change what
 * is found: on every rule's samples, glued and spread over long lines and many lines, the windowed scan equals a
 * whole-text run. And the anchor property the windows rest on holds for every sample match.
 */
import * as assert from 'assert';
import { SECRET_RULES } from '../../server/src/core/secrets/rules';
import { SecretScanner } from '../../server/src/core/secrets/scanSecrets';
import { SampleKit } from '../../server/src/core/secrets/sampleKit';
import { regexReach } from '../../server/src/core/secrets/regexReach';

function findings(scanner: SecretScanner, text: string): string[] {
  return scanner.scan(text, 'plaintext').map(m => `${m.rule.id} ${m.start} ${m.end}`);
}

describe('keyword-windowed rule execution', () => {
  const kit = new SampleKit(7);
  const samples = SECRET_RULES.flatMap(r => { const s = r.samples(kit); return [...s.secret, ...s.clean]; });
  const texts = [
    samples.join('\n'),
    samples.join(' '),
    samples.join('\n\n' + 'x'.repeat(900) + '\n'),
    samples.map(s => `key = "${kit.base62(20)}" ${s}`).join('\n'),
  ];

  it('finds exactly what a whole-text run finds', () => {
    const windowed = new SecretScanner(SECRET_RULES);
    const whole = new SecretScanner(SECRET_RULES);
    whole.windows = false;
    for (const text of texts) assert.deepStrictEqual(findings(windowed, text), findings(whole, text));
  });

  it('every sample match holds an anchor within the computed reach', () => {
    for (const r of SECRET_RULES) {
      if (r.wholeText) continue;
      const { maxLength, maxLookaround } = regexReach(r.pattern);
      if (!Number.isFinite(maxLength + maxLookaround)) continue;
      const anchors = (r.anchors ?? r.keywords).map(k => k.toLowerCase());
      const re = new RegExp(r.pattern.source, r.pattern.flags.replace(/[gyd]/g, '') + 'g');
      for (const text of texts) {
        for (const m of text.matchAll(re)) {
          assert.ok(m[0].length <= maxLength, `${r.id}: a match longer than its computed bound`);
          const at = m.index!;
          const span = r.anchorWithin !== undefined
            ? text.slice(at, at + r.anchorWithin + 40).toLowerCase()
            : text.slice(Math.max(0, at - maxLookaround), at + m[0].length + maxLookaround).toLowerCase();
          assert.ok(anchors.some(a => { const i = span.indexOf(a); return i >= 0 && (r.anchorWithin === undefined || i <= r.anchorWithin); }), `${r.id}: a match without an anchor`);
        }
      }
    }
  });

  it('computes bounds from the expression', () => {
    assert.deepStrictEqual(regexReach(/(?<![a-z])ab{2,5}(?=c)/), { maxLength: 6, maxLookaround: 1, crossesLines: false });
    assert.strictEqual(regexReach(/a+/).maxLength, Infinity);
    assert.strictEqual(regexReach(/a\s{0,3}b/).crossesLines, true);
    assert.strictEqual(regexReach(/(?<q>["'])x\k<q>/).maxLength, 3);
  });
});
