/** PHP: `getenv('NAME')`, joined to the rest of a string with `.`. */
import { concatenate, EnvLanguage, replaceSite } from './envLanguage';

export const php: EnvLanguage = {
  ids: ['php'],
  strings: { quotes: ['"', "'"], lineComments: ['//', '#'], blockComment: ['/*', '*/'] },
  escapes: lit => (lit.quote === "'" ? 'quoteOnly' : 'backslash'),
  interpolation: lit => (lit.quote === '"' ? /\$[\w{]|\{\$/ : undefined),
  reference: (name, site) => replaceSite(site, `getenv('${name}')`),
  compose: (lit, pieces, site) => concatenate(lit, pieces, site, '.', name => `getenv('${name}')`),
};
