/** The lines each provenance tag covers: a block between its markers, a file tag everything, an `Assisted-by:`
 *  comment the block directly below it. Unclosed blocks run to the end of the file (one warning, not two). */
import type { LineIndex } from '../text/lineIndex';
import { LineShape, LineSpan } from './lineBlocks';
import type { ProvenanceTag } from './tagParser';

export interface CoveredSpan extends LineSpan { tag: ProvenanceTag }

export function tagCoverage(tags: readonly ProvenanceTag[], lines: LineIndex): CoveredSpan[] {
  const last = lines.lineCount - 1;
  const shape = new LineShape(lines);
  const out: CoveredSpan[] = [];
  for (const tag of tags) {
    if (tag.form === 'file') out.push({ start: 0, end: last, tag });
    else if (tag.form === 'block') out.push({ start: tag.line, end: tag.endLine ?? last, tag });
    else {
      // Further comment lines may sit between the trailer and the code; the block starts after them.
      let at = tag.line;
      while (at + 1 <= last && /^\s*(?:\/\/|#|--|\/\*|\*|<!--|;|%)/.test(lines.lineText(at + 1))) at++;
      const below = shape.below(at);
      out.push({ start: tag.line, end: below ? below.end : tag.line, tag });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
