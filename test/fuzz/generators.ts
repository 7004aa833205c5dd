/**
 * Seeded generators of hostile text for the fuzz suites. Every case is a pure function of (seed, index), so a
 * failure reproduces from the seed the suite prints: `VOUCH_FUZZ_SEED=<seed> npx mocha out/test/fuzz/...`.
 * Secret-looking values are fakes built at run time by SampleKit; nothing realistic is written down.
 */
import { SampleKit } from '../../server/src/core/secrets/sampleKit';

/** The suite's seed: `VOUCH_FUZZ_SEED` when set (to reproduce a failure), else fresh per run. */
export const FUZZ_SEED = Number(process.env.VOUCH_FUZZ_SEED ??= String((Date.now() ^ (process.pid << 16)) >>> 0)) >>> 0; // shared by every suite file in this run
/** Scales the number of cases (`VOUCH_FUZZ_SCALE=10` for a long local run). */
export const FUZZ_SCALE = Math.max(0.01, Number(process.env.VOUCH_FUZZ_SCALE ?? 1) || 1);

export class Rng extends SampleKit {
  int(n: number): number { return Math.floor(this.next() * n); }
  range(lo: number, hi: number): number { return lo + this.int(hi - lo + 1); }
  pick<T>(xs: readonly T[]): T { return xs[this.int(xs.length)]; }
  chance(p: number): boolean { return this.next() < p; }
}

/** A sub-generator per case: the case's own seed mixes the suite's seed with its index. */
export function caseRng(seed: number, index: number): Rng {
  return new Rng((Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(index + 1, 0xc2b2ae35)) >>> 0);
}

export interface FuzzCase { kind: string; languageId: string; text: string }

export const LANGUAGES = [
  'typescript', 'javascript', 'typescriptreact', 'javascriptreact', 'python', 'go', 'java', 'kotlin', 'csharp', 'ruby',
  'php', 'rust', 'shellscript', 'dockerfile', 'yaml', 'json', 'jsonc', 'markdown', 'plaintext', 'html', 'xml', 'css',
  'sql', 'lua', 'haskell', 'ocaml', 'clojure', 'dotenv', 'properties', 'ini', 'toml', 'c', 'cpp', 'swift', 'vue',
  'svelte', 'mdx', 'powershell', 'bat', 'makefile', 'terraform', 'r', 'perl', 'elixir', 'erlang', 'scala', 'dart',
  'no-such-language', '',
];

const COMMENT_OPENERS = ['/*', '/**', '<!--', '"""', "'''", '{/*', '=begin', '--[[', '(*', '{-', '#|', '`', '<<EOF', '<<-\'EOF\'', '@"', 'r#"', '#[[', '%{', '"'];
const LINE_COMMENTS = ['//', '#', '--', ';', '%', "'", 'REM', '<!--', '/*', '{/*', '*', ''];
const BREAKS = ['\n', '\r\n', '\r', '\u2028', '\u2029', '\u0085', '\n\r', '\v', '\f'];
const TAG_FIELDS = ['by=copilot:gpt-4.1', 'by=claude-code', 'by=', 'by="a b"', 'date=2026-11-21', 'date=2026-13-45', 'date=x',
  'source=git:1a2b3c4', 'source=paste', 'reviewed-by=Ana', 'sha256=0123456789ab', 'sha256=zz', 'unknown=1', 'by="unterminated', '=', '==', 'by==x'];
const CHAT = ['Here is the updated code:', 'Certainly! Here is the code:', '```', '```ts', '// ... existing code ...', '# rest of the code remains the same',
  'As an AI language model', 'Replace with your actual API key', 'YOUR_API_KEY_HERE', 'In a real application', 'Let me know if you need anything else!'];
const NAMES = ['password', 'api_key', 'apiKey', 'token', 'secret', 'client_secret', 'AWS_SECRET_ACCESS_KEY', 'auth', 'GITHUB_TOKEN', 'pwd', 'x'];
const SUPPRESS = ['vouch:allow', 'gitleaks:allow', 'pragma: allowlist secret', 'secretlint-disable-line', 'secretlint-disable-next-line', 'trufflehog:ignore'];

/** Fake secret-shaped values (and near misses) of many providers. */
export function fakeValue(r: Rng): string {
  switch (r.int(14)) {
    case 0: return r.crcToken('ghp_');
    case 1: return r.crcToken(r.pick(['gho_', 'ghu_', 'ghs_', 'ghr_', 'npm_']));
    case 2: return 'AKIA' + r.random('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
    case 3: return `xoxb-${r.digits(11)}-${r.digits(12)}-${r.base62(24)}`;
    case 4: return 'sk-' + r.base62(r.range(20, 60));
    case 5: return `eyJ${r.base64url(r.range(10, 40))}.eyJ${r.base64url(r.range(10, 60))}.${r.base64url(r.range(10, 43))}`;
    case 6: return `-----BEGIN ${r.pick(['RSA ', 'EC ', 'OPENSSH ', ''])}PRIVATE KEY-----\n${r.base64(64)}\n${r.base64(r.range(0, 64))}${r.chance(0.5) ? '\n-----END PRIVATE KEY-----' : ''}`;
    case 7: return r.base62(r.range(8, 64)) + r.pick(['!', '#', '$', '']) + r.digits(r.range(0, 4));
    case 8: return `postgres://app:${r.base62(16)}@db.example.internal:5432/app`;
    case 9: return r.hex(r.range(16, 64));
    case 10: return r.pick(['ghp_', 'AKIA', 'xoxb-', 'sk-', 'eyJ', 'npm_']) + r.base62(r.range(0, 8));
    case 11: return '${' + r.pick(NAMES).toUpperCase() + '}';
    case 12: return r.pick(['changeme', 'xxxxxxxx', '<your-key>', '{{ vault_password }}', 'AKIAIOSFODNN7EXAMPLE']);
    default: return r.base64(r.range(20, 90));
  }
}

function randomCodeUnits(r: Rng, n: number): string {
  const units = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const k = r.int(10);
    units[i] = k < 4 ? 32 + r.int(95) : k < 5 ? r.int(32) : k < 6 ? 0xd800 + r.int(0x800) : k < 7 ? 0xfeff : r.int(0x10000);
  }
  let s = '';
  for (let i = 0; i < n; i += 4096) s += String.fromCharCode(...units.slice(i, i + 4096));
  return s;
}

function randomBytes(r: Rng, n: number): Buffer {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = r.int(256);
  return b;
}

function tagLine(r: Rng): string {
  const c = r.pick(LINE_COMMENTS);
  const head = r.pick(['@ai-generated', '@ai-generated end', '@ai-generated file', 'Assisted-by:', '@AI-GENERATED', '@ai-generated-x']);
  const fields = Array.from({ length: r.int(4) }, () => r.pick(TAG_FIELDS)).join(' ');
  return `${' '.repeat(r.int(4))}${c} ${head} ${head === 'Assisted-by:' ? r.pick(['claude-code:opus', '', 'x:y:z']) : fields}${c === '/*' ? ' */' : c === '<!--' ? ' -->' : c === '{/*' ? ' */}' : ''}`;
}

/** A line built from pieces that touch every part of the analysis. */
function soupLine(r: Rng): string {
  const parts: string[] = [];
  const n = r.range(0, 6);
  for (let i = 0; i < n; i++) {
    switch (r.int(12)) {
      case 0: parts.push(`${r.pick(NAMES)} ${r.pick(['=', ':', ':=', '=>', '==', ' '])} ${r.pick(['"', "'", '`', ''])}${fakeValue(r)}${r.pick(['"', "'", '`', ''])}`); break;
      case 1: parts.push(tagLine(r)); break;
      case 2: parts.push(r.pick(CHAT)); break;
      case 3: parts.push(r.pick(COMMENT_OPENERS)); break;
      case 4: parts.push(`${r.pick(LINE_COMMENTS)} ${r.pick(SUPPRESS)}`); break;
      case 5: parts.push(randomCodeUnits(r, r.range(1, 20))); break;
      case 6: parts.push(r.pick(['{', '}', '(', ')', '[', ']', ';', ',', '\\', '\\"', '${', '#{', 'f"', "b'", 'r"'])); break;
      case 7: parts.push(r.pick(['process.env.X', 'os.environ["X"]', 'os.Getenv("X")', 'ENV.fetch("X")', 'getenv(\'X\')'])); break;
      case 8: parts.push(r.pick(['import os', 'package main', 'import (', 'fn main() {', 'class A {', 'def f():', '<?php', 'const val X = 1', 'func x() {'])); break;
      case 9: parts.push(' '.repeat(r.int(40)) + '\t'.repeat(r.int(3))); break;
      case 10: parts.push(r.pick(['"integrity": "sha512-', 'resolved "https://', '"version": "1"', 'https://user:pw@host/'])); break;
      default: parts.push(fakeValue(r));
    }
  }
  return parts.join(r.pick([' ', '', '\t', ', ']));
}

function soup(r: Rng, lines: number): string {
  let out = '';
  for (let i = 0; i < lines; i++) out += soupLine(r) + (r.chance(0.9) ? '\n' : r.pick(BREAKS));
  return out;
}

function nestedJson(r: Rng, depth: number): string {
  const open = r.chance(0.5) ? '{"a":' : '[';
  const close = open === '[' ? ']' : '}';
  const inner = r.chance(0.5) ? `"${r.pick(NAMES)}": "${fakeValue(r)}"` : '1';
  return open.repeat(depth) + (open === '[' ? inner.replace(/^"[^"]*": /, '') : inner.replace(/^"[^"]*": /, '')) + close.repeat(r.chance(0.8) ? depth : r.int(depth));
}

function minified(r: Rng, bytes: number): string {
  const pieces = ['function(e,t,n){', 'var a=', 'return ', '}', '"use strict";', 'e.exports=', '.apply(this,arguments)', '&&', '||', '?', ':',
    'null', 'void 0', '!0', '!1', '"', "'", '`${', '}`', '/*', '*/', '//', 'new RegExp("', '\\u00', 'apiKey:', 'token:"', 'Authorization:"Bearer '];
  const chunks: string[] = [];
  let size = 0;
  while (size < bytes) {
    const p = r.chance(0.03) ? `"${fakeValue(r)}"` : r.chance(0.5) ? r.pick(pieces) : r.random('abcdefghijklmnopqrstuvwxyz_$0123456789', r.range(1, 12));
    chunks.push(p);
    size += p.length;
  }
  return chunks.join('');
}

function mixedBreaks(r: Rng, lines: number): string {
  let out = '';
  for (let i = 0; i < lines; i++) out += (r.chance(0.3) ? soupLine(r) : r.base62(r.int(20))) + r.pick(BREAKS);
  return out;
}

function unclosedComments(r: Rng, lang: string): string {
  let out = r.chance(0.5) ? soup(r, r.int(5)) : '';
  for (let i = 0, n = r.range(1, 6); i < n; i++) out += `${r.pick(COMMENT_OPENERS)}${r.chance(0.5) ? ' ' + tagLine(r) : ''}\n${soup(r, r.int(4))}`;
  return lang === 'php' ? '<?php\n' + out : out;
}

function nestedTags(r: Rng): string {
  const c = r.pick(['//', '#', '--', '<!--', '/*']);
  const close = c === '<!--' ? ' -->' : c === '/*' ? ' */' : '';
  let out = '';
  const depth = r.range(1, 30);
  const fields = () => Array.from({ length: r.int(4) }, () => r.pick(TAG_FIELDS)).join(' ');
  for (let i = 0; i < depth; i++) {
    out += `${c} @ai-generated${r.chance(0.1) ? ' file' : ''} ${fields()}${close}\n`;
    if (r.chance(0.5)) out += soup(r, r.int(3));
    if (r.chance(0.3)) out += `${c} @ai-generated end${close}\n`;
  }
  for (let i = 0, n = r.int(depth + 3); i < n; i++) out += (r.chance(0.5) ? soup(r, 1) : '') + `${c} @ai-generated end${close}\n`;
  return out;
}

/** Small cases: cheap, numerous, every kind. */
export function smallCase(r: Rng): FuzzCase {
  const languageId = r.pick(LANGUAGES);
  const kind = r.pick(['soup', 'soup', 'soup', 'bytes-utf8', 'bytes-latin1', 'code-units', 'nul', 'bom', 'breaks', 'unclosed', 'tags', 'json', 'minified', 'empty']);
  const text = ((): string => {
    switch (kind) {
      case 'soup': return soup(r, r.range(0, 30));
      case 'bytes-utf8': return randomBytes(r, r.range(0, 2000)).toString('utf8');
      case 'bytes-latin1': return randomBytes(r, r.range(0, 2000)).toString('latin1');
      case 'code-units': return randomCodeUnits(r, r.range(0, 2000));
      case 'nul': return soup(r, r.range(1, 10)).replace(/ /g, () => (r.chance(0.2) ? '\0' : ' '));
      case 'bom': return '\uFEFF' + soup(r, r.range(1, 10)).replace(/\n/g, () => (r.chance(0.2) ? '\n\uFEFF' : '\n'));
      case 'breaks': return mixedBreaks(r, r.range(1, 60));
      case 'unclosed': return unclosedComments(r, languageId);
      case 'tags': return nestedTags(r);
      case 'json': return nestedJson(r, r.range(1, 500));
      case 'minified': return minified(r, r.range(100, 5000));
      default: return r.pick(['', '\n', '\r', '\r\n', '\uFEFF', '\0', '\ud800', '\udc00', '"', '/*']);
    }
  })();
  return { kind, languageId, text };
}

/** Large cases: the shapes that break naive scanners. */
export const LARGE_KINDS = ['line-10mb', 'minified-2mb', 'json-deep', 'lines-100k', 'bytes-1mb', 'surrogates-1mb', 'breaks-200k', 'tags-10k', 'unclosed-big'] as const;

export function largeCase(r: Rng, kind: typeof LARGE_KINDS[number]): FuzzCase {
  const languageId = r.pick(['typescript', 'javascript', 'python', 'json', 'go', 'plaintext', 'yaml']);
  switch (kind) {
    case 'line-10mb': {
      // One 10 MB line with secret-shaped islands: every regex that scans to end of line sees all of it.
      const filler = r.pick(['a', 'A1', '=', ' ', '"', 'x'.repeat(63) + '+', 'token=']);
      const block = filler.repeat(Math.ceil(1_000_000 / filler.length)).slice(0, 1_000_000);
      return { kind, languageId, text: Array.from({ length: 10 }, () => block).join(`"${fakeValue(r)}"`) };
    }
    case 'minified-2mb': return { kind, languageId: 'javascript', text: minified(r, 2_000_000) };
    case 'json-deep': return { kind, languageId: 'json', text: nestedJson(r, 100_000) };
    case 'lines-100k': return { kind, languageId, text: Array.from({ length: 100_000 }, (_, i) => (i % 997 === 0 ? soupLine(r) : r.base62(r.int(12)))).join('\n') };
    case 'bytes-1mb': return { kind, languageId, text: randomBytes(r, 1_000_000).toString('utf8') };
    case 'surrogates-1mb': return { kind, languageId, text: randomCodeUnits(r, 1_000_000) };
    case 'breaks-200k': return { kind, languageId, text: mixedBreaks(r, 200_000) };
    case 'tags-10k': return { kind, languageId, text: Array.from({ length: 10_000 }, () => tagLine(r)).join('\n') };
    default: return { kind, languageId, text: Array.from({ length: 2_000 }, () => r.pick(COMMENT_OPENERS) + ' ' + soupLine(r)).join('\n') };
  }
}

/** LSP positions of a text as an editor counts them (\n, \r\n and \r end lines). */
export function lineLengths(text: string): number[] {
  const out: number[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      out.push(i - start);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  out.push(text.length - start);
  return out;
}

export interface Pos { line: number; character: number }

/** Why a range is not inside a document of these line lengths, or undefined when it is. */
export function rangeProblem(range: { start: Pos; end: Pos }, lengths: readonly number[]): string | undefined {
  const bad = (p: Pos) => !Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0 || p.line >= lengths.length || p.character > lengths[p.line];
  if (bad(range.start)) return `start ${JSON.stringify(range.start)} outside the document (${lengths.length} lines)`;
  if (bad(range.end)) return `end ${JSON.stringify(range.end)} outside the document (${lengths.length} lines)`;
  if (range.end.line < range.start.line || (range.end.line === range.start.line && range.end.character < range.start.character)) return `end before start: ${JSON.stringify(range)}`;
  return undefined;
}

/** CPU milliseconds of this process spent in `f`. */
export function cpuMs<T>(f: () => T): { value: T; ms: number } {
  const before = process.cpuUsage();
  const value = f();
  const used = process.cpuUsage(before);
  return { value, ms: (used.user + used.system) / 1000 };
}

/** The generous bound: a fixed allowance plus a per-byte cost far above what a linear scan needs. */
export function cpuBoundMs(text: string, perMbMs = 4000): number {
  return 500 + (text.length / 1_000_000) * perMbMs;
}
