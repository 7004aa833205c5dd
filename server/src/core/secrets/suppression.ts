/** Inline suppression comments: ours and those of the tools people already use (DESIGN §2). */

const SAME_LINE = /vouch:allow|gitleaks:allow|pragma:\s*allowlist[ -]secret|secretlint-disable-line|trufflehog:ignore|nosec\b|detect-secrets:\s*allow/i;
const NEXT_LINE = /secretlint-disable-next-line|pragma:\s*allowlist[ -]nextline[ -]secret|vouch:allow-next-line/i;

/** Is a finding on `line` (0-based) suppressed by a comment on that line or the one above? */
export function isSuppressedAt(lines: (i: number) => string, line: number): boolean {
  if (SAME_LINE.test(lines(line))) return true;
  return line > 0 && NEXT_LINE.test(lines(line - 1));
}
