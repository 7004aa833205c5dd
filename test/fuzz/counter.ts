/**
 * Counts generated fuzz cases across the suites and prints the total once mocha finishes. Each test file is its
 * own bundle, so the tally lives on globalThis, shared by all of them.
 */
const g = globalThis as { __vouchFuzzCounts?: Map<string, number> };
const counts = (g.__vouchFuzzCounts ??= (() => {
  const m = new Map<string, number>();
  process.once('exit', () => {
    if (m.size === 0) return;
    const parts = [...m].map(([k, n]) => `${k} ${n.toLocaleString('en-US')}`).join(', ');
    console.log(`fuzz: ${[...m.values()].reduce((a, b) => a + b, 0).toLocaleString('en-US')} generated cases (${parts})`);
  });
  return m;
})());

export function countCases(group: string, n: number): void {
  counts.set(group, (counts.get(group) ?? 0) + n);
}
