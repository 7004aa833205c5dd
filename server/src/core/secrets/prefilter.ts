/**
 * The keyword prefilter: one pass over the text finds which rules can possibly match (DESIGN §2), so adding
 * rules costs almost nothing on text that does not mention them.
 */
import type { SecretRule } from './rule';

export class Prefilter {
  private readonly combined: RegExp;
  /** keyword (lower case) → rules that list it, plus rules of keywords it contains. */
  private readonly rulesByKeyword = new Map<string, SecretRule[]>();

  constructor(readonly rules: readonly SecretRule[]) {
    const keywords = new Set<string>();
    for (const r of rules) for (const k of r.keywords) keywords.add(k.toLowerCase());
    const sorted = [...keywords].sort((a, b) => b.length - a.length);
    for (const k of sorted) {
      // A match of a longer keyword implies every keyword inside it occurs too.
      const owners = new Set<SecretRule>();
      for (const r of rules) if (r.keywords.some(rk => k.includes(rk.toLowerCase()))) owners.add(r);
      this.rulesByKeyword.set(k, [...owners]);
    }
    const escaped = sorted.map(k => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    this.combined = new RegExp(escaped.join('|') || '(?!)', 'gi');
  }

  /** Rules whose keywords occur in `text`, in registry order. */
  candidates(text: string): SecretRule[] {
    const hit = new Set<SecretRule>();
    const seen = new Set<string>();
    this.combined.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = this.combined.exec(text))) {
      const k = m[0].toLowerCase();
      if (seen.has(k)) continue;
      seen.add(k);
      for (const r of this.rulesByKeyword.get(k) ?? []) hit.add(r);
      if (hit.size === this.rules.length) break;
    }
    return this.rules.filter(r => hit.has(r));
  }
}
