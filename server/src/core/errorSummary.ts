/**
 * An exception as it may be logged: its type and where it was thrown, never its message. A runtime error's message
 * can quote the text being analysed (V8's JSON.parse does), and that text may hold a secret.
 */
export function errorSummary(e: unknown): string {
  if (!(e instanceof Error)) return typeof e;
  const frames = (e.stack ?? '').split('\n').filter(l => /^\s+at /.test(l)).slice(0, 5).map(l => l.trim());
  return [e.name || 'Error', ...frames].join('\n    ');
}
