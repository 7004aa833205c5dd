/**
 * Which lines start inside a multi-line string or block comment. A light scanner, not a parser: it exists so that
 * prose inside docstrings, template literals, heredocs and YAML block scalars (help texts, prompts, issue templates)
 * is not read as pasted chat output. Single-line strings end at the line break, so a misread quote cannot leak.
 *
 * It reads every character of the file, so it works on character codes of the whole text (no per-line strings)
 * and is computed once per text and language: the tag parser and the content tells share it.
 */
import { commentSyntax } from './languages';
import type { LineIndex } from './lineIndex';

export type LineStart = 'code' | 'string' | 'comment';

const TEMPLATE_BACKTICK = new Set(['javascript', 'javascriptreact', 'typescript', 'typescriptreact', 'vue', 'svelte', 'go']);
const TRIPLE_QUOTES = new Set(['python', 'toml', 'kotlin', 'java', 'scala', 'swift', 'julia', 'dart', 'groovy', 'elixir']);
const HEREDOCS = new Set(['shellscript', 'ruby', 'perl', 'php', 'dockerfile', 'makefile', 'powershell']);
const FENCE = /^\s*`{3,}/;
const HEREDOC_START = /<<[-~]?\s*(['"]?)([A-Za-z_][\w]*)\1/y;

const BACKSLASH = 92, BACKTICK = 96, DQUOTE = 34, SQUOTE = 39, LT = 60;

/** Per text and language: the line starts computed so far (lines 0..through). */
const cache = new WeakMap<LineIndex, Map<string, { starts: LineStart[]; through: number }>>();

/**
 * Where each line starts, for lines 0..`through` (default: every line; entries after `through` may be missing).
 * The scan stops at `through`: content tells on the first lines of a long file do not pay for the rest of it.
 */
export function lineStarts(lines: LineIndex, languageId: string, through = lines.lineCount - 1): LineStart[] {
  let byLanguage = cache.get(lines);
  if (!byLanguage) cache.set(lines, (byLanguage = new Map()));
  let entry = byLanguage.get(languageId);
  if (!entry || entry.through < through) {
    // A later, longer request recomputes from the top (the scan is sequential); callers ask once or twice per text.
    entry = { starts: computeLineStarts(lines, languageId, through), through };
    byLanguage.set(languageId, entry);
  }
  return entry.starts;
}

const enum State { Code, Block, Template, TripleDouble, TripleSingle }

function computeLineStarts(lines: LineIndex, languageId: string, through: number): LineStart[] {
  const syntax = commentSyntax(languageId);
  const lineOpen = syntax.line;
  const [blockOpen, blockClose] = syntax.block ?? [undefined, undefined];
  const lineOpen0 = lineOpen ? lineOpen.charCodeAt(0) : -1;
  const blockOpen0 = blockOpen ? blockOpen.charCodeAt(0) : -1;
  const blockClose0 = blockClose ? blockClose.charCodeAt(0) : -1;
  const backtick = TEMPLATE_BACKTICK.has(languageId);
  const triple = TRIPLE_QUOTES.has(languageId);
  const heredoc = HEREDOCS.has(languageId);
  const text = lines.text;
  const out: LineStart[] = new Array(lines.lineCount);
  let state = State.Code;
  let heredocEnd: string | undefined;
  let yamlScalarIndent = -1;

  for (let n = 0, last = Math.min(through, lines.lineCount - 1); n <= last; n++) {
    const start = lines.lineStart(n), end = lines.lineEnd(n);
    if (heredocEnd !== undefined) {
      out[n] = 'string';
      if (text.slice(start, end).trim() === heredocEnd) heredocEnd = undefined;
      continue;
    }
    if (languageId === 'yaml') {
      const line = text.slice(start, end);
      const indent = line.length - line.trimStart().length;
      if (yamlScalarIndent >= 0 && (line.trim() === '' || indent > yamlScalarIndent)) { out[n] = 'string'; continue; }
      yamlScalarIndent = /(?:^|:|-)\s*[|>][+-]?\d*\s*(?:#.*)?$/.test(line) ? indent : -1;
      out[n] = 'code';
      continue;
    }
    out[n] = state === State.Code ? 'code' : state === State.Block ? 'comment' : 'string';
    // A markdown fence pasted into JS would otherwise open a template literal and hide everything after it.
    if (state === State.Code && backtick && startsWithFence(text, start, end)) continue;
    if (end - start > 4096) continue; // minified: no prose to protect, and not worth the scan
    let quote = -1;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (state === State.Block) {
        if (c === blockClose0 && text.startsWith(blockClose!, i)) { state = State.Code; i += blockClose!.length - 1; }
        continue;
      }
      if (state === State.Template) { if (c === BACKSLASH) i++; else if (c === BACKTICK) state = State.Code; continue; }
      if (state === State.TripleDouble || state === State.TripleSingle) {
        const q = state === State.TripleDouble ? DQUOTE : SQUOTE;
        if (c === q && text.charCodeAt(i + 1) === q && text.charCodeAt(i + 2) === q && i + 2 < end) { state = State.Code; i += 2; }
        continue;
      }
      if (quote >= 0) { if (c === BACKSLASH) i++; else if (c === quote) quote = -1; continue; }
      if (c === lineOpen0 && i + lineOpen!.length <= end && text.startsWith(lineOpen!, i)) break;
      if (c === blockOpen0 && i + blockOpen!.length <= end && text.startsWith(blockOpen!, i)) { state = State.Block; i += blockOpen!.length - 1; continue; }
      if (triple && (c === DQUOTE || c === SQUOTE) && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c && i + 2 < end) {
        state = c === DQUOTE ? State.TripleDouble : State.TripleSingle; i += 2; continue;
      }
      if (backtick && c === BACKTICK) { state = State.Template; continue; }
      if (heredoc && c === LT && text.charCodeAt(i + 1) === LT && i + 1 < end) {
        HEREDOC_START.lastIndex = 0;
        const m = HEREDOC_START.exec(text.slice(i, end));
        if (m) { heredocEnd = m[2]; break; }
      }
      if (c === DQUOTE || c === SQUOTE || (c === BACKTICK && !backtick)) quote = c;
    }
  }
  return out;
}

/** FENCE on the line, without cutting the line out of the text unless it starts with white space and a backtick. */
function startsWithFence(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (c === BACKTICK) return text.charCodeAt(start + 1) === BACKTICK && text.charCodeAt(start + 2) === BACKTICK && start + 2 < end;
  if (c > 32 && c < 127) return false; // neither white space nor a backtick
  return FENCE.test(text.slice(start, end));
}
