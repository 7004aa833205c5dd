/**
 * Masks a secret for display: keeps a provider prefix (public knowledge) and, for long values, the last four
 * characters so a user can tell two findings apart. Never enough to reconstruct the value.
 */
export function maskSecret(secret: string): string {
  const prefix = /^(?:[A-Za-z]{2,10}[_-]|AKIA|ASIA|xox[a-z]-)/.exec(secret)?.[0] ?? '';
  const rest = secret.length - prefix.length;
  if (rest < 16) return `${prefix}…`;
  return `${prefix}…${secret.slice(-4)}`;
}
