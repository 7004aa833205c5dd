/**
 * The run-time value of a piece of literal source text, which is what `.env` must hold. Only escapes every
 * listed language agrees on are decoded; anything else returns undefined and the fix is not offered, because
 * writing a value that differs from the one the program used would lose the secret.
 */

export type EscapeStyle =
  /** C-like: \\ \" \' \` \n \r \t \0 \xHH \uHHHH \u{…} \$ \/ */
  | 'backslash'
  /** Ruby and PHP single quotes: only \\ and \' */
  | 'quoteOnly'
  /** POSIX shell double quotes: \\ \" \$ \` and line continuation */
  | 'shellDouble'
  /** Raw strings: nothing is an escape. */
  | 'none';

const SIMPLE: Record<string, string> = { '\\': '\\', '"': '"', "'": "'", '`': '`', n: '\n', r: '\r', t: '\t', '0': '\0', $: '$', '/': '/' };

export function unescapeLiteral(source: string, style: EscapeStyle, doubledQuote?: string): string | undefined {
  if (doubledQuote) source = source.split(doubledQuote + doubledQuote).join(doubledQuote);
  if (style === 'none' || !source.includes('\\')) return source;
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c !== '\\') { out += c; continue; }
    const n = source[i + 1];
    if (n === undefined) return undefined;
    if (style === 'quoteOnly') { out += n === '\\' || n === "'" ? n : '\\' + n; i++; continue; }
    if (style === 'shellDouble') {
      if (n === '\n') { i++; continue; }
      out += '\\"$`'.includes(n) ? n : '\\' + n;
      i++;
      continue;
    }
    if (n in SIMPLE && !(n === '0' && /[0-7]/.test(source[i + 2] ?? ''))) { out += SIMPLE[n]; i++; continue; }
    const hex = n === 'x' ? /^[0-9a-fA-F]{2}/.exec(source.slice(i + 2))
      : n === 'u' ? /^(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]{1,6}\})/.exec(source.slice(i + 2)) : null;
    if (!hex) return undefined;
    out += String.fromCodePoint(parseInt(hex[0].replace(/[{}]/g, ''), 16));
    i += 1 + hex[0].length;
  }
  return out;
}
