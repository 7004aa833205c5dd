/**
 * Literal strings that every match of a regular expression contains: a set S such that whenever the expression
 * matches, the matched text contains (case-insensitively) at least one string of S. Derived from the expression's
 * source, so a rule cannot forget to declare them; undefined when no such set can be proven (then the caller must
 * not skip anything). The analysis is the classic one of RE2's and codesearch's prefilters, kept small:
 * literals, classes of a few characters, groups, alternation and bounded quantifiers; everything else is "any".
 */

/** A set of strings (lower case) and whether it lists every possible match exactly. */
interface Info {
  /** Every string the node can match, when few and known. */
  exact?: Set<string>;
  /** Some string of this set occurs in every match of the node. */
  req?: Set<string>;
  /** Every match of the node starts with some string of this set (`exact` is one). */
  prefix?: Set<string>;
}

const MAX_SET = 64;
const ANY: Info = {};
const EMPTY: Info = { exact: new Set(['']) };

export function requiredLiterals(re: RegExp): string[] | undefined {
  try {
    const p = new Parser(re.source);
    const info = p.alternation();
    if (p.i < p.src.length) return undefined; // a stray ')': do not guess
    const best = asReq(info);
    if (!best || best.size === 0 || [...best].some(s => s === '')) return undefined;
    return [...best];
  } catch {
    return undefined;
  }
}

function asReq(info: Info): Set<string> | undefined {
  const candidates = [info.req, info.exact].filter((s): s is Set<string> => !!s && s.size > 0 && ![...s].includes(''));
  return pickBest(candidates);
}

function score(s: Set<string>): number {
  let min = Infinity;
  for (const x of s) min = Math.min(min, x.length);
  return min * 1000 - s.size;
}

function pickBest(sets: (Set<string> | undefined)[]): Set<string> | undefined {
  let best: Set<string> | undefined;
  for (const s of sets) if (s && s.size > 0 && ![...s].includes('') && (!best || score(s) > score(best))) best = s;
  return best;
}

function cross(a: Set<string>, b: Set<string>): Set<string> | undefined {
  if (a.size * b.size > MAX_SET) return undefined;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/** Strings that start every match of the node, when known. */
function prefixOf(info: Info): Set<string> | undefined {
  return info.exact ?? info.prefix;
}

/**
 * `a` followed by a prefix from `b`, with `b`'s strings cut short as needed to stay within MAX_SET (a prefix of a
 * prefix is still one): `your[_ -]?` + `(?:api…|secret…|token…)` → `yourapi`, `your_secr`, `your toke`, …
 */
function crossPrefixes(a: Set<string>, b: Set<string>): Set<string> | undefined {
  let longest = 0;
  for (const y of b) longest = Math.max(longest, y.length);
  for (let k = longest; k >= 1; k--) {
    const cut = new Set([...b].map(y => y.slice(0, k)));
    const out = cross(a, cut);
    if (out) return out;
  }
  return undefined;
}

class Parser {
  i = 0;
  constructor(readonly src: string) {}

  alternation(): Info {
    const branches: Info[] = [this.sequence()];
    while (this.src[this.i] === '|') { this.i++; branches.push(this.sequence()); }
    if (branches.length === 1) return branches[0];
    let exact: Set<string> | undefined = new Set();
    for (const b of branches) {
      if (!b.exact || exact === undefined) { exact = undefined; break; }
      for (const s of b.exact) exact.add(s);
      if (exact.size > MAX_SET) exact = undefined;
    }
    let req: Set<string> | undefined = new Set();
    for (const b of branches) {
      const r = asReq(b);
      if (!r || req === undefined) { req = undefined; break; }
      for (const s of r) req.add(s);
    }
    let prefix: Set<string> | undefined = new Set();
    for (const b of branches) {
      const p = prefixOf(b);
      if (!p || prefix === undefined) { prefix = undefined; break; }
      for (const s of p) prefix.add(s);
    }
    if (prefix && prefix.size > MAX_SET) prefix = crossPrefixes(new Set(['']), prefix);
    return { exact, req, prefix };
  }

  sequence(): Info {
    const candidates: (Set<string> | undefined)[] = [];
    let run: Set<string> = new Set(['']);
    let whole: Set<string> | undefined = new Set(['']);
    // The run so far followed by the start of the next item is also in every match.
    const flush = (next?: Set<string>) => {
      candidates.push(run);
      if (next) candidates.push(crossPrefixes(run, next));
      run = new Set(['']);
    };
    let prefix: Set<string> = new Set(['']);
    let prefixDone = false;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const item = this.quantified(this.atom());
      candidates.push(asReq(item));
      if (!prefixDone) {
        const next = item.exact ? cross(prefix, item.exact) : undefined;
        if (next) prefix = next;
        else {
          const p = prefixOf(item);
          prefix = (p && crossPrefixes(prefix, p)) ?? prefix;
          prefixDone = true;
        }
      }
      whole = whole && item.exact ? cross(whole, item.exact) : undefined;
      if (item.exact) {
        const next = cross(run, item.exact);
        if (next) run = next;
        else { flush(item.exact); run = item.exact; }
      } else flush(prefixOf(item));
    }
    flush();
    return { exact: whole, req: pickBest(candidates), prefix: [...prefix].includes('') ? undefined : prefix };
  }

  quantified(item: Info): Info {
    const c = this.src[this.i];
    let min: number, max: number;
    if (c === '*') { min = 0; max = Infinity; this.i++; }
    else if (c === '+') { min = 1; max = Infinity; this.i++; }
    else if (c === '?') { min = 0; max = 1; this.i++; }
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return item; // a literal '{' was already consumed as an atom; this cannot happen here
      min = +m[1]; max = m[2] === undefined ? min : m[3] === '' ? Infinity : +m[3];
      this.i += m[0].length;
    } else return item;
    if (this.src[this.i] === '?') this.i++; // lazy
    if (min === 0 && max === 1 && item.exact && item.exact.size < MAX_SET) return { exact: new Set([...item.exact, '']) };
    if (min === 0) return ANY;
    if (item.exact && min <= 16) {
      // At least `min` repetitions in a row: their concatenations are required (and exact when min = max).
      let e: Set<string> | undefined = new Set(['']);
      for (let k = 0; k < min && e; k++) e = cross(e, item.exact);
      if (e) return min === max ? { exact: e } : { req: pickBest([e, asReq(item)]), prefix: e };
    }
    return { req: asReq(item), prefix: prefixOf(item) };
  }

  atom(): Info {
    const s = this.src;
    const c = s[this.i++];
    if (c === '^' || c === '$') return EMPTY;
    if (c === '.') return ANY;
    if (c === '(') {
      let lookaround = false;
      if (s[this.i] === '?') {
        const rest = s.slice(this.i, this.i + 3);
        if (rest.startsWith('?:')) this.i += 2;
        else if (rest.startsWith('?=') || rest.startsWith('?!')) { this.i += 2; lookaround = true; }
        else if (rest.startsWith('?<=') || rest.startsWith('?<!')) { this.i += 3; lookaround = true; }
        else if (rest.startsWith('?<')) { this.i = s.indexOf('>', this.i) + 1; if (this.i === 0) throw new Error('group'); }
        else throw new Error('unknown group');
      }
      const inner = this.alternation();
      if (s[this.i++] !== ')') throw new Error('unbalanced');
      return lookaround ? EMPTY : inner;
    }
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    if (c === '*' || c === '+' || c === '?' || c === ')' || c === '|') throw new Error('unexpected');
    return { exact: new Set([c.toLowerCase()]) };
  }

  escape(): Info {
    const s = this.src;
    const c = s[this.i++];
    if (c === undefined) throw new Error('escape');
    if (c === 'b' || c === 'B') return EMPTY;
    if ('dDwWsS'.includes(c)) return ANY;
    if (c === 'k') { this.i = s.indexOf('>', this.i) + 1; if (this.i === 0) throw new Error('backref'); return ANY; }
    if (/[1-9]/.test(c)) { while (/\d/.test(s[this.i] ?? '')) this.i++; return ANY; }
    const ch = this.escapedChar(c);
    return ch === undefined ? ANY : { exact: new Set([ch.toLowerCase()]) };
  }

  /** The character an escape stands for, after its first letter; undefined for classes and unknown escapes. */
  escapedChar(c: string): string | undefined {
    const s = this.src;
    const hex = (n: number) => { const h = s.slice(this.i, this.i + n); if (!/^[0-9a-fA-F]+$/.test(h) || h.length !== n) throw new Error('hex'); this.i += n; return String.fromCharCode(parseInt(h, 16)); };
    switch (c) {
      case 'n': return '\n';
      case 't': return '\t';
      case 'r': return '\r';
      case 'f': return '\f';
      case 'v': return '\v';
      case '0': return '\0';
      case 'x': return hex(2);
      case 'u': if (s[this.i] === '{') throw new Error('unicode escape'); return hex(4);
      case 'c': case 'p': case 'P': throw new Error('unsupported escape');
      default: return /[A-Za-z]/.test(c) ? undefined : c;
    }
  }

  /** A class of a few plain characters is an exact set; anything else (ranges, negation, \w…) is "any". */
  charClass(): Info {
    const s = this.src;
    const chars = new Set<string>();
    let plain = s[this.i] !== '^';
    if (!plain) this.i++;
    /** One class member: a character, or undefined for an escape class such as \w. */
    const member = (): string | undefined => {
      const c = s[this.i++];
      if (c === undefined) throw new Error('class');
      if (c !== '\\') return c;
      const e = s[this.i++];
      if (e === undefined) throw new Error('class escape');
      if ('dDwWsS'.includes(e)) return undefined;
      if (e === 'b') return '\b';
      return this.escapedChar(e);
    };
    if (s[this.i] === ']') { this.i++; return ANY; } // `[]` or `[^]`
    while (s[this.i] !== ']') {
      const c = member();
      if (s[this.i] === '-' && s[this.i + 1] !== ']' && s[this.i + 1] !== undefined) { // a range
        this.i++;
        member();
        plain = false;
        continue;
      }
      if (c === undefined) plain = false; else chars.add(c.toLowerCase());
    }
    this.i++;
    return plain && chars.size > 0 && chars.size <= 8 ? { exact: chars } : ANY;
  }
}
