/**
 * Helpers for provider rules whose token has no distinctive prefix (a bare UUID, 40 hex characters, …): the value
 * only counts when it is assigned to a name that mentions the provider (`SNYK_TOKEN = "…"`, `"kucoin_secret": "…"`,
 * `<sendbirdAccessId>…</sendbirdAccessId>`, `System.setProperty("SNYK_TOKEN", "…")`, `--softlayer-api-key …`).
 * This file defines no rule itself; the rule-index generator skips it.
 */

/** A regex source matching `word` case-insensitively without the `i` flag (so value classes stay case-sensitive). */
export function ci(word: string): string {
  let out = '';
  for (const c of word) {
    if (/[a-z]/i.test(c)) out += `[${c.toLowerCase()}${c.toUpperCase()}]`;
    else out += c.replace(/[.*+?^${}()|[\]\\\-]/g, '\\$&');
  }
  return out;
}

/** Assignment operators of code, config, YAML/JSON, XML elements, Makefiles, PHP and Ruby hashes. */
const OPERATOR = String.raw`(?:=|:=|::=|:::=|\?=|\.=|:|=>|,|>)`;

/**
 * `<name mentioning one of words>` `<operator>` `<optional quote>` `<value>`. The name may carry up to 30 more
 * identifier characters after the provider word (`SNYK_API_TOKEN`) and a declared type (`var x string =`,
 * `val x: String =`); a command-line flag followed by a space also counts. Every repeat is bounded.
 */
export function assignedTo(words: readonly string[], value: string, wordTail = ''): RegExp {
  const name = `(?:${words.map(ci).join('|')})${wordTail}[A-Za-z0-9_.\\-]{0,30}`;
  const type = String.raw`(?:\s{1,4}[A-Za-z][A-Za-z0-9_\[\]]{0,15}|:\s{0,2}[A-Z][A-Za-z0-9_]{0,15})?`;
  const assign = String.raw`(?:["']?\s{0,4}${OPERATOR}\s{0,8}|\s{1,4})`;
  return new RegExp(`${name}${type}${assign}["'\\x60]?(?<secret>${value})(?![A-Za-z0-9_\\-])`);
}

/**
 * Lookaheads that require, within the next `length` characters of `cls`, one character of each class in `needs`
 * (`having('[A-Za-z0-9]', 40, '[0-9]', '[A-Za-z]')`: the value mixes digits and letters). Checks written into the
 * pattern cost nothing per match, unlike an `accept` hook.
 */
export function having(cls: string, length: number, ...needs: string[]): string {
  return needs.map(n => `(?=${cls}{0,${length - 1}}${n})`).join('');
}

/** A UUID in either case (the shape many providers use for ids and keys). */
export const UUID = '[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}';

/**
 * The case-insensitive variant for values that may sit on the next line (`<discordClientId>\n  …</…>`): the provider
 * word must start a name, and the whole pattern — value included — takes `flags` (default `i`). Used where the value
 * class is itself case-blind (UUIDs, digits).
 */
export function assignedNear(word: string, value: string, flags = 'i'): RegExp {
  const name = String.raw`(?<![A-Za-z0-9])(?:${word})[A-Za-z0-9_.\-]{0,40}`;
  const op = String.raw`["'\x60]?(?:[ \t]{1,4}string)?[ \t]{0,8}(?:[:?.]{0,3}=|=>|:|,|>|[ \t])[ \t\r\n]{0,12}["'\x60]?`;
  return new RegExp(String.raw`${name}${op}(?<secret>${value})`, flags);
}
