/**
 * How far a regular expression can reach: the longest text one match can span, and how far its lookarounds can
 * look beyond the match. The scanner uses it to run a rule only in windows around its keyword hits with the same
 * result as a whole-text run (scanSecrets.ts). A small parser for the JavaScript regex syntax the rules use;
 * anything it does not understand, and any unbounded repeat (`*`, `+`, `{n,}`), gives Infinity: whole-text run.
 */
export interface RegexReach {
  /** Longest possible match, in UTF-16 code units (Infinity when unbounded or not understood). */
  maxLength: number;
  /** Longest lookahead or lookbehind body anywhere in the pattern (how far outside the match it can look). */
  maxLookaround: number;
  /** Whether a match can contain a line feed (conservative: true when unsure). Lookarounds do not count. */
  crossesLines: boolean;
}

export function regexReach(re: RegExp): RegexReach {
  try {
    const p = new ReachParser(re.source, re.flags.includes('u') || re.flags.includes('v'));
    const maxLength = p.alternation();
    if (p.i !== re.source.length) return { maxLength: Infinity, maxLookaround: Infinity, crossesLines: true };
    return { maxLength, maxLookaround: p.lookaround, crossesLines: p.newline || re.flags.includes('s') };
  } catch {
    return { maxLength: Infinity, maxLookaround: Infinity, crossesLines: true };
  }
}

class ReachParser {
  i = 0;
  lookaround = 0;
  /** Some consuming atom outside lookarounds may match a line feed. */
  newline = false;
  private inLookaround = 0;
  private readonly groups = new Map<string, { len: number; newline: boolean }>();
  private readonly numbered: { len: number; newline: boolean }[] = [];

  constructor(private readonly s: string, private readonly unicode: boolean) {}

  /** a|b|c → the longest branch. */
  alternation(): number {
    let max = this.sequence();
    while (this.s[this.i] === '|') { this.i++; max = Math.max(max, this.sequence()); }
    return max;
  }

  private sequence(): number {
    let total = 0;
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const atom = this.atom();
      const times = this.quantifier();
      total += atom === 0 ? 0 : atom * times;
    }
    return total;
  }

  /** The longest length of one atom (0 for assertions). */
  private atom(): number {
    const s = this.s, c = s[this.i];
    if (c === '(') return this.group();
    if (c === '[') { this.consumes(this.charClass()); return this.unit(); }
    if (c === '\\') return this.escape();
    if (c === '^' || c === '$') { this.i++; return 0; }
    if (c === '*' || c === '+' || c === '?' || c === '{' && /^\{\d/.test(s.slice(this.i))) throw new Error('dangling quantifier');
    this.i++;
    if (c === '\n') this.consumes(true);
    if (this.unicode && c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdbff) this.i++;
    return this.unit();
  }

  /** One character: two code units under the u flag (astral), one otherwise. */
  private unit(): number {
    return this.unicode ? 2 : 1;
  }

  private group(): number {
    const s = this.s;
    this.i++; // (
    let kind: 'capture' | 'plain' | 'ahead' | 'behind' = 'capture';
    let name: string | undefined;
    if (s[this.i] === '?') {
      const rest = s.slice(this.i, this.i + 3);
      if (rest.startsWith('?:')) { kind = 'plain'; this.i += 2; }
      else if (rest.startsWith('?=') || rest.startsWith('?!')) { kind = 'ahead'; this.i += 2; }
      else if (rest === '?<=' || rest === '?<!') { kind = 'behind'; this.i += 3; }
      else if (rest.startsWith('?<')) {
        const close = s.indexOf('>', this.i);
        if (close < 0) throw new Error('bad group name');
        name = s.slice(this.i + 2, close);
        this.i = close + 1;
      } else throw new Error('unknown group');
    }
    const slot = kind === 'capture' ? this.numbered.push({ len: Infinity, newline: true }) - 1 : -1;
    const look = kind === 'ahead' || kind === 'behind';
    if (look) this.inLookaround++;
    const outer = this.newline;
    this.newline = false;
    const len = this.alternation();
    const newline = this.newline;
    this.newline = outer || newline;
    if (look) this.inLookaround--;
    if (s[this.i] !== ')') throw new Error('unclosed group');
    this.i++;
    if (kind === 'ahead' || kind === 'behind') { this.lookaround = Math.max(this.lookaround, len); return 0; }
    if (slot >= 0) this.numbered[slot] = { len, newline };
    if (name !== undefined) this.groups.set(name, { len, newline });
    return len;
  }

  private consumes(mayBeNewline: boolean): void {
    if (mayBeNewline && this.inLookaround === 0) this.newline = true;
  }

  /** Skips a class; returns whether it may match a line feed (conservatively). */
  private charClass(): boolean {
    const s = this.s;
    const open = this.i;
    this.i++; // [
    const negated = s[this.i] === '^';
    if (negated) this.i++;
    if (s[this.i] === ']') this.i++; // a literal ] first (non-unicode)
    while (this.i < s.length && s[this.i] !== ']') {
      if (s[this.i] === '\\') this.i++;
      this.i++;
    }
    if (s[this.i] !== ']') throw new Error('unclosed class');
    this.i++;
    // The class itself says whether it matches a line feed.
    return new RegExp(s.slice(open, this.i), this.unicode ? 'u' : '').test('\n');
  }

  private escape(): number {
    const s = this.s;
    this.i++; // backslash
    const c = s[this.i];
    if (c === undefined) throw new Error('trailing backslash');
    if (c === 'b' || c === 'B') { this.i++; return 0; }
    if (c !== 'k' && !/[1-9]/.test(c)) this.consumes(/[nsWDxuc0pP]/.test(c));
    if (c === 'k') {
      const m = /^k<([^>]+)>/.exec(s.slice(this.i));
      if (!m) throw new Error('bad backreference');
      this.i += m[0].length;
      const g = this.groups.get(m[1]);
      this.consumes(g?.newline ?? true);
      return g === undefined ? Infinity : g.len;
    }
    if (/[1-9]/.test(c)) {
      const m = /^\d+/.exec(s.slice(this.i))!;
      this.i += m[0].length;
      const g = this.numbered[Number(m[0]) - 1];
      this.consumes(g?.newline ?? true);
      return g === undefined ? Infinity : g.len;
    }
    if (c === 'x') { this.i += 3; return 1; }
    if (c === 'u') {
      if (s[this.i + 1] === '{') { const close = s.indexOf('}', this.i); this.i = close + 1; return this.unit(); }
      this.i += 5;
      return 1;
    }
    if (c === 'c') { this.i += 2; return 1; }
    if (c === 'p' || c === 'P') {
      if (s[this.i + 1] === '{') { const close = s.indexOf('}', this.i); this.i = close + 1; }
      else this.i++;
      return this.unit();
    }
    this.i++;
    return /[dDwWsS.]/.test(c) ? this.unit() : 1;
  }

  /** The largest repeat count of the quantifier that follows (1 when none), consuming it and a lazy `?`. */
  private quantifier(): number {
    const s = this.s, c = s[this.i];
    let max = 1;
    if (c === '*' || c === '+') { this.i++; max = Infinity; }
    else if (c === '?') { this.i++; max = 1; }
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i));
      if (!m) { return 1; } // a literal { (non-unicode)
      this.i += m[0].length;
      max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
    } else return 1;
    if (s[this.i] === '?') this.i++;
    return max;
  }
}
