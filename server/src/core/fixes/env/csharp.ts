/** C#: `Environment.GetEnvironmentVariable("NAME")`; composes interpolated strings; a `const` stops being one. */
import type { OffsetEdit } from '../textEdit';
import { concatenate, EnvLanguage, interpolate, lineBefore, replaceSite } from './envLanguage';
import { enclosingBlockHeader } from './blockContext';

const REF = (name: string) => `Environment.GetEnvironmentVariable("${name}")`;

export const csharp: EnvLanguage = {
  ids: ['csharp'],
  strings: {
    quotes: ['"', "'"], triple: true, prefix: /^(?:@|\$|\$@|@\$)$/,
    isRaw: (prefix, q) => prefix.includes('@') || q === '"""', doubledQuote: prefix => prefix.includes('@'),
    lineComments: ['//'], blockComment: ['/*', '*/'],
  },
  escapes: lit => (lit.raw ? 'none' : 'backslash'),
  interpolation: lit => (lit.prefix.includes('$') ? /[{}]/ : undefined),
  reference: (name, site) => replaceSite(site, REF(name)),
  compose(lit, pieces, site) {
    if (lit.prefix === '$' && lit.quote === '"') return '$"' + interpolate(pieces, name => `{${REF(name)}}`) + '"';
    if (lit.quote === '"""') return undefined;
    return concatenate(lit, pieces, site, '+', REF);
  },
  support(text, sites) {
    const edits: OffsetEdit[] = [];
    for (const site of sites) {
      const line = lineBefore(text, site.start);
      const m = /^(.*?\b)const(\s+)/.exec(line.text);
      if (!m) continue;
      const start = line.start + m[1].length;
      if (edits.some(e => e.start === start)) continue;
      // A field becomes `static readonly`; a local constant simply stops being one.
      const isField = /\b(?:class|struct|record|interface)\b/.test(enclosingBlockHeader(text, site.start));
      edits.push({ start, end: line.start + m[0].length, newText: isField ? 'static readonly ' : '' });
    }
    return edits;
  },
};
