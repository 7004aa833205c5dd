import type { Range } from '../text/lineIndex';
import { LineIndex } from '../text/lineIndex';

/** An edit in LSP shape, so the server passes it through unchanged and the CLI applies it. */
export interface TextEdit { range: Range; newText: string }

/** An edit by string offsets: what the fix builders compute before the LSP shape is needed. */
export interface OffsetEdit { start: number; end: number; newText: string }

export function toTextEdits(text: string, edits: readonly OffsetEdit[]): TextEdit[] {
  const lines = new LineIndex(text);
  return edits.map(e => ({ range: lines.range(e.start, e.end), newText: e.newText }));
}

/** Applies non-overlapping edits (any order); throws on overlap rather than guess. */
export function applyOffsetEdits(text: string, edits: readonly OffsetEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) throw new Error('overlapping edits');
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

/** Applies LSP-shaped edits, as an editor would. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  return applyOffsetEdits(text, edits.map(e => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), newText: e.newText })));
}
