/** What a language family tells the move-to-env fix: its strings, its environment lookup, how it joins strings. */
import type { OffsetEdit } from '../textEdit';
import type { StringLiteral, StringSyntax } from './stringLiteral';
import type { EscapeStyle } from './unescape';

/** Where a value sits: a whole literal (or bare value) being replaced. */
export interface Site {
  text: string;
  /** The span replaced: the literal with its quotes and prefix, or the bare value. */
  start: number;
  end: number;
  literal?: StringLiteral;
}

/** A literal's content cut at the secrets: source text kept as written, and the names that replace secrets. */
export type Piece = { text: string } | { env: string };

export interface EnvLanguage {
  /** VS Code language ids served by this family. */
  ids: readonly string[];
  strings: StringSyntax;
  /** Unquoted values are normal here (YAML, shell words); elsewhere a secret outside a string is not rewritten. */
  bareValues?: boolean;
  /** How the literal's content decodes into the run-time value. */
  escapes(lit: StringLiteral): EscapeStyle;
  /** A pattern in literal content that the language would interpolate: such content cannot move as a value. */
  interpolation?(lit: StringLiteral): RegExp | undefined;
  /** The edit reading NAME from the environment in place of the site (usually exactly the site's span). */
  reference(name: string, site: Site): OffsetEdit;
  /** New source for a literal of which only parts move; undefined when it cannot compose (the whole literal moves). */
  compose?(lit: StringLiteral, pieces: Piece[], site: Site): string | undefined;
  /** Imports and declaration changes the references need, or the reason the fix cannot apply here. */
  support?(text: string, sites: Site[]): OffsetEdit[] | string;
}

export function replaceSite(site: Site, newText: string): OffsetEdit {
  return { start: site.start, end: site.end, newText };
}

/** Text pieces re-quoted as the original literal, joined with `op` to the references: `"a:" + X + "@b"`. */
export function concatenate(lit: StringLiteral, pieces: Piece[], site: Site, op: string, ref: (name: string) => string): string {
  const open = site.text.slice(lit.start, lit.contentStart);
  const close = site.text.slice(lit.contentEnd, lit.end);
  const parts = pieces.filter(p => !('text' in p) || p.text !== '').map(p => ('text' in p ? open + p.text + close : ref(p.env)));
  const joined = parts.join(` ${op} `);
  return needsParentheses(site) ? `(${joined})` : joined;
}

/** A concatenation replacing a literal that is followed by `.x`, `[i]`, `%` or `*` must be parenthesised. */
function needsParentheses(site: Site): boolean {
  return /^\s*(?:[.[%*(]|->)/.test(site.text.slice(site.end, site.end + 3));
}

/** Text pieces as they are, references wrapped in the language's interpolation (`${…}`, `#{…}`, `{…}`). */
export function interpolate(pieces: Piece[], hole: (name: string) => string): string {
  return pieces.map(p => ('text' in p ? p.text : hole(p.env))).join('');
}

/** Offsets of `needle` (a keyword) on the line holding `at`, before `at`. */
export function lineBefore(text: string, at: number): { start: number; text: string } {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  return { start, text: text.slice(start, at) };
}

export function lineEndingOf(text: string): string {
  const i = text.indexOf('\n');
  return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
}

/** Slash-comment, C-family string syntax (escapes with backslash). */
export const C_STRINGS: StringSyntax = { quotes: ['"', "'"], lineComments: ['//'], blockComment: ['/*', '*/'] };
