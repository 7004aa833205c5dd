/** Runs the secret pipeline: prefilter → candidate rules → entropy → placeholder filters → offline validation. */
import type { SecretRule, Validation } from './rule';
import { Prefilter } from './prefilter';
import { shannonEntropy } from './entropy';
import { isReference, looksLikePlaceholder } from './placeholders';
import { regexReach } from './regexReach';

export interface SecretMatch {
  rule: SecretRule;
  /** Offsets of the secret itself in the text. */
  start: number;
  end: number;
  secret: string;
  validation?: Validation;
  /** Set only with `placeholderHints`: this provider-shaped value is a stand-in (filler, dummy, too little variety). */
  placeholder?: true;
}

interface CompiledRule {
  rule: SecretRule;
  /** The rule's expression with `g` (no `d`: match indices are slow to compute in V8). */
  regex: RegExp;
  /** With `y` and `d`, run only at a match's start to find where its `secret` group sits (when not the whole match). */
  located: RegExp;
  /** Longest match, and how far lookarounds reach beyond it; Infinity when the rule runs over the whole text. */
  maxLength: number;
  reach: number;
  /** No match can contain a line feed: a window's slice then ends at the line's end. */
  oneLine: boolean;
  /** `anchorRun` as a table (code unit → 1 when in the class) and the expression with `y`. */
  run?: Uint8Array;
  sticky: RegExp;
}

/** Windows covering more than this share of the text are replaced by one whole-text run (same result, fewer calls). */
const WHOLE_TEXT_SHARE = 0.5;
/** Windows closer than this are merged (fewer regex calls; covering more text never changes the result). */
const MERGE_GAP = 256;

/**
 * Rules run only where their matches can be. A rule's anchors (`anchors`, else its keywords) are such that every
 * match, with what its lookarounds inspect, contains one; the expression's longest match L and lookaround reach C
 * are computed from its source (regexReach.ts). So a match containing an anchor found at [s, e) starts in
 * [e − L − C, s + C], no match starts outside those windows, and running the expression from window to window, on
 * a slice that gives it C characters of context either side, yields exactly the matches of a whole-text run, in
 * the same order. Rules marked `wholeText` (their keywords gate the rule but need not be in the match) and
 * expressions with an unbounded repeat run over the whole text as before.
 */
export class SecretScanner {
  private readonly prefilter: Prefilter;
  private readonly compiled: CompiledRule[];
  /** Whole-text runs for every rule (tests compare both modes). */
  windows = true;

  constructor(readonly rules: readonly SecretRule[]) {
    this.compiled = rules.map(rule => {
      const flags = new Set(rule.pattern.flags.split(''));
      flags.delete('y'); flags.delete('d'); flags.delete('g');
      const base = [...flags].join('');
      const { maxLength, maxLookaround, crossesLines } = rule.wholeText ? { maxLength: Infinity, maxLookaround: Infinity, crossesLines: true } : regexReach(rule.pattern);
      return {
        rule,
        regex: new RegExp(rule.pattern.source, base + 'g'),
        located: new RegExp(rule.pattern.source, base + 'yd'),
        maxLength,
        reach: maxLookaround,
        oneLine: !crossesLines,
        run: rule.anchorRun !== undefined && rule.anchorWithin !== undefined ? classTable(rule.anchorRun, base) : undefined,
        sticky: new RegExp(rule.pattern.source, base + 'y'),
      };
    });
    this.prefilter = new Prefilter(rules, i => Number.isFinite(this.compiled[i].maxLength + this.compiled[i].reach));
  }

  /**
   * `placeholderHints`: keep what a provider rule matched but the placeholder filters would drop (`ghp_xxxx…`,
   * `AKIAZZZZ…`), marked `placeholder`. Off in the product; the corpus script's experiment that shows the corpus parts
   * label such values oppositely (docs/corpus.md). Generic rules and references (`${X}`) are dropped either way.
   */
  scan(text: string, languageId = 'plaintext', opts: { placeholderHints?: boolean } = {}): SecretMatch[] {
    const out: SecretMatch[] = [];
    const taken = new Set<string>();
    for (const candidate of this.prefilter.select(text)) {
      const c = this.compiled[candidate.index];
      const { rule } = c;
      const onMatch = (subject: string, offset: number, m: RegExpExecArray) => {
        const secret = m.groups?.secret;
        if (secret === undefined || (rule.precheck && !rule.precheck(m.groups!, languageId))) return;
        let start: number;
        if (secret.length === m[0].length) start = offset + m.index;
        else {
          c.located.lastIndex = m.index;
          const idx = c.located.exec(subject)?.indices?.groups?.secret;
          if (!idx) return;
          start = offset + idx[0];
        }
        const end = start + secret.length;
        const key = `${start}:${end}`;
        if (taken.has(key)) return; // a more specific rule (earlier in the registry) already owns it
        const placeholder = (rule.minEntropy !== undefined && shannonEntropy(secret) < rule.minEntropy) || looksLikePlaceholder(secret);
        if (placeholder && (!opts.placeholderHints || rule.id.startsWith('secret/generic') || isReference(secret))) return;
        if (!placeholder && rule.accept && !rule.accept(secret, lineAround(text, start, end), { languageId, groups: m.groups ?? {}, text, start, end })) return;
        taken.add(key);
        out.push({ rule, start, end, secret, validation: rule.validate?.(secret), ...(placeholder ? { placeholder } : {}) });
      };
      if (this.windows && c.run) { runAtStarts(c, text, candidate.hits ?? [], onMatch); continue; }
      const windows = this.windows && Number.isFinite(c.maxLength + c.reach) ? this.windowsOf(c, candidate.hits ?? [], text.length) : undefined;
      if (windows === undefined) runWhole(c.regex, text, onMatch);
      else runWindows(c, text, windows, onMatch);
    }
    return dropContained(out);
  }

  /** Merged [start, end) windows of possible match starts, or undefined when they cover most of the text. */
  private windowsOf(c: CompiledRule, hits: number[], n: number): number[] | undefined {
    if (hits.length === 0) return [];
    // A match containing the anchor at [s, e) starts in [e − L − C, s + C], or in [s − anchorWithin, s].
    const within = c.rule.anchorWithin;
    const back = within ?? c.maxLength + c.reach, after = c.reach + 1;
    const fromEnd = within === undefined ? 1 : 0;
    // Hits arrive sorted by end, so window starts are sorted but for the length of a keyword (well under MERGE_GAP).
    const out: number[] = [];
    let covered = 0;
    let ws = -1, we = -1;
    for (let i = 0; i < hits.length; i += 2) {
      const s = Math.max(0, hits[i + fromEnd] - back), e = Math.min(n, hits[i] + after);
      if (ws >= 0 && s <= we + MERGE_GAP) { if (s < ws) ws = s; if (e > we) we = e; continue; }
      if (ws >= 0) { out.push(ws, we); covered += we - ws; }
      ws = s; we = e;
    }
    out.push(ws, we); covered += we - ws;
    return covered > n * WHOLE_TEXT_SHARE ? undefined : out;
  }
}

type OnMatch = (subject: string, offset: number, m: RegExpExecArray) => void;

function runWhole(regex: RegExp, text: string, onMatch: OnMatch): void {
  regex.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = regex.exec(text))) {
    if (m[0].length === 0) { regex.lastIndex++; continue; }
    onMatch(text, 0, m);
  }
}

function classTable(cls: string, flags: string): Uint8Array {
  const re = new RegExp(`^${cls}$`, flags);
  const table = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) if (re.test(String.fromCharCode(c))) table[c] = 1;
  return table;
}

/** `anchorRun` rules: the only possible starts are the starts of the runs holding an anchor; try the expression there. */
function runAtStarts(c: CompiledRule, text: string, hits: number[], onMatch: OnMatch): void {
  const run = c.run!, within = c.rule.anchorWithin!;
  const starts: number[] = [];
  let last = -1;
  for (let i = 0; i < hits.length; i += 2) {
    const f = hits[i];
    let p = f;
    while (p > 0 && f - p <= within && run[text.charCodeAt(p - 1)] === 1) p--;
    if (f - p > within) continue; // the run starts too far back: no match holds this anchor
    if (p !== last) { starts.push(p); last = p; }
  }
  if (starts.length > 1) starts.sort((a, b) => a - b);
  const { sticky } = c;
  let next = 0;
  for (let i = 0; i < starts.length; i++) {
    const p = starts[i];
    if (p < next) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (!m) continue;
    if (m[0].length === 0) { next = p + 1; continue; }
    next = p + m[0].length;
    onMatch(text, 0, m);
  }
}

/** Runs the expression from window to window as one whole-text run would (see SecretScanner). */
function runWindows(c: CompiledRule, text: string, windows: number[], onMatch: OnMatch): void {
  const { regex } = c;
  const n = text.length;
  const context = c.reach + 2;
  let next = 0; // where a whole-text run would search from
  for (let w = 0; w < windows.length; w += 2) {
    const ws = Math.max(windows[w], next), we = windows[w + 1];
    if (ws >= we) continue;
    // A match starting before `we` ends by we + L, and, when it cannot hold a line feed, by the next one.
    let tail = Math.min(n, we + c.maxLength);
    if (c.oneLine) for (let i = we; i < tail; i++) if (text.charCodeAt(i) === 10) { tail = i; break; }
    const from = Math.max(0, ws - context), to = Math.min(n, tail + context);
    const subject = from === 0 && to === n ? text : text.slice(from, to);
    regex.lastIndex = ws - from;
    let m: RegExpExecArray | null;
    while ((m = regex.exec(subject))) {
      if (m.index + from >= we) break; // starts in a later window, which will find it with its full context
      if (m[0].length === 0) { regex.lastIndex++; next = m.index + from + 1; if (next >= we) break; continue; }
      next = m.index + from + m[0].length;
      onMatch(subject, from, m);
      if (next >= we) break;
    }
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
