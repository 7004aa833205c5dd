/**
 * Shell scripts, Dockerfiles and YAML (compose files, CI): `${NAME}` in place of the secret, inside its quotes.
 * These files interpolate variables inside strings, so only the secret itself moves, never the text around it.
 */
import type { StringLiteral } from './stringLiteral';
import { EnvLanguage, interpolate, Piece, replaceSite, Site } from './envLanguage';

const afterSpace = (text: string, at: number) => at === 0 || /\s/.test(text[at - 1]);
const ref = (name: string) => '${' + name + '}';

function shellCompose(lit: StringLiteral, pieces: Piece[]): string {
  if (lit.quote === '"') return '"' + interpolate(pieces, ref) + '"';
  // Single quotes take nothing literally but themselves: close them around a double-quoted reference.
  return pieces.map(p => ('text' in p ? (p.text ? `'${p.text}'` : '') : `"${ref(p.env)}"`)).join('');
}

export const shell: EnvLanguage = {
  ids: ['shellscript', 'dockerfile'],
  strings: { quotes: ['"', "'"], multiline: ['"', "'"], isRaw: (_, q) => q === "'", lineComments: ['#'], commentMayOpen: afterSpace },
  bareValues: true,
  escapes: lit => (lit.quote === "'" ? 'none' : 'shellDouble'),
  interpolation: lit => (lit.quote === '"' ? /[$`]/ : undefined),
  reference(name, site: Site) {
    if (site.literal) return replaceSite(site, shellCompose(site.literal, [{ env: name }]));
    // Dockerfile instructions take `${NAME}` as is; a shell word is quoted so the value is never split.
    const dockerInstruction = /^\s*(?:ENV|ARG|LABEL)\s/i.test(site.text.slice(site.text.lastIndexOf('\n', site.start - 1) + 1, site.start));
    return replaceSite(site, dockerInstruction ? ref(name) : `"${ref(name)}"`);
  },
  compose: (lit, pieces) => shellCompose(lit, pieces),
};

export const yaml: EnvLanguage = {
  ids: ['yaml', 'dockercompose', 'github-actions-workflow'],
  strings: {
    quotes: ['"', "'"], multiline: ['"', "'"], isRaw: (_, q) => q === "'", doubledQuote: (_, q) => q === "'",
    lineComments: ['#'], commentMayOpen: afterSpace,
    // A quote starts a YAML string only at the start of a value, not inside `it's`.
    quoteMayOpen: (text, at) => /(?:^|[:\-\[{,?])\s*$/.test(text.slice(text.lastIndexOf('\n', at - 1) + 1, at)),
  },
  bareValues: true,
  escapes: lit => (lit.quote === "'" ? 'none' : 'backslash'),
  reference: (name, site) => replaceSite(site, site.literal ? site.literal.quote + ref(name) + site.literal.quote : ref(name)),
  compose: (lit, pieces) => lit.quote + interpolate(pieces, ref) + lit.quote,
};
