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
  if (SAME_LINE.test(lines(line))) return true;
  if (line > 0 && NEXT_LINE.test(lines(line - 1))) return true;
  for (let i = line - 1; i >= 0 && i >= line - BLOCK_REACH; i--) {
    const text = lines(i);
    if (!BLOCK_MARK.test(text)) continue;
    if (BLOCK_END.test(text)) return false;
    if (BLOCK_START.test(text)) return true;
  }
  return false;
}
