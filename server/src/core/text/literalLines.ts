/**
 * Which lines start inside a multi-line string or block comment. A light scanner, not a parser: it exists so that
 * prose inside docstrings, template literals, heredocs and YAML block scalars (help texts, prompts, issue templates)
 * is not read as pasted chat output. Single-line strings end at the line break, so a misread quote cannot leak.
 */
import { commentSyntax } from './languages';
import type { LineIndex } from './lineIndex';

export type LineStart = 'code' | 'string' | 'comment';

const TEMPLATE_BACKTICK = new Set(['javascript', 'javascriptreact', 'typescript', 'typescriptreact', 'vue', 'svelte', 'go']);
const TRIPLE_QUOTES = new Set(['python', 'toml', 'kotlin', 'java', 'scala', 'swift', 'julia', 'dart', 'groovy', 'elixir']);
const HEREDOCS = new Set(['shellscript', 'ruby', 'perl', 'php', 'dockerfile', 'makefile', 'powershell']);
const FENCE = /^\s*`{3,}/;

export function lineStarts(lines: LineIndex, languageId: string): LineStart[] {
  const syntax = commentSyntax(languageId);
  const lineOpen = syntax.line;
  const [blockOpen, blockClose] = syntax.block ?? [undefined, undefined];
  const backtick = TEMPLATE_BACKTICK.has(languageId);
  const triple = TRIPLE_QUOTES.has(languageId);
  const heredoc = HEREDOCS.has(languageId);
  const out: LineStart[] = [];
  let state: 'code' | 'block' | 'template' | 'triple"' | "triple'" = 'code';
  let heredocEnd: string | undefined;
  let yamlScalarIndent = -1;

  for (let n = 0; n < lines.lineCount; n++) {
    const text = lines.lineText(n);
    if (heredocEnd !== undefined) {
      out.push('string');
      if (text.trim() === heredocEnd) heredocEnd = undefined;
      continue;
    }
    if (languageId === 'yaml') {
      const indent = text.length - text.trimStart().length;
      if (yamlScalarIndent >= 0 && (text.trim() === '' || indent > yamlScalarIndent)) { out.push('string'); continue; }
      yamlScalarIndent = /(?:^|:|-)\s*[|>][+-]?\d*\s*(?:#.*)?$/.test(text) ? indent : -1;
      out.push('code');
      continue;
    }
    out.push(state === 'code' ? 'code' : state === 'block' ? 'comment' : 'string');
    // A markdown fence pasted into JS would otherwise open a template literal and hide everything after it.
    if (state === 'code' && backtick && FENCE.test(text)) continue;
    if (text.length > 4096) continue; // minified: no prose to protect, and not worth the scan
    let quote: string | undefined;
    for (let i = 0; i < text.length; i++) {
      const rest = (s: string | undefined) => s !== undefined && text.startsWith(s, i);
      if (state === 'block') { if (rest(blockClose)) { state = 'code'; i += blockClose!.length - 1; } continue; }
      if (state === 'template') { if (text[i] === '\\') i++; else if (text[i] === '`') state = 'code'; continue; }
      if (state === 'triple"' || state === "triple'") { if (text.startsWith(state === 'triple"' ? '"""' : "'''", i)) { state = 'code'; i += 2; } continue; }
      if (quote) { if (text[i] === '\\') i++; else if (text[i] === quote) quote = undefined; continue; }
      if (rest(lineOpen)) break;
      if (rest(blockOpen)) { state = 'block'; i += blockOpen!.length - 1; continue; }
      if (triple && (rest('"""') || rest("'''"))) { state = text[i] === '"' ? 'triple"' : "triple'"; i += 2; continue; }
      if (backtick && text[i] === '`') { state = 'template'; continue; }
      if (heredoc && rest('<<')) {
        const m = /^<<[-~]?\s*(['"]?)([A-Za-z_][\w]*)\1/.exec(text.slice(i));
        if (m) { heredocEnd = m[2]; break; }
      }
      if (text[i] === '"' || text[i] === "'" || (text[i] === '`' && !backtick)) quote = text[i];
    }
  }
  return out;
}
