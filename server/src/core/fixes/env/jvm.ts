/** Java and Kotlin: `System.getenv("NAME")`; Kotlin composes with a string template and drops `const`. */
import type { OffsetEdit } from '../textEdit';
import { concatenate, EnvLanguage, interpolate, lineBefore, replaceSite } from './envLanguage';

const JVM_STRINGS = { quotes: ['"', "'"], triple: true, lineComments: ['//'], blockComment: ['/*', '*/'] as [string, string] };

export const java: EnvLanguage = {
  ids: ['java'],
  strings: JVM_STRINGS,
  escapes: () => 'backslash',
  reference: (name, site) => replaceSite(site, `System.getenv("${name}")`),
  compose: (lit, pieces, site) => (lit.quote === '"""' ? undefined : concatenate(lit, pieces, site, '+', name => `System.getenv("${name}")`)),
};

export const kotlin: EnvLanguage = {
  ids: ['kotlin'],
  strings: { ...JVM_STRINGS, isRaw: (_, q) => q === '"""' },
  escapes: lit => (lit.raw ? 'none' : 'backslash'),
  interpolation: () => /\$[\w{]/,
  reference: (name, site) => replaceSite(site, `System.getenv("${name}")`),
  compose: (lit, pieces) => lit.quote + interpolate(pieces, name => '${System.getenv("' + name + '")}') + lit.quote,
  support(text, sites) {
    const edits: OffsetEdit[] = [];
    for (const site of sites) {
      // `const val` needs a compile-time constant; a plain `val` can read the environment.
      const line = lineBefore(text, site.start);
      const m = /^(.*?\b)const\s+(?=val\b)/.exec(line.text);
      if (m) {
        const start = line.start + m[1].length;
        if (!edits.some(e => e.start === start)) edits.push({ start, end: line.start + m[0].length, newText: '' });
      }
    }
    return edits;
  },
};
