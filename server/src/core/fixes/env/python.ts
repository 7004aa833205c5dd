/** Python: `os.environ["NAME"]`, adding `import os` where an import belongs; composed as an f-string. */
import type { OffsetEdit } from '../textEdit';
import { concatenate, EnvLanguage, interpolate, lineEndingOf, replaceSite } from './envLanguage';

export const python: EnvLanguage = {
  ids: ['python'],
  strings: {
    quotes: ['"', "'"], triple: true, prefix: /^(?:[rRbBuUfF]|[rR][bBfF]|[bBfF][rR])$/,
    isRaw: prefix => prefix.includes('r'), lineComments: ['#'],
  },
  escapes: lit => (lit.raw ? 'none' : 'backslash'),
  interpolation: lit => (lit.prefix.includes('f') ? /[{}]/ : undefined),
  reference: (name, site) => replaceSite(site, site.literal?.prefix.includes('b') ? `os.environ["${name}"].encode()` : `os.environ["${name}"]`),
  compose(lit, pieces, site) {
    if (lit.prefix.includes('b')) return undefined;
    // Before Python 3.12 an f-string's replacement field may not reuse the enclosing quote.
    const q = lit.quote[0] === '"' ? "'" : '"';
    const hole = (name: string) => `{os.environ[${q}${name}${q}]}`;
    if (lit.prefix.includes('f')) return lit.prefix + lit.quote + interpolate(pieces, hole) + lit.quote;
    if (!pieces.some(p => 'text' in p && /[{}]/.test(p.text))) {
      const prefix = lit.prefix.replace('u', '') + 'f';
      return prefix + lit.quote + interpolate(pieces, hole) + lit.quote;
    }
    return concatenate(lit, pieces, site, '+', name => `os.environ["${name}"]`);
  },
  support(text) {
    const edit = pythonImportOs(text);
    return edit ? [edit] : [];
  },
};

/** A top-level statement that binds `os`: `import os`, `import os.path`, `import sys, os`. */
const IMPORTS_OS = /^import[ \t]+(?:[\w.]+(?:[ \t]+as[ \t]+\w+)?[ \t]*,[ \t]*)*os(?:\.[\w.]+)?[ \t]*(?:,|;|#|\r?$)/m;

/**
 * `import os` in the place a person would put it: after the shebang, encoding line, module docstring and
 * `from __future__` imports; among the leading plain imports in name order; else before the first `from` import;
 * else on its own before the code. Undefined when `os` is already imported.
 */
export function pythonImportOs(text: string): OffsetEdit | undefined {
  if (IMPORTS_OS.test(text)) return undefined;
  const eol = lineEndingOf(text);
  const lines = splitLines(text);
  let i = 0;
  const skipBlankAndComments = () => { while (i < lines.length && /^\s*(?:#.*)?$/.test(lines[i].text)) i++; };
  skipBlankAndComments();
  // Module docstring.
  const doc = i < lines.length ? /^[rRuU]?("""|'''|"|')/.exec(lines[i].text) : null;
  if (doc) {
    const q = doc[1];
    const first = lines[i].text.slice(doc[0].length);
    if (q.length === 3 && !first.includes(q)) {
      i++;
      while (i < lines.length && !lines[i].text.includes(q)) i++;
    }
    i++;
    skipBlankAndComments();
  }
  while (i < lines.length && /^from[ \t]+__future__[ \t]+import\b/.test(lines[i].text)) {
    if (lines[i].text.includes('(')) while (i < lines.length && !lines[i].text.includes(')')) i++;
    i++;
    skipBlankAndComments();
  }
  if (i >= lines.length) {
    const at = text.length;
    const lead = at > 0 && !/\n$/.test(text) ? eol : '';
    return { start: at, end: at, newText: `${lead}import os${eol}` };
  }
  // The first group of top-level imports (consecutive import lines).
  const group: { line: number; plain?: string }[] = [];
  for (let j = i; j < lines.length && /^(?:import|from)[ \t]/.test(lines[j].text); j++) {
    group.push({ line: j, plain: /^import[ \t]+([\w.]+)/.exec(lines[j].text)?.[1] });
  }
  if (group.length === 0) return { start: lines[i].start, end: lines[i].start, newText: `import os${eol}${eol}` };
  const plain = group.filter(g => g.plain);
  const after = plain.find(g => g.plain!.toLowerCase() > 'os');
  const at = after ? after.line : plain.length ? plain[plain.length - 1].line + 1 : group[0].line;
  const offset = at < lines.length ? lines[at].start : text.length;
  const lead = offset === text.length && !/\n$/.test(text) ? eol : '';
  return { start: offset, end: offset, newText: `${lead}import os${eol}` };
}

function splitLines(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    out.push({ start, text: text.slice(start, end).replace(/\r$/, '') });
    start = end + 1;
  }
  return out;
}
