/**
 * Edits behind the provenance fixes: wrap a block in `@ai-generated` markers, record a review (`reviewed-by`,
 * `sha256`) on a block tag, and remember a block as "not AI-generated" in .vouch.json. Pure: text in, edits out.
 */
import { commentSyntax } from '../text/languages';
import type { LineIndex } from '../text/lineIndex';
import type { LineSpan } from '../provenance/lineBlocks';
import { reviewHash } from '../provenance/reviewHash';
import { KNOWN_FIELDS, ProvenanceTag } from '../provenance/tagParser';
import { parseVouchConfig } from '../config/vouchConfig';
import type { OffsetEdit, TextEdit } from './textEdit';

/** Languages without comments cannot carry a tag (JSON; plain text has no syntax to keep it apart). */
const NO_COMMENTS = new Set(['json', 'plaintext']);
const JSX = new Set(['javascriptreact', 'typescriptreact']);

export function formatFields(fields: Record<string, string | undefined>): string {
  const order = [...KNOWN_FIELDS, ...Object.keys(fields).filter(k => !(KNOWN_FIELDS as readonly string[]).includes(k))];
  return order
    .filter(k => fields[k] !== undefined && fields[k] !== '')
    .map(k => { const v = fields[k]!; return /^[^\s"=]+$/.test(v) ? `${k}=${v}` : `${k}="${v.replace(/["\\]/g, '\\$&')}"`; })
    .join(' ');
}

/** How a marker is written on a line of this language, or undefined when the language has no comments. */
function markerComment(languageId: string, firstLine: string): ((body: string) => string) | undefined {
  if (NO_COMMENTS.has(languageId)) return undefined;
  const syntax = commentSyntax(languageId);
  // JSX children take `{/* */}`; a `//` there would render as text.
  if (JSX.has(languageId) && /^\s*</.test(firstLine)) return body => `{/* ${body} */}`;
  if (syntax.line) return body => `${syntax.line} ${body}`;
  if (syntax.block) return body => `${syntax.block![0]} ${body} ${syntax.block![1]}`;
  return undefined;
}

/** Begin and end markers around `span` (inclusive lines), indented like its first line. */
export function tagBlockEdits(lines: LineIndex, languageId: string, span: LineSpan, fields: { by: string; date?: string; source?: string }, eol = '\n'): TextEdit[] | undefined {
  const first = lines.lineText(span.start);
  const comment = markerComment(languageId, first);
  if (!comment) return undefined;
  const indent = /^[ \t]*/.exec(first)![0];
  const begin = { line: span.start, character: 0 };
  const endLine = lines.lineText(span.end);
  const end = { line: span.end, character: endLine.length };
  return [
    { range: { start: begin, end: begin }, newText: `${indent}${comment(`@ai-generated ${formatFields(fields)}`)}${eol}` },
    { range: { start: end, end }, newText: `${eol}${indent}${comment('@ai-generated end')}` },
  ];
}

/** The review hash of a closed block tag's body, as `ai/changed-since-review` checks it. */
export function blockReviewHash(lines: LineIndex, tag: ProvenanceTag): string | undefined {
  if (tag.form !== 'block' || tag.endLine === undefined) return undefined;
  const body: string[] = [];
  for (let l = tag.line + 1; l < tag.endLine; l++) body.push(lines.lineText(l));
  return reviewHash(body);
}

/** Rewrites a block tag's marker with `reviewed-by` and the current `sha256`; other fields stay as they were. */
export function reviewTagEdit(lines: LineIndex, tag: ProvenanceTag, reviewer: string): TextEdit | undefined {
  const sha256 = blockReviewHash(lines, tag);
  if (!sha256) return undefined;
  const segment = lines.lineText(tag.line).slice(tag.startChar, tag.endChar);
  const closer = /\s*(?:\*+\/\}?|-->)\s*$/.exec(segment)?.[0] ?? '';
  const fields = { ...tag.fields, 'reviewed-by': reviewer, sha256 };
  return {
    range: { start: { line: tag.line, character: tag.startChar }, end: { line: tag.line, character: tag.endChar } },
    newText: `@ai-generated ${formatFields(fields)}${closer}`,
  };
}

export type ConfigListEdit = { create: boolean; edit: OffsetEdit } | { already: true } | { invalid: string };

/** Adds a fingerprint to `.vouch.json`'s `notAi` list, creating the file or the key as needed. */
export function addNotAiFingerprint(text: string | undefined, fingerprint: string): ConfigListEdit {
  const item = JSON.stringify(fingerprint);
  if (text === undefined || text.trim() === '') {
    return { create: text === undefined, edit: { start: 0, end: text?.length ?? 0, newText: `{\n  "notAi": [\n    ${item}\n  ]\n}\n` } };
  }
  let config;
  try { config = parseVouchConfig(text); } catch (e) { return { invalid: (e as Error).message }; }
  if (config.notAi.includes(fingerprint)) return { already: true };
  // Fingerprints, globs and rule ids never contain `"notAi"`, so the key's first occurrence is the key.
  const key = /"notAi"\s*:\s*\[/.exec(text);
  if (key) {
    const at = key.index + key[0].length;
    const empty = /^\s*\]/.test(text.slice(at));
    return { create: false, edit: { start: at, end: at, newText: empty ? item : `${item}, ` } };
  }
  const open = text.indexOf('{');
  const empty = /^\s*\}/.test(text.slice(open + 1));
  const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
  return { create: false, edit: { start: open + 1, end: open + 1, newText: `\n${indent}"notAi": [${item}]${empty ? '\n' : ','}` } };
}
