/**
 * A guard against catastrophic backtracking, not a speed target (the benchmark measures speed): every rule, alone,
 * must get through 1 MB adversarial inputs — its own keywords and alphabets in long runs, separators, near-misses
 * and a single 1 MB line — within a generous bound.
 */
import * as assert from 'assert';
import { SECRET_RULES } from '../../server/src/core/secrets/rules';
import { SecretScanner } from '../../server/src/core/secrets/scanSecrets';
import { SampleKit, ALPHABETS } from '../../server/src/core/secrets/sampleKit';
import { analyze } from '../../server/src/core/analyze';

const MB = 1024 * 1024;
const BOUND_MS = 2000;

function fill(unit: string, size = MB): string {
  return unit.repeat(Math.ceil(size / Math.max(1, unit.length))).slice(0, size);
}

function adversarialInputs(rule: (typeof SECRET_RULES)[number], kit: SampleKit): [string, string][] {
  const kw = rule.keywords[0];
  const samples = rule.samples(kit);
  const nearMiss = samples.secret[0].slice(0, -1);
  return [
    ['keyword repeated', fill(kw)],
    ['keyword then a 1 MB base62 run', kw + kit.base62(MB)],
    ['keyword and separators', fill(`${kw}=" `)],
    ['keyword, hex and dashes', fill(`${kw}-${kit.hex(7)}-`)],
    ['near-miss sample repeated on one line', fill(nearMiss + ' ')],
    ['sample secrets glued together', fill(samples.secret.join(''))],
    ['long run of one letter after the keyword', kw + fill('a')],
    ['base64 with padding and slashes', kw + ': ' + kit.random(ALPHABETS.base64 + '=.-_', MB)],
  ];
}

describe('every rule runs in linear time on 1 MB adversarial lines', function () {
  this.timeout(0);
  for (const rule of SECRET_RULES) {
    it(rule.id, () => {
      const kit = new SampleKit(1);
      const scanner = new SecretScanner([rule]);
      for (const [name, input] of adversarialInputs(rule, kit)) {
        // CPU time, not wall time: the guard is about backtracking, not about what else the machine is doing.
        const t = process.cpuUsage();
        scanner.scan(input);
        const used = process.cpuUsage(t);
        const ms = (used.user + used.system) / 1000;
        assert.ok(ms < BOUND_MS, `${rule.id} took ${ms.toFixed(0)} ms on "${name}"`);
      }
    });
  }

  it('the whole analysis (all rules, provenance) gets through a 1 MB minified line', () => {
    const kit = new SampleKit(2);
    const line = fill(`var a=${JSON.stringify(kit.base64(40))},token=b.c(d),password=e;// @ai-generated x `);
    const t = process.cpuUsage();
    analyze({ text: line, languageId: 'javascript' });
    const used = process.cpuUsage(t);
    assert.ok((used.user + used.system) / 1000 < BOUND_MS * 2);
  });
});
