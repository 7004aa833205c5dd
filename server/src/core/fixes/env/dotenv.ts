/**
 * Reading and appending `.env` lines. Values are written so that the common readers (Node's dotenv, python-dotenv,
 * docker compose) read back the same string: bare when plainly safe, single-quoted (taken literally by all of them)
 * when there is no `'` or `\`, else double-quoted with `\\ \" \n \r \$` escaped.
 */
import type { OffsetEdit } from '../textEdit';
import { maskSecret } from '../../secrets/mask';

export interface DotenvEntry { name: string; value: string }

const LINE = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.\-]*)[ \t]*=[ \t]*/;

/** NAME → value for every assignment in the file (the last one wins, as dotenv readers do). */
export function parseDotenv(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let i = 0;
  while (i < text.length) {
    let eol = text.indexOf('\n', i);
    if (eol < 0) eol = text.length;
    const m = LINE.exec(text.slice(i, eol));
    if (!m) { i = eol + 1; continue; }
    const valueStart = i + m[0].length;
    const q = text[valueStart];
    if (q === '"' || q === "'") {
      const close = findClosingQuote(text, valueStart + 1, q);
      if (close >= 0) {
        const raw = text.slice(valueStart + 1, close);
        out.set(m[1], q === "'" ? raw : unescapeDouble(raw));
        const next = text.indexOf('\n', close);
        i = next < 0 ? text.length : next + 1;
        continue;
      }
    }
    const rawLine = text.slice(valueStart, eol).replace(/\r$/, '');
    out.set(m[1], rawLine.replace(/(?:^|[ \t]+)#.*$/, '').trim());
    i = eol + 1;
  }
  return out;
}

function findClosingQuote(text: string, from: number, q: string): number {
  for (let j = from; j < text.length; j++) {
    if (text[j] === '\\' && q === '"') { j++; continue; }
    if (text[j] === q) return j;
  }
  return -1;
}

function unescapeDouble(raw: string): string {
  return raw.replace(/\r\n/g, '\n').replace(/\\([\\"nrt$])/g, (_, c: string) => ({ n: '\n', r: '\r', t: '\t' } as Record<string, string>)[c] ?? c);
}

/** The value as it is written after `NAME=`. */
export function formatDotenvValue(value: string): string {
  if (/^[A-Za-z0-9_\-.,/:@+=%^~!?*]+$/.test(value)) return value;
  if (!/['\\\n\r]/.test(value)) return `'${value}'`;
  return '"' + value.replace(/[\\"$\n\r]/g, c => ({ '\n': '\\n', '\r': '\\r' } as Record<string, string>)[c] ?? '\\' + c) + '"';
}

/** The file's own line ending (its first), or `\n` for a new or single-line file. */
export function lineEnding(text: string | undefined): string {
  const i = text?.indexOf('\n') ?? -1;
  return i > 0 && text![i - 1] === '\r' ? '\r\n' : '\n';
}

/**
 * Appends lines at the end of a file: with the file's line ending, after a line break when the file lacks a
 * trailing one. `text` undefined means the file does not exist yet.
 */
export function appendLinesEdit(text: string | undefined, lines: string[]): OffsetEdit {
  const eol = lineEnding(text);
  const body = text ?? '';
  const lead = body.length > 0 && !/[\r\n]$/.test(body) ? eol : '';
  return { start: body.length, end: body.length, newText: lead + lines.map(l => l + eol).join('') };
}

/** `NAME=value`; `masked` for anything printed (a dry-run diff): the value never leaves the file. */
export function dotenvLine(entry: DotenvEntry, masked = false): string {
  return `${entry.name}=${masked ? maskSecret(entry.value) : formatDotenvValue(entry.value)}`;
}
