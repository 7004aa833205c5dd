/** Go: `os.Getenv("NAME")`, adding "os" to the imports; a `const` holding the secret becomes a `var`. */
import type { OffsetEdit } from '../textEdit';
import { concatenate, EnvLanguage, lineBefore, lineEndingOf, replaceSite } from './envLanguage';

export const go: EnvLanguage = {
  ids: ['go'],
  strings: { quotes: ['"', '`', "'"], multiline: ['`'], isRaw: (_, q) => q === '`', lineComments: ['//'], blockComment: ['/*', '*/'] },
  escapes: lit => (lit.raw ? 'none' : 'backslash'),
  reference: (name, site) => replaceSite(site, `os.Getenv("${name}")`),
  compose: (lit, pieces, site) => concatenate(lit, pieces, site, '+', name => `os.Getenv("${name}")`),
  support(text, sites) {
    const edits: OffsetEdit[] = [];
    for (const site of sites) {
      const line = lineBefore(text, site.start);
      const m = /^(\s*)const(\s+\w+(?:\s+\w+)?\s*=)/.exec(line.text);
      if (m) {
        const start = line.start + m[1].length;
        if (!edits.some(e => e.start === start)) edits.push({ start, end: start + 5, newText: 'var' });
      } else if (insideConstBlock(text, site.start)) {
        return 'the value is in a const block, and Go constants cannot read the environment';
      }
    }
    const imp = goImportOs(text);
    if (imp) edits.push(imp);
    return edits;
  },
};

function insideConstBlock(text: string, at: number): boolean {
  const open = text.lastIndexOf('const (', at);
  if (open < 0) return false;
  const close = text.slice(open, at).search(/\n\)/);
  return close < 0;
}

const IMPORT_BLOCK = /^import[ \t]*\([ \t]*\r?\n([\s\S]*?)^\)/m;
const SINGLE_IMPORT = /^import[ \t]+((?:\w+[ \t]+)?"[^"]+")[ \t]*\r?$/m;

/** Adds "os" to the first import block in path order, turns a single import into a block, or adds one. */
export function goImportOs(text: string): OffsetEdit | undefined {
  const eol = lineEndingOf(text);
  const block = IMPORT_BLOCK.exec(text);
  if (/^import[ \t]+"os"/m.test(text) || (block && /^[ \t]*"os"[ \t]*(?:\/\/.*)?\r?$/m.test(block[1]))) return undefined;
  if (block) {
    const bodyStart = block.index + block[0].indexOf(block[1]);
    let offset = bodyStart;
    let indent = '\t';
    for (const line of block[1].split('\n')) {
      const path = /^([ \t]*)(?:[\w.]+[ \t]+)?"([^"]+)"/.exec(line);
      if (!path) {
        if (line.trim() === '' || line.trim() === '\r') break; // end of the first (standard library) group
        offset += line.length + 1;
        continue;
      }
      indent = path[1] || '\t';
      if (path[2] > 'os') break;
      offset += line.length + 1;
    }
    return { start: offset, end: offset, newText: `${indent}"os"${eol}` };
  }
  const single = SINGLE_IMPORT.exec(text);
  if (single) {
    const entries = [single[1], '"os"'].sort((a, b) => a.replace(/^\w+\s+/, '').localeCompare(b.replace(/^\w+\s+/, '')));
    const end = single.index + single[0].replace(/\r$/, '').length;
    return { start: single.index, end, newText: `import (${eol}${entries.map(e => `\t${e}${eol}`).join('')})` };
  }
  const pkg = /^package[ \t]+\w+[^\n]*/m.exec(text);
  const at = pkg ? pkg.index + pkg[0].replace(/\r$/, '').length : 0;
  return pkg ? { start: at, end: at, newText: `${eol}${eol}import "os"` } : { start: 0, end: 0, newText: `import "os"${eol}${eol}` };
}
