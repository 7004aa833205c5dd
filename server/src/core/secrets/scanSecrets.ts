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

  scan(text: string, languageId = 'plaintext'): SecretMatch[] {
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
        if (rule.accept && !rule.accept(secret, lineAround(text, start, end), { languageId, groups: m.groups ?? {}, text, start, end })) continue;
        taken.add(key);
        out.push({ rule, start, end, secret, validation: rule.validate?.(secret) });
      }
    }
    return dropContained(out);
  }
}

/** The secret's line, clipped to a window around it so minified 1 MB lines do not make each match O(n). */
const LINE_WINDOW = 512;
/** How far `accept` sees around a secret on a very long line (minified code): keeps the scan linear. */
const LINE_CONTEXT = 2048;

function lineAround(text: string, start: number, end: number): string {
  const min = Math.max(0, start - LINE_CONTEXT), max = Math.min(text.length, end + LINE_CONTEXT);
  let ls = start, le = end;
  while (ls > min && text.charCodeAt(ls - 1) !== 10) ls--;
  while (le < max && text.charCodeAt(le) !== 10) le++;
  return text.slice(ls, le);
}

/** When a provider rule and the generic rule both match overlapping text, keep the provider's. */
function dropContained(matches: SecretMatch[]): SecretMatch[] {
  matches.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
  const kept: SecretMatch[] = [];
  let reach = -1; // the furthest end among kept matches: no overlap is possible when m starts past it
  for (const m of matches) {
    const overlap = m.start < reach ? findOverlap(kept, m) : undefined;
    reach = Math.max(reach, m.end);
    if (!overlap) { kept.push(m); continue; }
    if (isGeneric(overlap.rule) && !isGeneric(m.rule)) kept[kept.indexOf(overlap)] = m;
  }
  return kept;
}

/** The generic rules (`secret/generic`, `secret/generic-…`) yield to any provider rule. */
function isGeneric(rule: SecretRule): boolean {
  return rule.id === 'secret/generic' || rule.id.startsWith('secret/generic-');
}

/** Kept matches are sorted by start; scan back from the newest, which are the only ones that can still overlap. */
function findOverlap(kept: SecretMatch[], m: SecretMatch): SecretMatch | undefined {
  for (let i = kept.length - 1, looked = 0; i >= 0 && looked < 64; i--, looked++) {
    const k = kept[i];
    if (m.start < k.end && k.start < m.end) return k;
  }
  return kept.find(k => m.start < k.end && k.start < m.end);
}
