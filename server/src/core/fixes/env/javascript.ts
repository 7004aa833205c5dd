/** JavaScript and TypeScript (also JSX/TSX): `process.env.NAME`, composed into a template literal. */
import { concatenate, EnvLanguage, interpolate, replaceSite } from './envLanguage';

export const javascript: EnvLanguage = {
  ids: ['javascript', 'typescript', 'javascriptreact', 'typescriptreact'],
  strings: { quotes: ['"', "'", '`'], multiline: ['`'], lineComments: ['//'], blockComment: ['/*', '*/'] },
  escapes: () => 'backslash',
  interpolation: lit => (lit.quote === '`' ? /\$\{/ : undefined),
  reference(name, site) {
    // A JSX attribute value (`<Client apiKey="…" />`) needs braces around an expression.
    const before = site.text.slice(site.text.lastIndexOf('\n', site.start - 1) + 1, site.start);
    const jsx = site.literal && /<[\w.:-]+\b[^<>]*\s[\w:-]+=$/.test(before);
    return replaceSite(site, jsx ? `{process.env.${name}}` : `process.env.${name}`);
  },
  compose(lit, pieces, site) {
    const hole = (name: string) => '${process.env.' + name + '}';
    if (lit.quote === '`') return '`' + interpolate(pieces, hole) + '`';
    const texts = pieces.flatMap(p => ('text' in p ? [p.text] : []));
    // A quoted string becomes a template literal unless its text would mean something else inside one.
    if (!texts.some(t => t.includes('`') || t.includes('${'))) {
      const before = site.text.slice(site.text.lastIndexOf('\n', site.start - 1) + 1, site.start);
      const tpl = '`' + interpolate(pieces, hole) + '`';
      return /<[\w.:-]+\b[^<>]*\s[\w:-]+=$/.test(before) ? `{${tpl}}` : tpl;
    }
    return concatenate(lit, pieces, site, '+', name => `process.env.${name}`);
  },
};
