/** Runs the secret pipeline: prefilter → candidate rules → entropy → placeholder filters → offline validation. */
import type { SecretRule, Validation } from './rule';
import { Prefilter } from './prefilter';
import { shannonEntropy } from './entropy';
import { looksLikePlaceholder } from './placeholders';

export interface SecretMatch {
  rule: SecretRule;
  /** Offsets of the secret itself in the text. */
  start: number;
  end: number;
  secret: string;
  validation?: Validation;
}

interface CompiledRule { rule: SecretRule; regex: RegExp }

export class SecretScanner {
  private readonly prefilter: Prefilter;
  private readonly compiled = new Map<SecretRule, CompiledRule>();

  constructor(readonly rules: readonly SecretRule[]) {
    this.prefilter = new Prefilter(rules);
    for (const rule of rules) {
      const flags = new Set((rule.pattern.flags + 'gd').split(''));
      flags.delete('y');
      this.compiled.set(rule, { rule, regex: new RegExp(rule.pattern.source, [...flags].join('')) });
    }
  }

  scan(text: string): SecretMatch[] {
    const out: SecretMatch[] = [];
    const taken = new Set<string>();
    for (const rule of this.prefilter.candidates(text)) {
      const { regex } = this.compiled.get(rule)!;
      regex.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = regex.exec(text))) {
        if (m[0].length === 0) { regex.lastIndex++; continue; }
        const idx = m.indices?.groups?.secret;
        const secret = m.groups?.secret;
        if (!idx || secret === undefined) continue;
        const [start, end] = idx;
        const key = `${start}:${end}`;
        if (taken.has(key)) continue; // a more specific rule (earlier in the registry) already owns it
        if (rule.minEntropy !== undefined && shannonEntropy(secret) < rule.minEntropy) continue;
        if (looksLikePlaceholder(secret)) continue;
        if (rule.accept && !rule.accept(secret, lineAround(text, start, end))) continue;
        taken.add(key);
        out.push({ rule, start, end, secret, validation: rule.validate?.(secret) });
      }
    }
    return dropContained(out);
  }
}

function lineAround(text: string, start: number, end: number): string {
  const ls = text.lastIndexOf('\n', start - 1) + 1;
  let le = text.indexOf('\n', end);
  if (le < 0) le = text.length;
  return text.slice(ls, le);
}

/** When a provider rule and the generic rule both match overlapping text, keep the provider's. */
function dropContained(matches: SecretMatch[]): SecretMatch[] {
  matches.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
  const kept: SecretMatch[] = [];
  for (const m of matches) {
    const overlap = kept.find(k => m.start < k.end && k.start < m.end);
    if (!overlap) { kept.push(m); continue; }
    if (overlap.rule.id === 'secret/generic' && m.rule.id !== 'secret/generic') kept[kept.indexOf(overlap)] = m;
  }
  return kept;
}
