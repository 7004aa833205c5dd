/**
 * What "a block" of code is when only a line is known: the contiguous region bounded by blank lines, by
 * indentation, or by the enclosing function. Used for content tells, `Assisted-by:` comments and the fixes.
 */
import type { LineIndex } from '../text/lineIndex';

/** An inclusive range of 0-based lines. */
export interface LineSpan { start: number; end: number }

const FUNCTION_HEADER = /\b(?:function|def|fn|func|fun|sub|proc|method|class|interface|impl|struct|module)\b|=>\s*[{(]?\s*$|\)\s*(?::\s*[^{]+)?\s*\{\s*$|^\s*(?:public|private|protected|static|async|export)\b/;
const CLOSER = /^\s*(?:[}\])]|end\b|fi\b|done\b|esac\b|<\/)/;

export class LineShape {
  constructor(private readonly lines: LineIndex) {}

  get count(): number { return this.lines.lineCount; }
  text(l: number): string { return this.lines.lineText(l); }
  blank(l: number): boolean { return this.lines.lineText(l).trim() === ''; }
  indent(l: number): number {
    const t = this.lines.lineText(l);
    const m = /^[ \t]*/.exec(t)![0];
    return m.replace(/\t/g, '    ').length;
  }

  nextNonBlank(l: number, maxGap = Infinity): number | undefined {
    for (let n = l + 1, gap = 0; n < this.count; n++) {
      if (!this.blank(n)) return n;
      if (++gap > maxGap) return undefined;
    }
    return undefined;
  }

  prevNonBlank(l: number, maxGap = Infinity): number | undefined {
    for (let n = l - 1, gap = 0; n >= 0; n--) {
      if (!this.blank(n)) return n;
      if (++gap > maxGap) return undefined;
    }
    return undefined;
  }

  /** Contiguous non-blank lines around `l`. */
  paragraph(l: number): LineSpan {
    let start = l, end = l;
    while (start > 0 && !this.blank(start - 1)) start--;
    while (end + 1 < this.count && !this.blank(end + 1)) end++;
    return { start, end };
  }

  /**
   * The block `l` belongs to. Inside an indented body: the nearest enclosing function (or, failing that, the
   * innermost enclosing construct) from its header to its closer. At the top level: the paragraph, continued
   * through any indented body it opens, so a function with blank lines inside stays whole.
   */
  enclosing(l: number): LineSpan {
    if (this.blank(l)) return { start: l, end: l };
    const ind = this.indent(l);
    if (ind === 0) return this.withBody(this.paragraph(l), 0);
    let header: number | undefined;
    let innermost: number | undefined;
    let limit = ind;
    for (let n = l - 1; n >= 0 && limit > 0; n--) {
      if (this.blank(n) || this.indent(n) >= limit) continue;
      limit = this.indent(n);
      innermost ??= n;
      if (FUNCTION_HEADER.test(this.text(n))) { header = n; break; }
    }
    header ??= innermost;
    if (header === undefined) return this.withBody(this.paragraph(l), ind);
    return this.withBody({ start: header, end: header }, this.indent(header));
  }

  /** The block that starts at the first non-blank line after `l` (what a comment above a block covers). */
  below(l: number): LineSpan | undefined {
    const first = this.nextNonBlank(l, 0);
    if (first === undefined) return undefined;
    const para = this.paragraph(first);
    return this.withBody({ start: first, end: para.end }, this.indent(first));
  }

  /** Extends `span` down through lines indented deeper than `base` (blank lines included) and one closer. */
  withBody(span: LineSpan, base: number): LineSpan {
    let end = span.end;
    for (;;) {
      const next = this.nextNonBlank(end);
      if (next === undefined) break;
      if (this.indent(next) > base) { end = next; continue; }
      if (this.indent(next) === base && CLOSER.test(this.text(next)) && this.indent(end) > base) { end = next; continue; }
      break;
    }
    return { start: span.start, end };
  }
}

/** Sorted, merged spans; spans that overlap or touch become one. */
export function mergeSpans(spans: readonly LineSpan[]): LineSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: LineSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end + 1) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** The parts of `span` not in `covered` (sorted, merged). */
export function subtractSpans(span: LineSpan, covered: readonly LineSpan[]): LineSpan[] {
  const out: LineSpan[] = [];
  let at = span.start;
  for (const c of covered) {
    if (c.end < at || c.start > span.end) continue;
    if (c.start > at) out.push({ start: at, end: c.start - 1 });
    at = Math.max(at, c.end + 1);
  }
  if (at <= span.end) out.push({ start: at, end: span.end });
  return out;
}

export function overlaps(a: LineSpan, b: LineSpan): boolean {
  return a.start <= b.end && b.start <= a.end;
}
