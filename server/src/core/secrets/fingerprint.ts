import { createHash } from 'crypto';

export function sha256Hex(s: string): string {
  return createHash('sha256').update(s, 'utf8').digest('hex');
}

/** Stable across edits: rule id + SHA-256 of the secret, never a line number (DESIGN §2). */
export function secretFingerprint(ruleId: string, secret: string): string {
  return `${ruleId}:${sha256Hex(secret)}`;
}
