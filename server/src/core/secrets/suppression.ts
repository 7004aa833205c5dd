/** Inline suppression comments: ours and those of the tools people already use (DESIGN §2). */

const SAME_LINE = /vouch:allow|gitleaks:allow|pragma:\s*allowlist[ -]secret|secretlint-disable-line|trufflehog:ignore|nosec\b|detect-secrets:\s*allow/i;
const NEXT_LINE = /secretlint-disable-next-line|pragma:\s*allowlist[ -]nextline[ -]secret|vouch:allow-next-line/i;
/**
 * Block comments: everything after `secretlint-disable` (or `vouch:disable`) up to `secretlint-enable` (or
 * `vouch:enable`), or to the end of the file. A `secretlint-disable @some/rule-id` names one secretlint rule, which
 * says nothing about ours, so only the bare form (optionally with `-- reason`) opens a block.
 */
const BLOCK_MARK = /secretlint-(?:disable|enable)|vouch:(?:disable|enable)/i;
const BLOCK_START = /(?:secretlint-disable|vouch:disable)(?![-\w])(?!\s+@)/i;
const BLOCK_END = /(?:secretlint-enable|vouch:enable)(?![-\w])(?!\s+@)/i;
/** How far up a block opener is looked for. */
const BLOCK_REACH = 5000;

/** Is a finding on `line` (0-based) suppressed by a comment on that line, the one above, or an enclosing block? */
export function isSuppressedAt(lines: (i: number) => string, line: number): boolean {
  return suppressionChecker(lines, line + 1)(line);
}

/**
 * The same question for many findings in one text. Each line is read at most once per test: a minified file with
 * thousands of findings on a few long lines would otherwise rescan those lines per finding (quadratic; seen by
 * the fuzz suite as 10 s for a 2 MB bundle).
 */
export function suppressionChecker(lines: (i: number) => string, lineCount: number): (line: number) => boolean {
  const sameLine = new Map<number, boolean>();
  const nextLine = new Map<number, boolean>();
  const memo = (cache: Map<number, boolean>, re: RegExp, i: number) => {
    let v = cache.get(i);
    if (v === undefined) cache.set(i, (v = re.test(lines(i))));
    return v;
  };
  /** Per line, the nearest line above (or -1) whose block marker decides, and whether it opens a block. */
  let decidedBy: Int32Array | undefined;
  let opens: Uint8Array | undefined;
  const blocks = () => {
    if (!decidedBy) {
      decidedBy = new Int32Array(lineCount);
      opens = new Uint8Array(lineCount);
      let last = -1;
      for (let i = 0; i < lineCount; i++) {
        decidedBy[i] = last;
        const text = lines(i);
        if (!BLOCK_MARK.test(text)) continue;
        // As before: a line with an end marker closes (even when it opens too); a bare mark decides nothing.
        if (BLOCK_END.test(text)) { last = i; opens[i] = 0; } else if (BLOCK_START.test(text)) { last = i; opens[i] = 1; }
      }
    }
    return { decidedBy, opens: opens! };
  };
  return line => {
    if (memo(sameLine, SAME_LINE, line)) return true;
    if (line > 0 && memo(nextLine, NEXT_LINE, line - 1)) return true;
    if (line <= 0) return false;
    const b = blocks();
    const at = b.decidedBy[Math.min(line, lineCount - 1)];
    return at >= 0 && at >= line - BLOCK_REACH && b.opens[at] === 1;
  };
}
