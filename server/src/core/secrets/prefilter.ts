/**
 * The keyword prefilter: one pass over the text finds which rules can possibly match (DESIGN §2), so adding
 * rules costs almost nothing on text that does not mention them. The pass is an Aho–Corasick automaton over every
 * rule's keywords (text/keywordMatcher.ts): one table lookup per character however many keywords there are.
 *
 * The same pass records where each rule's anchors occur (its keywords, unless it lists `anchors`), so the scanner can
 * run a rule's expression only around those places instead of over the whole text (scanSecrets.ts).
 */
import type { SecretRule } from './rule';
import { KeywordMatcher } from '../text/keywordMatcher';

/** A candidate rule and where its anchors occur: `hits` holds [start, end) pairs, or is undefined for a whole-text rule. */
export interface Candidate {
  rule: SecretRule;
  index: number;
  hits?: number[];
}

export class Prefilter {
  private readonly matcher: KeywordMatcher;
  /** keyword id → indexes (in `rules`) of the rules it gates: those that list it, or a keyword it contains. */
  private readonly gates: number[][] = [];
  /** keyword id → indexes of the rules it anchors (an anchor of the rule lies inside the keyword). */
  private readonly anchors: number[][] = [];
  private readonly lengths: number[] = [];

  /** `windowed(i)`: whether rule i runs in windows around its anchors (else it needs no positions). */
  constructor(readonly rules: readonly SecretRule[], windowed: (index: number) => boolean = () => false) {
    const keywords = new Set<string>();
    for (const r of rules) for (const k of r.keywords) keywords.add(k.toLowerCase());
    rules.forEach((r, i) => { if (windowed(i)) for (const k of r.anchors ?? r.keywords) keywords.add(k.toLowerCase()); });
    const sorted = [...keywords].filter(k => k.length > 0).sort((a, b) => b.length - a.length);
    for (const k of sorted) {
      // A match of a longer keyword implies every keyword inside it occurs too.
      const gates: number[] = [], anchors: number[] = [];
      rules.forEach((r, i) => {
        if (r.keywords.some(rk => rk.length > 0 && k.includes(rk.toLowerCase()))) gates.push(i);
        if (windowed(i) && (r.anchors ?? r.keywords).some(a => a.length > 0 && k.includes(a.toLowerCase()))) anchors.push(i);
      });
      this.gates.push(gates);
      this.anchors.push(anchors);
      this.lengths.push(k.length);
    }
    this.matcher = new KeywordMatcher(sorted);
  }

  /** Rules whose keywords occur in `text`, in registry order. */
  candidates(text: string): SecretRule[] {
    return this.select(text).map(c => c.rule);
  }

  /** Rules whose keywords occur in `text`, in registry order, with the positions of their anchors when windowed. */
  select(text: string): Candidate[] {
    const n = this.rules.length;
    const gated = new Uint8Array(n);
    const hits: (number[] | undefined)[] = new Array(n);
    const { gates, anchors, lengths } = this;
    this.matcher.forEach(text, (ids, end) => {
      for (let j = 0; j < ids.length; j++) {
        const id = ids[j];
        const g = gates[id];
        for (let k = 0; k < g.length; k++) gated[g[k]] = 1;
        const a = anchors[id];
        if (a.length === 0) continue;
        const start = end - lengths[id];
        for (let k = 0; k < a.length; k++) {
          const list = hits[a[k]] ??= [];
          list.push(start, end);
        }
      }
    });
    const out: Candidate[] = [];
    for (let i = 0; i < n; i++) if (gated[i] === 1) out.push({ rule: this.rules[i], index: i, hits: hits[i] ?? [] });
    return out;
  }
}
