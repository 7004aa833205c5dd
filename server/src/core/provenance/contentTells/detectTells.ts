/**
 * Signal A: finds content tells line by line, gives each the block it belongs to, and keeps the blocks with a
 * strong tell or two weak ones. Prose documents are not read at all: a README quoting a chat answer is not code.
 */
import type { LineIndex } from '../../text/lineIndex';
import { commentSyntax } from '../../text/languages';
import { LineStart, lineStarts } from '../../text/literalLines';
import { LineShape, LineSpan } from '../lineBlocks';
import type { Evidence, TellHit } from '../signals';
import type { ContentTell } from './tell';
import { CONTENT_TELLS } from './index';
import { KeywordMatcher } from '../../text/keywordMatcher';
import { requiredLiterals } from '../../text/requiredLiterals';

/** Documents where prose, fences and "existing code" are the content, not evidence. */
export const PROSE_LANGUAGES = new Set([
  'markdown', 'mdx', 'plaintext', 'restructuredtext', 'asciidoc', 'latex', 'tex', 'bibtex', 'git-commit', 'git-rebase',
  'scminput', 'log', 'csv', 'tsv',
]);
/** Markup where bare text lines are legitimate content: only comment tells apply. */
const MARKUP = new Set(['html', 'xml', 'svg']);
const JSX = new Set(['javascriptreact', 'typescriptreact']);

export interface RawTellHit { tell: ContentTell; line: number }

export function findTellHits(lines: LineIndex, languageId: string, tells: readonly ContentTell[] = CONTENT_TELLS): RawTellHit[] {
  if (PROSE_LANGUAGES.has(languageId)) return [];
  const openers = commentOpeners(languageId);
  // Lines no tell can fire on, whatever the string/comment state, are dropped before that state is computed.
  const candidates = candidateLines(lines, tells)?.filter(line => mightFire(lines.lineText(line), openers, tells));
  if (candidates?.length === 0) return [];
  const starts = lineStarts(lines, languageId, candidates ? candidates[candidates.length - 1] : undefined);
  const hits: RawTellHit[] = [];
  for (let k = 0, count = candidates ? candidates.length : lines.lineCount; k < count; k++) {
    const line = candidates ? candidates[k] : k;
    if (starts[line] === 'string') continue;
    const raw = lines.lineText(line);
    if (raw.length > 2000) continue;
    const body = commentBody(raw, starts[line], openers);
    const isComment = body !== undefined;
    const text = body ?? raw.trim();
    if (!text) continue;
    for (const tell of tells) {
      if (tell.where === 'code' && (isComment || MARKUP.has(languageId))) continue;
      if (tell.where === 'comment' && !isComment) continue;
      const m = tell.pattern.exec(text);
      if (!m) continue;
      if (!isComment && !tell.inStrings && insideQuotes(text, m.index)) continue;
      hits.push({ tell, line });
    }
  }
  return hits;
}

/**
 * The gate: a tell only fires on a line that contains one of the literals its expression requires
 * (text/requiredLiterals.ts), so one keyword pass over the text finds the few lines worth reading, and a file without
 * any of them costs no per-line work at all. undefined: some tell has no provable literals, read every line.
 */
const gates = new WeakMap<readonly ContentTell[], KeywordMatcher | null>();

function gateFor(tells: readonly ContentTell[]): KeywordMatcher | null {
  let gate = gates.get(tells);
  if (gate === undefined) {
    const literals = new Set<string>();
    for (const t of tells) {
      const req = requiredLiterals(t.pattern);
      if (!req) { gate = null; break; }
      for (const l of req) literals.add(l);
    }
    if (gate === undefined) gate = new KeywordMatcher([...literals]);
    gates.set(tells, gate);
  }
  return gate;
}

/** Lines (ascending) holding a literal some tell requires; undefined when every line must be read. */
function candidateLines(lines: LineIndex, tells: readonly ContentTell[]): number[] | undefined {
  const gate = gateFor(tells);
  if (!gate) return undefined;
  const out: number[] = [];
  let nextLineStart = -1; // offsets below this are on the last line recorded
  gate.forEach(lines.text, (ids, end) => {
    let minLength = Infinity;
    for (const id of ids) minLength = Math.min(minLength, gate.keywords[id].length);
    const start = end - minLength; // the shortest literal ending here: the line it starts on is a candidate
    if (start < nextLineStart) return;
    const first = lines.positionAt(start).line, last = lines.positionAt(end - 1).line;
    for (let l = first; l <= last; l++) if (out.length === 0 || out[out.length - 1] < l) out.push(l);
    nextLineStart = last + 1 < lines.lineCount ? lines.lineStart(last + 1) : Infinity;
  });
  return out;
}

/** Content evidence: one per block that qualifies (a strong tell, or two different weak tells). */
export function contentEvidence(lines: LineIndex, languageId: string, tells: readonly ContentTell[] = CONTENT_TELLS): Evidence[] {
  const hits = findTellHits(lines, languageId, tells);
  if (hits.length === 0) return [];
  const shape = new LineShape(lines);
  const fences = pairFences(hits);
  const regions: { span: LineSpan; hit: RawTellHit }[] = [];
  for (const hit of hits) {
    const span = regionOf(hit, shape, fences);
    if (span) regions.push({ span: closeFences(trim(span, shape), fences), hit });
  }
  // Group the hits whose regions overlap: a preamble, its fence and an elision inside it are one block.
  regions.sort((a, b) => a.span.start - b.span.start);
  const groups: { span: LineSpan; hits: RawTellHit[] }[] = [];
  for (const r of regions) {
    const last = groups[groups.length - 1];
    if (last && r.span.start <= last.span.end) {
      last.span.end = Math.max(last.span.end, r.span.end);
      last.hits.push(r.hit);
    } else groups.push({ span: { ...r.span }, hits: [r.hit] });
  }
  const out: Evidence[] = [];
  for (const g of groups) {
    const strong = g.hits.some(h => h.tell.strength === 'strong');
    // Two different weak tells: the same hedge repeated down a doc comment is one piece of evidence.
    const weakTells = new Set(g.hits.filter(h => h.tell.strength === 'weak').map(h => h.tell.id));
    if (!strong && weakTells.size < 2) continue;
    const tellHits: TellHit[] = g.hits
      .sort((a, b) => a.line - b.line)
      .map(h => ({ id: h.tell.id, title: h.tell.title, strength: h.tell.strength, line: h.line }));
    out.push({ start: g.span.start, end: g.span.end, signal: { kind: 'content', tells: tellHits } });
  }
  return out;
}

interface Fences { byOpen: Map<number, number>; byClose: Map<number, number> }

function pairFences(hits: readonly RawTellHit[]): Fences {
  const lines = hits.filter(h => h.tell.extent === 'fence-pair').map(h => h.line);
  const byOpen = new Map<number, number>();
  const byClose = new Map<number, number>();
  for (let i = 0; i + 1 < lines.length; i += 2) { byOpen.set(lines[i], lines[i + 1]); byClose.set(lines[i + 1], lines[i]); }
  if (lines.length % 2 === 1) byOpen.set(lines[lines.length - 1], -1);
  return { byOpen, byClose };
}

function regionOf(hit: RawTellHit, shape: LineShape, fences: Fences): LineSpan | undefined {
  const { line } = hit;
  switch (hit.tell.extent) {
    case 'fence-pair': {
      if (fences.byClose.has(line)) return undefined; // the opening fence speaks for the pair
      const close = fences.byOpen.get(line) ?? -1;
      // An unclosed fence: what follows it up to the next blank line.
      return { start: line, end: close >= 0 ? close : shape.paragraph(line).end };
    }
    case 'introduces-next': {
      const para = shape.paragraph(line);
      const next = shape.nextNonBlank(para.end, 2);
      if (next === undefined) return { start: line, end: para.end };
      const close = fences.byOpen.get(next);
      const end = close !== undefined ? (close >= 0 ? close : shape.paragraph(next).end) : shape.enclosing(next).end;
      return { start: line, end: Math.max(end, para.end) };
    }
    case 'closes-previous': {
      const prev = shape.prevNonBlank(shape.paragraph(line).start, 2);
      if (prev === undefined) return shape.paragraph(line);
      const open = fences.byClose.get(prev);
      return { start: open ?? shape.enclosing(prev).start, end: shape.paragraph(line).end };
    }
    case 'enclosing': return shape.enclosing(line);
  }
}

function trim(span: LineSpan, shape: LineShape): LineSpan {
  let { start, end } = span;
  while (start < end && shape.blank(start)) start++;
  while (end > start && shape.blank(end)) end--;
  return { start, end };
}

/** A block never ends inside a fenced region: the fence's partner comes along. */
function closeFences(span: LineSpan, fences: Fences): LineSpan {
  let { start, end } = span;
  for (const [open, close] of fences.byOpen) {
    if (close < 0) continue;
    if (open >= start && open <= end && close > end) end = close;
    if (close >= start && close <= end && open < start) start = open;
  }
  return { start, end };
}

function commentOpeners(languageId: string): string[] {
  const s = commentSyntax(languageId);
  const out = [s.line, s.block?.[0], JSX.has(languageId) ? '{/*' : undefined].filter((x): x is string => !!x);
  return out.sort((a, b) => b.length - a.length);
}

/** The text of a comment line without its markers, or undefined for a code line. */
function commentBody(raw: string, start: LineStart, openers: readonly string[]): string | undefined {
  let t = raw.trim();
  if (start === 'comment') t = t.replace(/^\*+(?!\/)/, '');
  else {
    const opener = openers.find(o => t.startsWith(o));
    if (!opener) return undefined;
    t = t.slice(opener.length).replace(/^[/#!*;%-]+/, '');
  }
  return t.replace(/\s*(?:\*+\/\}?|-->)\s*$/, '').trim();
}

/**
 * Whether some tell could fire on this line in any state it may be in: as code (the trimmed line), inside a block
 * comment, or after a comment opener — the texts findTellHits tests, without knowing which applies. A superset, so
 * filtering on it changes no result; it spares the string/comment scan for files whose candidates cannot fire.
 */
function mightFire(raw: string, openers: readonly string[], tells: readonly ContentTell[]): boolean {
  if (raw.length > 2000) return false;
  const code = raw.trim();
  const comments = [commentBody(raw, 'comment', openers), commentBody(raw, 'code', openers)];
  return tells.some(t => (t.where !== 'comment' && t.pattern.test(code))
    || (t.where !== 'code' && comments.some(c => c !== undefined && t.pattern.test(c))));
}

/** Whether `index` in a code line falls inside a one-line string literal. */
function insideQuotes(text: string, index: number): boolean {
  let quote: string | undefined;
  for (let i = 0; i < index; i++) {
    const c = text[i];
    if (quote) { if (c === '\\') i++; else if (c === quote) quote = undefined; }
    else if (c === '"' || c === "'" || c === '`') quote = c;
  }
  return quote !== undefined;
}
