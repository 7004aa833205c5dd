/** Ruby: `ENV.fetch("NAME")` (fails loudly when unset, unlike `ENV[]`); interpolated into double-quoted strings. */
import { concatenate, EnvLanguage, interpolate, replaceSite } from './envLanguage';

export const ruby: EnvLanguage = {
  ids: ['ruby'],
  strings: { quotes: ['"', "'"], lineComments: ['#'] },
  escapes: lit => (lit.quote === "'" ? 'quoteOnly' : 'backslash'),
  interpolation: lit => (lit.quote === '"' ? /#[{@$]/ : undefined),
  reference: (name, site) => replaceSite(site, `ENV.fetch("${name}")`),
  compose: (lit, pieces, site) => (lit.quote === '"'
    ? '"' + interpolate(pieces, name => `#{ENV.fetch("${name}")}`) + '"'
    : concatenate(lit, pieces, site, '+', name => `ENV.fetch("${name}")`)),
};
