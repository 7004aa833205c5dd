import { createHash } from 'crypto';

/**
 * The review hash of a block (tag v1): SHA-256 over its lines with trailing white space removed and blank lines
 * dropped, joined by `\n`; the first 12 hex digits. Insensitive to line endings and re-indentation at line ends.
 */
export function reviewHash(lines: readonly string[]): string {
  const normalized = lines.map(l => l.replace(/\s+$/, '')).filter(l => l.length > 0).join('\n');
  return createHash('sha256').update(normalized, 'utf8').digest('hex').slice(0, 12);
}
