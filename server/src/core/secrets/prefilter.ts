/**
 * The keyword prefilter: one pass over the text finds which rules can possibly match (DESIGN §2), so adding
 * rules costs almost nothing on text that does not mention them. The pass is an Aho–Corasick automaton over every
 * rule's keywords (text/keywordMatcher.ts): one table lookup per character however many keywords there are.
 */
import type { SecretRule } from './rule';
import { KeywordMatcher } from '../text/keywordMatcher';

export class Prefilter {
  private readonly matcher: KeywordMatcher;
  /** keyword id → indexes (in `rules`) of the rules that list it, plus rules of keywords it contains. */
  private readonly rulesByKeyword: number[][] = [];

  constructor(readonly rules: readonly SecretRule[]) {
    const keywords = new Set<string>();
    for (const r of rules) for (const k of r.keywords) keywords.add(k.toLowerCase());
    const sorted = [...keywords].filter(k => k.length > 0).sort((a, b) => b.length - a.length);
    for (const k of sorted) {
      // A match of a longer keyword implies every keyword inside it occurs too.
      const owners: number[] = [];
      rules.forEach((r, i) => { if (r.keywords.some(rk => k.includes(rk.toLowerCase()))) owners.push(i); });
      this.rulesByKeyword.push(owners);
    }
    this.matcher = new KeywordMatcher(sorted);
  }

  /** Rules whose keywords occur in `text`, in registry order. */
  candidates(text: string): SecretRule[] {
    const hit = new Uint8Array(this.rules.length);
    let hits = 0;
    this.matcher.distinct(text, id => {
      for (const r of this.rulesByKeyword[id]) if (hit[r] === 0) { hit[r] = 1; hits++; }
      return hits === this.rules.length;
    });
    return this.rules.filter((_, i) => hit[i] === 1);
  }
}
