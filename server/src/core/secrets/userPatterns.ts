/**
 * Team policy from `.vouch.json` for secret findings (DESIGN §2 next to fingerprints):
 *
 * - `allow`: values never to report. A plain string is compared with the whole secret (and, for a user pattern, with
 *   each of its named groups); a `/regex/flags` string is searched in the secret. Prefer fingerprints (`ignore`) for a
 *   real secret: they keep its value out of the file. `allow` is for the team's known placeholders and test values.
 * - `disable`: rule ids switched off (e.g. `secret/aws-access-key-id` for teams that do not treat key ids as secret).
 * - `patterns`: the team's own rules, `{ "name", "pattern", "flags", "paths", "allow" }`. The secret is the match's
 *   `secret` named group, else the whole match. `paths` limits a pattern to files matching the globs (`!glob`
 *   excludes); a pattern with `paths` and no `pattern` reports the file itself (a file that must not be committed).
 *
 * A user pattern runs on every file the team scans, so it must not backtrack catastrophically (issue 9): patterns
 * with back-references, nested quantifiers or quantified alternations are rejected statically, and the rest are timed
 * on growing adversarial inputs and rejected when the time grows faster than the input.
 */
import { globToRegExp } from '../config/excludeGlobs';

export interface UserPatternConfig {
  name: string;
  pattern?: string;
  flags?: string;
  paths?: string[];
  allow?: string[];
}

export interface CompiledUserPattern {
  /** `secret/user-<slug of name>` */
  id: string;
  name: string;
  regex?: RegExp;
  envName: string;
  matchesPath: (relativePath: string | undefined) => boolean;
  allowed: (secret: string, groups: Readonly<Record<string, string | undefined>>) => boolean;
}

export interface SecretPolicy {
  allowed: (secret: string) => boolean;
  disabled: ReadonlySet<string>;
  patterns: readonly CompiledUserPattern[];
}

export const EMPTY_POLICY: SecretPolicy = { allowed: () => false, disabled: new Set(), patterns: [] };

const MAX_PATTERNS = 50;
const MAX_SOURCE = 1000;
/** `*`, `+` and `{n,m}` with m > 16: each can multiply the work of the others when they overlap. */
const MAX_LONG_REPEATS = 8;

/** `/re/flags` → a RegExp (checked like a pattern); anything else → an exact-value test. */
function allowTest(entry: string, where: string): (value: string) => boolean {
  const m = /^\/(.+)\/([a-z]*)$/s.exec(entry);
  if (!m) return v => v === entry;
  const re = compileChecked(m[1], m[2].replace(/[gy]/g, ''), where);
  return v => re.test(v);
}

export function compileAllowList(entries: readonly string[], where: string): (value: string) => boolean {
  const tests = entries.map((e, i) => allowTest(e, `${where}[${i}]`));
  return v => tests.some(t => t(v));
}

/** Throws an Error whose message names the problem; the caller prefixes the file and key. */
export function compileChecked(source: string, flags: string, where: string): RegExp {
  if (source.length > MAX_SOURCE) throw new Error(`${where}: pattern longer than ${MAX_SOURCE} characters`);
  if (!/^[gimsu]*$/.test(flags)) throw new Error(`${where}: unsupported flags "${flags}" (use g, i, m, s, u)`);
  const problem = staticProblem(source);
  if (problem) throw new Error(`${where}: rejected, ${problem} (it could take exponential time)`);
  let re: RegExp;
  try { re = new RegExp(source, flags.replace('g', '')); } catch (e) { throw new Error(`${where}: invalid regular expression (${(e as Error).message})`); }
  const slow = growthProblem(re, source);
  if (slow) throw new Error(`${where}: rejected, ${slow}`);
  return re;
}

/**
 * Walks the regex source: back-references, a quantifier on a group that holds a quantifier, and a repeated
 * alternation (`(a|ab)*`) are the shapes that make a backtracking engine exponential.
 */
export function staticProblem(source: string): string | undefined {
  // For each open group: does it contain a quantifier / an alternation?
  const stack: { quant: boolean; alt: boolean }[] = [{ quant: false, alt: false }];
  let lastGroup: { quant: boolean; alt: boolean } | undefined;
  let longRepeats = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    const top = stack[stack.length - 1];
    if (c === '\\') {
      const n = source[i + 1];
      if (/[1-9]/.test(n ?? '') || n === 'k') return 'a back-reference';
      i++; lastGroup = undefined; continue;
    }
    if (c === '[') { // skip a class
      let j = i + 1;
      if (source[j] === '^') j++;
      if (source[j] === ']') j++;
      for (; j < source.length && source[j] !== ']'; j++) if (source[j] === '\\') j++;
      i = j; lastGroup = undefined; continue;
    }
    if (c === '(') { stack.push({ quant: false, alt: false }); lastGroup = undefined; continue; }
    if (c === ')') {
      const g = stack.length > 1 ? stack.pop()! : top;
      lastGroup = g;
      const parent = stack[stack.length - 1];
      parent.quant ||= g.quant; // a quantifier deeper down is still inside every enclosing group
      continue;
    }
    if (c === '|') { top.alt = true; lastGroup = undefined; continue; }
    const isQuant = c === '*' || c === '+' || c === '?' || (c === '{' && /^\{\d+(?:,\d*)?\}/.test(source.slice(i)));
    if (isQuant) {
      if (c === '?' && source[i - 1] === '(') continue; // `(?:`, `(?=`, `(?<name>` …
      let unbounded = c === '*' || c === '+';
      if (c === '{') {
        const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(source.slice(i))!;
        unbounded = m[2] === ',' && (m[3] === '' || Number(m[3]) > 16);
        i += m[0].length - 1;
      }
      if (unbounded && ++longRepeats > MAX_LONG_REPEATS) return `more than ${MAX_LONG_REPEATS} long repeats`;
      if (lastGroup) {
        if (lastGroup.quant && c !== '?') return 'a quantifier on a group that holds a quantifier';
        if (lastGroup.alt && unbounded) return 'a repeated alternation';
      }
      if (source[i + 1] === '?') i++; // lazy
      top.quant = true;
      lastGroup = undefined;
      continue;
    }
    lastGroup = undefined;
  }
  return undefined;
}

/** Adversarial inputs built from the pattern's own characters plus common classes. */
function units(source: string): string[] {
  const literal = [...new Set(source.replace(/\\[a-zA-Z]|[\\^$.*+?()[\]{}|]/g, '').split(''))].join('').slice(0, 40);
  return ['a', '0', ' ', 'a=', 'aA0_-', ' \t', literal || 'x', `${literal}a `];
}

/** Times the regex on inputs of growing size; polynomial blow-up shows as time growing faster than size. */
function growthProblem(re: RegExp, source: string): string | undefined {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  const run = (text: string): number => {
    const t = performance.now();
    g.lastIndex = 0;
    let m: RegExpExecArray | null;
    let guard = 0;
    while ((m = g.exec(text)) && guard++ < 100000) if (m[0].length === 0) g.lastIndex++;
    return performance.now() - t;
  };
  // Sizes double from 16 characters: a polynomial of degree k costs about C(n+k, k) steps, small at n = 16 even for
  // the 8 long repeats allowed, and the ratio test stops it before the next doubling gets expensive.
  run('warm up the regex compiler '.repeat(4));
  for (const unit of units(source)) {
    let previous = 0;
    for (let size = 16; size <= 16384; size *= 2) {
      const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
      const ms = Math.min(run(text), run(text)); // the lower of two runs: JIT and GC noise only ever add time
      if (ms > 50) return `too slow on a ${size}-character input (${ms.toFixed(0)} ms)`;
      if (ms > 1 && ms > previous * 3) return 'its running time grows faster than its input';
      previous = ms;
    }
  }
  return undefined;
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'pattern';
}

function envNameFor(name: string): string {
  const n = name.toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return /^[A-Z]/.test(n) ? n : `SECRET_${n || 'VALUE'}`;
}

function pathMatcher(globs: readonly string[] | undefined): (rel: string | undefined) => boolean {
  if (!globs || globs.length === 0) return () => true;
  const include = globs.filter(g => !g.startsWith('!')).map(globToRegExp);
  const exclude = globs.filter(g => g.startsWith('!')).map(g => globToRegExp(g.slice(1)));
  return rel => {
    if (rel === undefined) return false; // a path-limited pattern needs a path
    const p = rel.replace(/\\/g, '/').replace(/^\.\//, '');
    if (exclude.some(r => r.test(p))) return false;
    return include.length === 0 || include.some(r => r.test(p));
  };
}

export function compileUserPatterns(list: readonly UserPatternConfig[], where = 'patterns'): CompiledUserPattern[] {
  if (list.length > MAX_PATTERNS) throw new Error(`${where}: more than ${MAX_PATTERNS} patterns`);
  const seen = new Map<string, number>();
  return list.map((p, i) => {
    const at = `${where}[${i}]`;
    if (p.pattern === undefined && !(p.paths && p.paths.length)) throw new Error(`${at}: needs "pattern" or "paths"`);
    const regex = p.pattern === undefined ? undefined : compileChecked(p.pattern, p.flags ?? '', `${at}.pattern`);
    const allow = compileAllowList(p.allow ?? [], `${at}.allow`);
    const base = `secret/user-${slug(p.name)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return {
      id: n === 1 ? base : `${base}-${n}`,
      name: p.name,
      regex: regex && new RegExp(regex.source, [...new Set((regex.flags + 'gd').split(''))].join('')),
      envName: envNameFor(p.name),
      matchesPath: pathMatcher(p.paths),
      allowed: (secret, groups) => allow(secret) || Object.values(groups).some(v => v !== undefined && allow(v)),
    };
  });
}

export interface UserMatch { pattern: CompiledUserPattern; start: number; end: number; secret: string; wholeFile: boolean }

/** Runs the team's patterns over one file. Each regex passed the checks above, so each run is linear. */
export function scanUserPatterns(text: string, relativePath: string | undefined, patterns: readonly CompiledUserPattern[]): UserMatch[] {
  const out: UserMatch[] = [];
  for (const p of patterns) {
    if (!p.matchesPath(relativePath)) continue;
    if (!p.regex) {
      const firstLine = text.indexOf('\n');
      out.push({ pattern: p, start: 0, end: firstLine < 0 ? text.length : firstLine, secret: relativePath ?? '', wholeFile: true });
      continue;
    }
    const re = p.regex;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let count = 0;
    while ((m = re.exec(text)) && count < 10000) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      const idx = m.indices?.groups?.secret ?? m.indices?.[0];
      const secret = m.groups?.secret ?? m[0];
      if (!idx || p.allowed(secret, m.groups ?? {})) continue;
      count++;
      out.push({ pattern: p, start: idx[0], end: idx[1], secret, wholeFile: false });
    }
  }
  return out;
}
