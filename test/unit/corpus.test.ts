/**
 * Detection measured on the peer corpus (../shared/corpus: cases derived from the test suites of gitleaks,
 * secretlint and detect-secrets). Fails below the targets of issue 3 and prints the figures.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import { CORPUS, formatReport, measureCorpus } from '../corpus/measure';

describe('peer corpus (gitleaks, secretlint, detect-secrets test suites)', function () {
  this.timeout(120000);

  before(function () {
    // CI clones main with ../shared beside it; without the corpus this suite cannot measure anything.
    assert.ok(fs.existsSync(CORPUS), `corpus not found at ${CORPUS} (set VOUCH_CORPUS)`);
  });

  it('meets the recall and false-positive targets on every part', () => {
    const r = measureCorpus();
    console.log(`\n${formatReport(r)}\n`);
    const failures: string[] = [];
    const atLeast = (name: string, rate: number, min: number) => { if (rate < min) failures.push(`${name} ${(rate * 100).toFixed(1)}% < ${min * 100}%`); };
    const atMost = (name: string, rate: number, max: number) => { if (rate > max) failures.push(`${name} ${(rate * 100).toFixed(1)}% > ${max * 100}%`); };
    atLeast('gitleaks recall', r.gitleaksRecall.rate, 0.97);
    if (r.gitleaksRulesCovered < 200) failures.push(`gitleaks rule families covered ${r.gitleaksRulesCovered} < 200`);
    atLeast('detect-secrets recall', r.detectSecretsRecall.rate, 0.90);
    atLeast('secretlint ng recall', r.secretlintRecall.rate, 0.90);
    // A corpus `clean` label means "this rule's own tests say it must not fire"; the corpus lists the clean rows that
    // another gitleaks rule reports as a secret (gitleaks/fp_cross_rule_hits.json, README "Caveats"). A scanner
    // that runs every rule at once is right to flag those, so the false-positive target is measured without them;
    // the raw figure is printed alongside.
    atMost('gitleaks false positives', r.gitleaksFPOwn.rate, 0.02);
    atMost('detect-secrets false positives', r.detectSecretsFPOwn.rate, 0.02);
    atMost('secretlint ok false positives', r.secretlintFP.rate, 0.02);
    assert.deepStrictEqual(failures, []);
  });
});
