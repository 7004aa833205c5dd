/**
 * The provenance injection grammar (syntaxes/provenance.injection.tmLanguage.json), tokenized by vscode-textmate
 * the way VS Code does it: the grammar is loaded from package.json's `contributes.grammars` and injected into every
 * host grammar whose scope starts with one of its `injectTo` scopes. VS Code's own grammars cannot be loaded here,
 * so small test-only host grammars in test/fixtures/grammars/ stand in for them: C-family (`//`, `/* *\/`, JSDoc),
 * `#`, `--` (with Lua and Haskell block comments) and an HTML-like `text.` language with `<!-- -->`.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { REPO } from '../helpers/repo';

const FIXTURES = path.join(REPO, 'test', 'fixtures', 'grammars');
const HOSTS: Record<string, string> = {
  'source.vouchtest-slash': 'slash.tmLanguage.json',
  'source.vouchtest-hash': 'hash.tmLanguage.json',
  'source.vouchtest-dash': 'dash.tmLanguage.json',
  'text.vouchtest-markup': 'markup.tmLanguage.json',
};
const SLASH = 'source.vouchtest-slash';
const HASH = 'source.vouchtest-hash';
const DASH = 'source.vouchtest-dash';
const MARKUP = 'text.vouchtest-markup';

const TAG = 'keyword.other.ai-generated.vouch';
const FORM = 'keyword.control.ai-generated.vouch';
const FIELD = 'variable.parameter.field.vouch';
const VALUE = 'string.unquoted.value.vouch';
const UNKNOWN = 'invalid.illegal.unknown-field.vouch';
const ASSISTED = 'keyword.other.assisted-by.vouch';

interface ContributedGrammar { scopeName: string; path: string; injectTo?: string[]; language?: string }

const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
const contributed: ContributedGrammar[] = pkg.contributes?.grammars ?? [];

/** vscode-oniguruma's engine; the wasm file is read from node_modules, as the test bundle may run from elsewhere. */
async function onigLib(): Promise<vsctm.IOnigLib> {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm', { paths: [REPO] }));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  return {
    createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
    createOnigString: (s: string) => new oniguruma.OnigString(s),
  };
}

/** VS Code's rule: a grammar contributed with `injectTo: ["source"]` is injected into `source`, `source.ts`, … */
function injectionsFor(scopeName: string): string[] {
  const parts = scopeName.split('.');
  const out: string[] = [];
  for (let i = 1; i <= parts.length; i++) {
    const prefix = parts.slice(0, i).join('.');
    for (const g of contributed) if (g.injectTo?.includes(prefix)) out.push(g.scopeName);
  }
  return out;
}

/** Created once (the wasm engine loads once per process), on first use. */
let registry: vsctm.Registry | undefined;
function getRegistry(): vsctm.Registry {
  registry ??= new vsctm.Registry({
    onigLib: onigLib(),
    loadGrammar: async scopeName => {
      const own = contributed.find(g => g.scopeName === scopeName);
      const file = own ? path.join(REPO, own.path) : HOSTS[scopeName] && path.join(FIXTURES, HOSTS[scopeName]);
      return file ? vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
    },
    getInjections: injectionsFor,
  });
  return registry;
}

interface Tok { line: number; start: number; end: number; scopes: string[] }
interface Tokenized { lines: string[]; tokens: Tok[] }

async function tokenize(scopeName: string, src: string): Promise<Tokenized> {
  const grammar = await getRegistry().loadGrammar(scopeName);
  assert.ok(grammar, `grammar ${scopeName} did not load`);
  const lines = src.split('\n');
  const tokens: Tok[] = [];
  let state = vsctm.INITIAL;
  lines.forEach((text, line) => {
    const r = grammar.tokenizeLine(text, state);
    for (const t of r.tokens) tokens.push({ line, start: t.startIndex, end: Math.min(t.endIndex, text.length), scopes: t.scopes });
    state = r.ruleStack;
  });
  return { lines, tokens };
}

/** Every scope of the character at `offset` in the whole text (lines joined by `\n`). */
function scopesAt(t: Tokenized, offset: number): string[] {
  let line = 0;
  let col = offset;
  while (line < t.lines.length && col > t.lines[line].length) { col -= t.lines[line].length + 1; line++; }
  const tok = t.tokens.find(k => k.line === line && k.start <= col && col < k.end);
  return tok ? tok.scopes : [];
}

/** Where `needle` stands in the text: its first occurrence at or after the first occurrence of `after`. */
function locate(t: Tokenized, needle: string, after = ''): number {
  const text = t.lines.join('\n');
  const from = after ? text.indexOf(after) : 0;
  assert.ok(from >= 0, `"${after}" is not in the sample`);
  const at = text.indexOf(needle, from);
  assert.ok(at >= 0, `"${needle}" is not in the sample after "${after}"`);
  return at;
}

const matches = (scopes: string[], scope: string) => scopes.some(s => s === scope || s.startsWith(scope + '.'));
const describeScopes = (t: Tokenized, at: number, len: number) =>
  Array.from({ length: len }, (_, i) => `${JSON.stringify(t.lines.join('\n')[at + i])}: ${scopesAt(t, at + i).join(' ')}`).join('\n');

/** Each character of `needle` carries `scope` (or a scope under it). */
function has(t: Tokenized, needle: string, scope: string, after?: string): void {
  const at = locate(t, needle, after);
  for (let i = 0; i < needle.length; i++) {
    if (!matches(scopesAt(t, at + i), scope)) assert.fail(`"${needle}" should be ${scope}:\n${describeScopes(t, at, needle.length)}`);
  }
}

/** No character of `needle` carries `scope` (or a scope under it). */
function hasNot(t: Tokenized, needle: string, scope: string, after?: string): void {
  const at = locate(t, needle, after);
  for (let i = 0; i < needle.length; i++) {
    if (matches(scopesAt(t, at + i), scope)) assert.fail(`"${needle}" should not be ${scope}:\n${describeScopes(t, at, needle.length)}`);
  }
}

/** No character of `needle` carries a scope of this grammar. */
function noVouchIn(t: Tokenized, needle: string, after?: string): void {
  const at = locate(t, needle, after);
  for (let i = 0; i < needle.length; i++) {
    if (scopesAt(t, at + i).some(s => s.endsWith('.vouch'))) assert.fail(`"${needle}" should not be highlighted:\n${describeScopes(t, at, needle.length)}`);
  }
}

/** Nothing on the line (0-based) carries a scope of this grammar. */
function noVouch(t: Tokenized, line: number): void {
  const hit = t.tokens.find(k => k.line === line && k.scopes.some(s => s.endsWith('.vouch')));
  if (hit) assert.fail(`line ${line} "${t.lines[line]}" has ${hit.scopes.join(' ')} at ${hit.start}`);
}

describe('provenance injection grammar (syntaxes/)', () => {
  it('is contributed in package.json as an injection into every source and text grammar, from a file that exists', () => {
    const g = contributed.find(x => x.scopeName === 'vouch.provenance.injection');
    assert.ok(g, 'package.json contributes.grammars lacks vouch.provenance.injection');
    assert.ok(fs.existsSync(path.join(REPO, g.path)), `${g.path} does not exist`);
    assert.match(g.path, /^\.\/syntaxes\/[^/]+\.json$/, 'the grammar must sit in syntaxes/, which .vscodeignore ships');
    assert.deepStrictEqual([...(g.injectTo ?? [])].sort(), ['source', 'text']);
    assert.strictEqual(g.language, undefined, 'an injection grammar must not claim a language');
    const raw = JSON.parse(fs.readFileSync(path.join(REPO, g.path), 'utf8'));
    assert.strictEqual(raw.scopeName, g.scopeName);
    assert.strictEqual(raw.injectionSelector, 'L:comment');
    for (const host of Object.keys(HOSTS)) assert.deepStrictEqual(injectionsFor(host), [g.scopeName], host);
  });

  it('highlights the marker, the block form and every known field in a // line comment', async () => {
    const t = await tokenize(SLASH, [
      '// @ai-generated by=copilot:gpt-4.1 date=2026-11-21 source=git:1a2b3c4 reviewed-by=jane-doe sha256=0123456789ab',
      'export function retry() {}',
      '// @ai-generated end',
    ].join('\n'));
    has(t, '@ai-generated', TAG);
    has(t, '@ai-generated', 'comment.line.double-slash');
    for (const [key, value] of [['by', 'copilot:gpt-4.1'], ['date', '2026-11-21'], ['source', 'git:1a2b3c4'], ['reviewed-by', 'jane-doe'], ['sha256', '0123456789ab']]) {
      has(t, key, FIELD, ` ${key}=`);
      has(t, '=', 'keyword.operator.assignment.vouch', ` ${key}=`);
      has(t, value, VALUE, ` ${key}=`);
      hasNot(t, key, UNKNOWN, ` ${key}=`);
    }
    has(t, 'reviewed-by', FIELD); // the whole name, not just its `by`
    noVouch(t, 1);
    has(t, '@ai-generated', TAG, 'retry');
    has(t, 'end', FORM, 'retry');
  });

  it('highlights quoted values, with spaces, colons and escaped quotes, as one value', async () => {
    const t = await tokenize(SLASH, '// @ai-generated by="claude code:opus 4" source="chat: \\"fix it\\"" date=2026-01-02');
    has(t, '"claude code:opus 4"', VALUE);
    has(t, '"chat: \\"fix it\\""', VALUE);
    has(t, 'date', FIELD);
    has(t, '2026-01-02', VALUE);
  });

  it('marks unknown fields as invalid, and keeps field-like words after a known one apart', async () => {
    const t = await tokenize(HASH, '# @ai-generated by=x model=gpt-4 By=y data-by=z');
    has(t, 'by', FIELD);
    has(t, 'x', VALUE, 'by=');
    has(t, 'model', UNKNOWN);
    hasNot(t, 'model', FIELD);
    has(t, 'By', UNKNOWN); // field names are case-sensitive, as in the parser
    has(t, 'data-by', UNKNOWN);
    hasNot(t, 'by', FIELD, 'data-');
  });

  it('highlights the file form in # comments', async () => {
    const t = await tokenize(HASH, '#!/usr/bin/env python3\n# @ai-generated file by=claude-code source="chat session 4"\nprint("hi")');
    noVouch(t, 0);
    has(t, '@ai-generated', TAG);
    has(t, 'file', FORM);
    has(t, 'by', FIELD, 'file');
    has(t, 'claude-code', VALUE);
    has(t, '"chat session 4"', VALUE);
    noVouch(t, 2);
  });

  it('does not read `end`/`file` glued to another word as the form', async () => {
    const t = await tokenize(SLASH, '// @ai-generated ending\n// @ai-generated files by=x');
    hasNot(t, 'ending', FORM);
    hasNot(t, 'files', FORM);
  });

  it('highlights tags in -- comments, and the line after is code again', async () => {
    const t = await tokenize(DASH, "-- @ai-generated by=aider:sonnet date=2026-03-04\nSELECT 'x';\n-- @ai-generated end");
    has(t, '@ai-generated', TAG);
    has(t, 'by', FIELD);
    has(t, 'aider:sonnet', VALUE);
    has(t, '2026-03-04', VALUE);
    hasNot(t, 'SELECT', 'comment');
    has(t, "'x'", 'string');
    has(t, 'end', FORM, 'SELECT');
  });

  it('ends the tag at the block comment closer, so the comment closes and code follows', async () => {
    const cases: [scope: string, line: string, closer: string, code: string, value?: string][] = [
      [SLASH, '/* @ai-generated by=copilot:gpt-4.1 */ retry();', '*/', 'retry', 'copilot:gpt-4.1'],
      [SLASH, '/* @ai-generated by=copilot:gpt-4.1*/ retry();', '*/', 'retry', 'copilot:gpt-4.1'],
      [SLASH, '/* @ai-generated by="quoted value" */ retry();', '*/', 'retry', '"quoted value"'],
      [SLASH, '/* @ai-generated end*/ retry();', '*/', 'retry'],
      [SLASH, '/* @ai-generated*/ retry();', '*/', 'retry'],
      [SLASH, '/* @ai-generated by=x model=y*/ retry();', '*/', 'retry', 'x'],
      [SLASH, '/* @ai-generated by=x words */ retry();', '*/', 'retry', 'x'],
      [SLASH, '/* @ai-generated by=x */a=1;', '*/', 'a=1', 'x'],
      [SLASH, '/* Assisted-by: claude:opus-4*/ retry();', '*/', 'retry', 'claude:opus-4'],
      [SLASH, '<div>{/* @ai-generated by=v0:gpt-4o */}<b>"x"</b></div>', '*/', '}<b>', 'v0:gpt-4o'],
      [SLASH, '<div>{/* @ai-generated by=v0:gpt-4o*/}<b>"x"</b></div>', '*/', '}<b>', 'v0:gpt-4o'],
      [MARKUP, '<!-- @ai-generated by=copilot:gpt-4.1 --><p title="x">', '-->', '<p', 'copilot:gpt-4.1'],
      [MARKUP, '<!-- @ai-generated by=copilot:gpt-4.1--><p title="x">', '-->', '<p', 'copilot:gpt-4.1'],
      [MARKUP, '<!-- @ai-generated end--><p title="x">', '-->', '<p'],
      [MARKUP, '<!-- Assisted-by: copilot:gpt-4.1--><p title="x">', '-->', '<p', 'copilot:gpt-4.1'],
      [DASH, '--[[ @ai-generated by=x:y]] local a = 1', ']]', 'local', 'x:y'],
      [DASH, '{- @ai-generated by=x:y-} main = 1', '-}', 'main', 'x:y'],
    ];
    for (const [scope, line, closer, code, value] of cases) {
      const t = await tokenize(scope, line + '\nafter();');
      has(t, closer, 'punctuation.definition.comment');
      noVouchIn(t, closer);
      hasNot(t, code, 'comment', closer);
      hasNot(t, 'after', 'comment');
      if (line.includes('@ai-generated')) has(t, '@ai-generated', TAG);
      else has(t, 'Assisted-by', ASSISTED);
      if (value) has(t, value, VALUE, line.includes('by=') ? 'by=' : 'Assisted-by:');
    }
  });

  it('stops a value before the closer but keeps the parts of a value that merely look like one', async () => {
    const t = await tokenize(SLASH, '/* @ai-generated by=a-b:c.d/e source=git:1a2b3c4*/ x');
    has(t, 'a-b:c.d/e', VALUE);
    has(t, 'git:1a2b3c4', VALUE);
    noVouchIn(t, '*/');
  });

  it('highlights a bare @ai-generated line inside a multi-line block comment, and JSDoc does not take it over', async () => {
    const t = await tokenize(SLASH, [
      '/**',
      ' * Retries the call.',
      ' * @ai-generated by=copilot:gpt-4.1 date=2026-11-21',
      ' * @param n how often',
      ' */',
      'function retry(n) {}',
      '/*',
      '@ai-generated end',
      '*/',
    ].join('\n'));
    has(t, '@ai-generated', TAG);
    hasNot(t, '@ai-generated', 'storage.type.class.jsdoc');
    has(t, 'by', FIELD);
    has(t, 'copilot:gpt-4.1', VALUE);
    has(t, '2026-11-21', VALUE);
    has(t, '@param', 'storage.type.class.jsdoc'); // the host's own patterns still run on other lines
    noVouch(t, 3);
    hasNot(t, 'function', 'comment');
    has(t, '@ai-generated', TAG, 'function');
    has(t, 'end', FORM, 'function');
    noVouch(t, 8);
  });

  it('highlights Assisted-by: and its value, in any case, with a colon in the value', async () => {
    const t = await tokenize(SLASH, '// Assisted-by: claude-code:claude-opus-4\nfoo();\n// assisted-by: aider');
    has(t, 'Assisted-by', ASSISTED);
    has(t, 'claude-code:claude-opus-4', VALUE);
    has(t, 'assisted-by', ASSISTED);
    has(t, 'aider', VALUE);
    noVouch(t, 1);
    const h = await tokenize(HASH, '# Assisted-by: copilot:gpt-4.1');
    has(h, 'Assisted-by', ASSISTED);
    has(h, 'copilot:gpt-4.1', VALUE);
  });

  it('does not highlight tags outside comments: in strings, template literals, docstrings, code or markup', async () => {
    const slash = await tokenize(SLASH, [
      'const s = "// @ai-generated by=x";',
      "const t = '@ai-generated end';",
      'const u = `',
      '// @ai-generated by=x date=2026-01-01',
      'Assisted-by: copilot',
      '`;',
      'tag = @ai-generated; by=x; Assisted-by: y',
      'send("bot@ai-generated.dev")',
    ].join('\n'));
    for (let line = 0; line < slash.lines.length; line++) noVouch(slash, line);

    const hash = await tokenize(HASH, 'doc = """\n# @ai-generated file by=x\n"""\nx = "# @ai-generated by=y"\n@ai-generated(by=z)');
    for (let line = 0; line < hash.lines.length; line++) noVouch(hash, line);

    const markup = await tokenize(MARKUP, '<p title="@ai-generated by=x">@ai-generated by=y Assisted-by: z</p>');
    noVouch(markup, 0);
  });

  it('does not take an address or a mid-word @ai-generated in a comment for the marker', async () => {
    const t = await tokenize(SLASH, '// mail bot@ai-generated.dev or x.@ai-generated');
    noVouch(t, 0);
  });
});
