/** The "suppress with vouch:allow" fix: appends the marker in the line's own comment syntax. */
import { commentSyntax } from '../text/languages';
import type { LineIndex } from '../text/lineIndex';
import type { TextEdit } from './textEdit';

/** Languages whose files cannot carry a comment: the fix is not offered (use .vouch.json instead). */
const NO_COMMENTS = new Set(['json', 'plaintext']);

export function allowCommentEdit(lines: LineIndex, line: number, languageId: string): TextEdit | undefined {
  if (NO_COMMENTS.has(languageId)) return undefined;
  const text = lines.lineText(line);
  const syntax = commentSyntax(languageId);
  const end = { line, character: text.length };
  const lineComment = syntax.line ? text.lastIndexOf(syntax.line + ' ') : -1;
  // Extend a trailing line comment rather than starting a second one (but not a `//` inside a URL or string).
  if (lineComment > 0 && !/["'`]/.test(text.slice(lineComment)) && !/:$/.test(text.slice(0, lineComment))) {
    return { range: { start: end, end }, newText: ' vouch:allow' };
  }
  if (syntax.line) return { range: { start: end, end }, newText: ` ${syntax.line} vouch:allow` };
  if (syntax.block) return { range: { start: end, end }, newText: ` ${syntax.block[0]} vouch:allow ${syntax.block[1]}` };
  return undefined;
}
