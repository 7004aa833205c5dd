/**
 * Case-insensitive multi-keyword search in one pass (Aho–Corasick, compiled to a dense DFA). Used for the secret
 * prefilter and the content-tell gate: the cost per character is one table lookup whatever the number of keywords,
 * where a regular-expression alternation of hundreds of keywords tries them one after another at every position
 * (measured on a 100 MB corpus: 1.3 s for the 341-keyword alternation, about 0.25 s for this).
 *
 * Case folding matches a non-Unicode `i` regular expression on these keywords: each character of a keyword also
 * matches its single-character upper- and lower-case forms.
 */
export class KeywordMatcher {
  readonly keywords: readonly string[];
  /** charCode → input class (0: a character no keyword contains). */
  private readonly classOf: Uint8Array | Uint16Array;
  private readonly classes: number;
  /** Dense DFA: row offset (state × classes) + class → next row offset. */
  private readonly delta: Int32Array;
  /** Per row offset: 1 when some keyword ends in that state. */
  private readonly accepting: Uint8Array;
  /** Per state: the keyword ids that end there (its own and those of its failure chain). */
  private readonly outputs: (readonly number[])[];

  constructor(keywords: readonly string[]) {
    this.keywords = [...keywords];
    // Input classes: one per distinct character (case-folded) used by the keywords.
    const classByChar = new Map<number, number>();
    let classes = 1;
    const fold = (ch: string) => [ch, ch.toLowerCase(), ch.toUpperCase()].filter(c => c.length === 1).map(c => c.charCodeAt(0));
    for (const k of this.keywords) {
      for (const ch of k) {
        const codes = fold(ch);
        let cls = codes.map(c => classByChar.get(c)).find(c => c !== undefined);
        if (cls === undefined) cls = classes++;
        for (const c of codes) if (!classByChar.has(c)) classByChar.set(c, cls);
      }
    }
    this.classes = classes;
    this.classOf = classes < 256 ? new Uint8Array(65536) : new Uint16Array(65536);
    for (const [c, cls] of classByChar) this.classOf[c] = cls;

    // Trie.
    const goto: Int32Array[] = [new Int32Array(classes).fill(-1)];
    const out: number[][] = [[]];
    this.keywords.forEach((k, id) => {
      if (k.length === 0) return;
      let s = 0;
      for (let i = 0; i < k.length; i++) {
        const cls = this.classOf[k.charCodeAt(i)];
        if (goto[s][cls] < 0) { goto[s][cls] = goto.length; goto.push(new Int32Array(classes).fill(-1)); out.push([]); }
        s = goto[s][cls];
      }
      out[s].push(id);
    });
    // Failure links, breadth first, completing the transition function into a DFA.
    const states = goto.length;
    const fail = new Int32Array(states);
    const order: number[] = [];
    for (let c = 0; c < classes; c++) {
      const t = goto[0][c];
      if (t > 0) { fail[t] = 0; order.push(t); } else goto[0][c] = 0;
    }
    for (let q = 0; q < order.length; q++) {
      const s = order[q];
      out[s] = [...new Set([...out[s], ...out[fail[s]]])];
      for (let c = 0; c < classes; c++) {
        const t = goto[s][c];
        if (t >= 0) { fail[t] = goto[fail[s]][c]; order.push(t); } else goto[s][c] = goto[fail[s]][c];
      }
    }
    this.delta = new Int32Array(states * classes);
    this.accepting = new Uint8Array(states * classes);
    for (let s = 0; s < states; s++) {
      for (let c = 0; c < classes; c++) this.delta[s * classes + c] = goto[s][c] * classes;
      if (out[s].length) this.accepting[s * classes] = 1;
    }
    this.outputs = out;
  }

  /**
   * Calls `onMatch(ids, end)` at every position where keywords end (`end` is the offset just past them). Return
   * true from `onMatch` to stop early.
   */
  forEach(text: string, onMatch: (ids: readonly number[], end: number) => boolean | void): void {
    const { delta, accepting, classOf, classes } = this;
    let s = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      s = delta[s + classOf[text.charCodeAt(i)]];
      if (accepting[s] === 1 && onMatch(this.outputs[s / classes], i + 1) === true) return;
    }
  }

  /**
   * The ids of the keywords that occur in `text` (each once, in no particular order). `onNew`, when given, is
   * called with each newly found id and may return true to stop the pass.
   */
  distinct(text: string, onNew?: (id: number) => boolean | void): number[] {
    const { delta, accepting, classOf, classes } = this;
    const seenState = new Uint8Array(this.outputs.length);
    const found: number[] = [];
    const seenId = new Uint8Array(this.keywords.length);
    let s = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      s = delta[s + classOf[text.charCodeAt(i)]];
      if (accepting[s] !== 1) continue;
      const state = s / classes;
      if (seenState[state] === 1) continue;
      seenState[state] = 1;
      let stop = false;
      for (const id of this.outputs[state]) {
        if (seenId[id] === 1) continue;
        seenId[id] = 1;
        found.push(id);
        if (onNew?.(id) === true) stop = true;
      }
      if (stop) break;
    }
    return found;
  }
}
