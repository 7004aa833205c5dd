/**
 * Keeps line spans current through later edits (LSP-shaped changes), so evidence captured once (an editor
 * insertion, a git blame) still points at the same code after the user types above or inside it. Shared by the
 * client (signal C) and the server (git ranges between two blames).
 */
import type { Range } from '../text/lineIndex';
import type { LineSpan } from './lineBlocks';

export interface LineChange { range: Range; text: string }

function newlines(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13) { n++; if (s.charCodeAt(i + 1) === 10) i++; }
  }
  return n;
}

/** The span after `change`, or undefined when the change removed it. */
export function shiftSpan<T extends LineSpan>(span: T, change: LineChange): T | undefined {
  const { start: rs, end: re } = change.range;
  const added = newlines(change.text);
  const delta = added - (re.line - rs.line);
  if (delta === 0 && rs.line === re.line) return span; // an edit within one line moves nothing
  // A whole line inserted above the span (cursor at column 0 of its first line, text ends with a newline).
  const insertsAbove = rs.line === re.line && rs.line === span.start && rs.character === 0 && /\n$/.test(change.text);
  // A new line opened after the span's last line (Enter at its end): typing there is not part of the span.
  const opensBelow = rs.line === re.line && rs.line === span.end && rs.character > 0 && /^\r?\n/.test(change.text);
  if (re.line < span.start || insertsAbove) return { ...span, start: span.start + delta, end: span.end + delta };
  if (rs.line > span.end || opensBelow) return span;
  // Overlap. Lines wholly replaced go; what survives keeps its place relative to the change.
  const removesAll = (rs.line < span.start || (rs.line === span.start && rs.character === 0)) && re.line > span.end;
  if (removesAll && added === 0) return undefined;
  const start = span.start < rs.line ? span.start : rs.line;
  const end = span.end > re.line ? span.end + delta : Math.max(start, rs.line + added);
  return end < start ? undefined : { ...span, start, end };
}

/** Applies changes in order (as LSP and VS Code report them) to every span; drops the ones removed. */
export function shiftSpans<T extends LineSpan>(spans: readonly T[], changes: readonly LineChange[]): T[] {
  let out = [...spans];
  for (const c of changes) out = out.map(s => shiftSpan(s, c)).filter((s): s is T => s !== undefined);
  return out;
}
