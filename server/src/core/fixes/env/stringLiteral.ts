/**
 * Finds the string literal around a secret by tokenising its line from the start (quotes, prefixes, escapes,
 * comments), so `f"…"`, `@"…"`, `r#"…"#`, `'''…'''` and template literals are told apart. Scanning from the line
 * start rather than the file start keeps one odd construct elsewhere (a regex, a lifetime) from derailing it;
 * strings that open on an earlier line are not found, and the fix then treats the value as bare.
 */

export interface StringSyntax {
  /** Characters that open a string. */
  quotes: string[];
  /** `"""` / `'''` (Python, Java/Kotlin text blocks, C# raw strings). */
  triple?: boolean;
  /** Letters or sigils allowed right before the quote, e.g. /^[rbuf]{1,2}$/i for Python. */
  prefix?: RegExp;
  /** Whether a literal with this prefix/quote treats backslashes literally. */
  isRaw?(prefix: string, quote: string): boolean;
  /** Rust's `r#"…"#`. */
  hashRaw?: boolean;
  /** Quote doubled inside the literal stands for one quote (YAML '…', C# @"…"). */
  doubledQuote?(prefix: string, quote: string): boolean;
  /** Quotes that may span lines (template literals, Go raw strings). Triple quotes always may. */
  multiline?: string[];
  lineComments: string[];
  blockComment?: [string, string];
  /** A quote opens a string only here (YAML: at the start of a value). */
  quoteMayOpen?(text: string, at: number): boolean;
  /** A comment opener counts only here (shell, YAML: `#` after white space). */
  commentMayOpen?(text: string, at: number): boolean;
}

export interface StringLiteral {
  /** The whole token: prefix, quotes and content. */
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
  /** Lower-cased prefix (`f`, `rb`, `@`, `$@`, `r#`), empty when none. */
  prefix: string;
  /** The quote as written: `"`, `'`, `` ` ``, `"""`, `'''`. */
  quote: string;
  raw: boolean;
}

/**
 * The literal whose content holds [start, end); 'comment' when the span is in a comment; undefined when it is
 * bare code (a YAML plain value, a shell word) or in a string that opened on an earlier line.
 */
export function literalAround(text: string, start: number, end: number, syntax: StringSyntax): StringLiteral | 'comment' | undefined {
  let i = text.lastIndexOf('\n', start - 1) + 1;
  while (i < start) {
    const lit = readLiteralAt(text, i, syntax);
    if (lit) {
      if (lit.contentStart <= start && end <= lit.contentEnd) return lit;
      if (lit.end > start) return undefined; // the span straddles a quote
      i = lit.end;
      continue;
    }
    const comment = commentAt(text, i, syntax);
    if (comment === 'line') return 'comment';
    if (comment) {
      const close = text.indexOf(comment[1], i + comment[0].length);
      if (close < 0 || close + comment[1].length > start) return 'comment';
      i = close + comment[1].length;
      continue;
    }
    i++;
  }
  return undefined;
}

function commentAt(text: string, i: number, syntax: StringSyntax): 'line' | [string, string] | undefined {
  if (syntax.commentMayOpen && !syntax.commentMayOpen(text, i)) return undefined;
  if (syntax.lineComments.some(c => text.startsWith(c, i))) return 'line';
  if (syntax.blockComment && text.startsWith(syntax.blockComment[0], i)) return syntax.blockComment;
  return undefined;
}

function readLiteralAt(text: string, i: number, syntax: StringSyntax): StringLiteral | undefined {
  // A prefix is only a prefix when it does not continue an identifier (`elif"` is not an f-string).
  let q = i;
  while (q < text.length && /[A-Za-z@$#]/.test(text[q]) && q - i < 3) q++;
  if (q > i) {
    const prefix = text.slice(i, q);
    const glued = i > 0 && /[\w$]/.test(text[i - 1]);
    if (!glued && syntax.hashRaw && /^b?r#*$/i.test(prefix) && text[q] === '"') return readHashRaw(text, i, q, prefix);
    if (glued || !syntax.prefix?.test(prefix) || !syntax.quotes.includes(text[q])) return undefined;
  } else if (!syntax.quotes.includes(text[i])) {
    return undefined;
  }
  if (syntax.quoteMayOpen && !syntax.quoteMayOpen(text, i)) return undefined;
  const prefix = text.slice(i, q).toLowerCase();
  const ch = text[q];
  const quote = syntax.triple && text.startsWith(ch.repeat(3), q) ? ch.repeat(3) : ch;
  const raw = syntax.isRaw?.(prefix, quote) ?? false;
  const doubled = syntax.doubledQuote?.(prefix, quote) ?? false;
  const multiline = quote.length === 3 || (syntax.multiline ?? []).includes(quote);
  const contentStart = q + quote.length;
  for (let j = contentStart; j < text.length; j++) {
    const c = text[j];
    if (!multiline && (c === '\n' || c === '\r')) return undefined;
    if (c === '\\' && !raw) { j++; continue; }
    if (text.startsWith(quote, j)) {
      if (doubled && text.startsWith(quote, j + 1)) { j++; continue; }
      return { start: i, end: j + quote.length, contentStart, contentEnd: j, prefix, quote, raw };
    }
  }
  return undefined;
}

function readHashRaw(text: string, i: number, q: number, prefix: string): StringLiteral | undefined {
  const hashes = prefix.length - prefix.replace(/#+$/, '').length;
  const close = '"' + '#'.repeat(hashes);
  const contentStart = q + 1;
  const j = text.indexOf(close, contentStart);
  if (j < 0) return undefined;
  return { start: i, end: j + close.length, contentStart, contentEnd: j, prefix: prefix.toLowerCase(), quote: '"', raw: true };
}
