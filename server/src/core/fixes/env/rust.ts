/**
 * Rust: `std::env::var("NAME")` in the function's error style — `?` inside a function returning a Result whose
 * error accepts any error (anyhow, eyre, Box<dyn Error>), else `.expect("NAME must be set")`. The literal was a
 * `&str`, so the String is borrowed (`&…`), unless the code turned it into a String anyway (`.to_string()`).
 */
import { EnvLanguage, lineBefore } from './envLanguage';
import { enclosingBlockHeaders } from './blockContext';

const TO_OWNED = /^\s*\.\s*(?:to_string|to_owned|into|to_str)\s*\(\s*\)/;

export const rust: EnvLanguage = {
  ids: ['rust'],
  strings: { quotes: ['"'], prefix: /^b$/, hashRaw: true, multiline: ['"'], lineComments: ['//'], blockComment: ['/*', '*/'] },
  escapes: lit => (lit.raw ? 'none' : 'backslash'),
  reference(name, site) {
    const { text } = site;
    const fn = enclosingBlockHeaders(text, site.start).find(h => /\bfn\b/.test(h)) ?? '';
    const ret = /->\s*([^{]+)$/.exec(fn)?.[1].trim() ?? '';
    const anyError = /\b(?:anyhow|eyre)::Result\b/.test(ret) || /Box\s*<\s*dyn\s+[\w:]*Error/.test(ret)
      || (/^Result\s*<[^,]*>$/.test(ret) && /\buse\s+(?:anyhow|eyre|color_eyre)\b/.test(text));
    const value = `std::env::var("${name}")${anyError ? '?' : `.expect("${name} must be set")`}`;
    if (!site.literal) return { start: site.start, end: site.end, newText: value };
    const owned = TO_OWNED.exec(text.slice(site.end));
    if (owned) return { start: site.start, end: site.end + owned[0].length, newText: value };
    const from = /String::from\(\s*$/.exec(text.slice(Math.max(0, site.start - 20), site.start));
    const close = /^\s*\)/.exec(text.slice(site.end));
    if (from && close) return { start: site.start - from[0].length, end: site.end + close[0].length, newText: value };
    return { start: site.start, end: site.end, newText: `&${value}` };
  },
  support(text, sites) {
    for (const site of sites) {
      if (/^\s*(?:pub(?:\([\w:]+\))?\s+)?(?:const|static)\s/.test(lineBefore(text, site.start).text)) {
        return 'the value is a Rust const or static, which cannot read the environment';
      }
    }
    return [];
  },
};
