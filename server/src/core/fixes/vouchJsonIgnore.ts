/**
 * The "Ignore this secret (add to .vouch.json)" fix: adds a fingerprint to `ignore`, keeping the file's own
 * layout (separator, indentation, line endings). Creates the file when it is missing.
 */
import type { OffsetEdit } from './textEdit';
import { parseVouchConfig } from '../config/vouchConfig';

export type IgnoreEdit = { create: boolean; edit: OffsetEdit } | { already: true } | { invalid: string };

export function addIgnoredFingerprint(text: string | undefined, fingerprint: string): IgnoreEdit {
  const item = JSON.stringify(fingerprint);
  if (text === undefined || text.trim() === '') {
    return { create: text === undefined, edit: { start: 0, end: text?.length ?? 0, newText: `{\n  "ignore": [\n    ${item}\n  ]\n}\n` } };
  }
  let config;
  try { config = parseVouchConfig(text); } catch (e) { return { invalid: (e as Error).message }; }
  if (config.ignore.includes(fingerprint)) return { already: true };

  const open = text.indexOf('{');
  const key = topLevelKey(text, open, 'ignore');
  if (key >= 0) {
    const arrayStart = text.indexOf('[', key);
    const arrayEnd = closingBracket(text, arrayStart);
    const inner = text.slice(arrayStart + 1, arrayEnd);
    if (inner.trim() === '') return { create: false, edit: { start: arrayStart + 1, end: arrayEnd, newText: item } };
    const sep = /^\s*/.exec(inner)![0] || ' ';
    const lastEnd = arrayStart + 1 + inner.trimEnd().length;
    return { create: false, edit: { start: lastEnd, end: lastEnd, newText: `,${sep}${item}` } };
  }
  const body = text.slice(open + 1);
  if (body.trim().startsWith('}')) {
    const close = open + 1 + body.indexOf('}');
    return { create: false, edit: { start: open + 1, end: close, newText: ` "ignore": [${item}] ` } };
  }
  const sep = /^\s*/.exec(body)![0] || ' ';
  return { create: false, edit: { start: open + 1, end: open + 1, newText: `${sep}"ignore": [${item}],` } };
}

/** Offset of a top-level `"key"` of the object opening at `open`, or -1. Strings and nesting are skipped. */
function topLevelKey(text: string, open: number, key: string): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const end = stringEnd(text, i);
      if (depth === 1 && text.slice(i, end + 1) === JSON.stringify(key) && /^\s*:/.test(text.slice(end + 1))) return i;
      i = end;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return -1;
}

function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"') i = stringEnd(text, i);
    else if (c === '[' || c === '{') depth++;
    else if ((c === ']' || c === '}') && --depth === 0) return i;
  }
  return text.length;
}

function stringEnd(text: string, quote: number): number {
  for (let i = quote + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return text.length;
}
