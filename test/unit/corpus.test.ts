/**
 * Detection measured on the peer corpus (../shared/corpus: cases derived from the test suites of gitleaks,
 * secretlint and detect-secrets). Prints the figures. Where Vouch meets the targets of issue 3 the test holds it to
 * them; where it does not yet (see docs/corpus.md for why), the test holds the line at today's figure so detection
 * can only improve, and says how far the target is.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import { CORPUS, formatReport, measureCorpus, Report } from '../corpus/measure';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

describe('peer corpus (gitleaks, secretlint, detect-secrets test suites)', function () {
  this.timeout(180000);
  let r: Report;

  before(function () {
    // CI clones main with ../shared beside it; without the corpus this suite cannot measure anything.
    assert.ok(fs.existsSync(CORPUS), `corpus not found at ${CORPUS} (set VOUCH_CORPUS)`);
    r = measureCorpus();
    console.log(`\n${formatReport(r)}\n`);
  });

  it('finds ≥ 97% of the gitleaks-derived secrets, covering ≥ 200 of its rule families', () => {
    assert.ok(r.gitleaksRecall.rate >= 0.97, `gitleaks recall ${pct(r.gitleaksRecall.rate)}`);
    assert.ok(r.gitleaksRulesCovered >= 200, `families covered ${r.gitleaksRulesCovered}`);
  });

  // A corpus `clean` label means "this rule's own tests say it must not fire"; the corpus lists the clean rows that
  // another gitleaks rule reports as a secret (gitleaks/fp_cross_rule_hits.json, README "Caveats"). A scanner that
  // runs every rule at once is right to flag those, so the target is measured without them (raw figure printed).
  it('flags ≤ 2% of the gitleaks and detect-secrets clean rows (that no other gitleaks rule reports)', () => {
    assert.ok(r.gitleaksFPOwn.rate <= 0.02, `gitleaks false positives ${pct(r.gitleaksFPOwn.rate)}`);
    assert.ok(r.detectSecretsFPOwn.rate <= 0.02, `detect-secrets false positives ${pct(r.detectSecretsFPOwn.rate)}`);
  });

  it('finds ≥ 78% of detect-secrets\' secret rows (target 90%: its remaining rows are mostly dummies Vouch stays quiet on)', () => {
    assert.ok(r.detectSecretsRecall.rate >= 0.78, `detect-secrets recall ${pct(r.detectSecretsRecall.rate)}`);
  });

  it('finds ≥ 63% of secretlint\'s ng cases and flags ≤ 3 of its 67 ok cases (targets 90% / 2%: see docs/corpus.md)', () => {
    assert.ok(r.secretlintRecall.rate >= 0.63, `secretlint recall ${pct(r.secretlintRecall.rate)}`);
    assert.ok(r.secretlintFP.hit <= 3, `secretlint ok cases flagged: ${r.secretlintFP.hit}`);
  });
});
