/**
 * Test-only fault injection. With `VOUCH_TEST_FAULT=<marker>` in the server's environment, analysing a document whose
 * text contains the marker throws, so the resilience tests can prove that one failing document gets no diagnostics
 * and one logged error while the others keep working. Unset (always, outside tests) it does nothing.
 */
const marker = process.env.VOUCH_TEST_FAULT || undefined;

export function injectFault(text: string): void {
  if (!marker) return;
  const at = text.indexOf(marker);
  // The message quotes the text around the marker, as V8's JSON.parse errors do: logging must not echo it.
  if (at >= 0) throw new SyntaxError(`injected fault (VOUCH_TEST_FAULT) near ${JSON.stringify(text.slice(Math.max(0, at - 60), at + 60))}`);
}

/**
 * Test-only: `VOUCH_TEST_SCAN_DELAY_MS=<n>` makes every file read of a workspace scan wait n ms first, so the
 * real-editor suite can click Cancel on the progress notification of a scan that would otherwise end too soon.
 * Unset (always, outside tests) it costs nothing.
 */
const scanDelayMs = Number(process.env.VOUCH_TEST_SCAN_DELAY_MS) || 0;

export function scanReadDelay(): Promise<void> | undefined {
  return scanDelayMs > 0 ? new Promise(r => setTimeout(r, scanDelayMs)) : undefined;
}
