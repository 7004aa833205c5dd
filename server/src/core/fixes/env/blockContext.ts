/**
 * The header of the `{ … }` block around an offset (`class Config`, `fn main() -> Result<()>`), found by counting
 * braces backwards. Approximate on purpose (braces inside strings and comments are counted too): it only picks
 * between two spellings of a fix, never decides whether one is offered.
 */
export function enclosingBlockHeader(text: string, at: number, depth = 1): string {
  let open = at;
  for (let d = 0; d < depth; d++) {
    let balance = 0;
    let i = open - 1;
    for (; i >= 0; i--) {
      const c = text[i];
      if (c === '}') balance++;
      else if (c === '{') { if (balance === 0) break; balance--; }
    }
    if (i < 0) return '';
    open = i;
  }
  const headerStart = Math.max(text.lastIndexOf(';', open - 1), text.lastIndexOf('}', open - 1), text.lastIndexOf('{', open - 1)) + 1;
  return text.slice(headerStart, open).trim();
}

/** Headers of every enclosing block, innermost first. */
export function enclosingBlockHeaders(text: string, at: number, max = 16): string[] {
  const out: string[] = [];
  for (let d = 1; d <= max; d++) {
    const h = enclosingBlockHeader(text, at, d);
    if (!h) break;
    out.push(h);
  }
  return out;
}
