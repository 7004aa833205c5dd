/** Unified diffs for `vouch fix --dry-run`; every printed line goes through `redact` so no secret is printed. */

type Op = { kind: ' ' | '-' | '+'; line: string; a: number; b: number };

/** Line ops by Myers' O((N+M)·D) algorithm, after trimming the common head and tail (fixes touch few lines). */
function diffLines(a: string[], b: string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const A = a.slice(head, a.length - tail);
  const B = b.slice(head, b.length - tail);
  const n = A.length, m = B.length, max = n + m;
  const v = new Map<number, number>([[1, 0]]);
  const trace: Map<number, number>[] = [];
  outer: for (let d = 0; d <= max; d++) {
    trace.push(new Map(v));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && (v.get(k - 1) ?? -1) < (v.get(k + 1) ?? -1)) ? v.get(k + 1)! : v.get(k - 1)! + 1;
      let y = x - k;
      while (x < n && y < m && A[x] === B[y]) { x++; y++; }
      v.set(k, x);
      if (x >= n && y >= m) break outer;
    }
  }
  const mid: Op[] = [];
  let x = n, y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const vd = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && (vd.get(k - 1) ?? -1) < (vd.get(k + 1) ?? -1)) ? k + 1 : k - 1;
    const px = vd.get(prevK)!, py = px - prevK;
    while (x > px && y > py) { mid.unshift({ kind: ' ', line: A[x - 1], a: head + x - 1, b: head + y - 1 }); x--; y--; }
    if (x === px) mid.unshift({ kind: '+', line: B[y - 1], a: head + x, b: head + y - 1 });
    else mid.unshift({ kind: '-', line: A[x - 1], a: head + x - 1, b: head + y });
    x = px; y = py;
  }
  while (x > 0 && y > 0) { mid.unshift({ kind: ' ', line: A[x - 1], a: head + x - 1, b: head + y - 1 }); x--; y--; }
  const ops: Op[] = a.slice(0, head).map((line, i) => ({ kind: ' ' as const, line, a: i, b: i }));
  ops.push(...mid);
  for (let i = 0; i < tail; i++) ops.push({ kind: ' ', line: a[a.length - tail + i], a: a.length - tail + i, b: b.length - tail + i });
  return ops;
}

function splitKeepingEnds(text: string): string[] {
  return text === '' ? [] : text.split(/(?<=\n)/);
}

export function unifiedDiff(oldName: string, newName: string, oldText: string | undefined, newText: string, redact: (s: string) => string, context = 3): string {
  const ops = diffLines(splitKeepingEnds(oldText ?? ''), splitKeepingEnds(newText));
  const changed = ops.map((o, i) => (o.kind === ' ' ? -1 : i)).filter(i => i >= 0);
  if (changed.length === 0) return '';
  let out = `--- ${oldText === undefined ? '/dev/null' : oldName}\n+++ ${newName}\n`;
  let i = 0;
  while (i < changed.length) {
    let j = i;
    while (j + 1 < changed.length && changed[j + 1] - changed[j] <= 2 * context + 1) j++;
    const from = Math.max(0, changed[i] - context), to = Math.min(ops.length - 1, changed[j] + context);
    const hunk = ops.slice(from, to + 1);
    const aCount = hunk.filter(o => o.kind !== '+').length, bCount = hunk.filter(o => o.kind !== '-').length;
    // A side with no lines names the line after which the other side's lines go (0 for the start of the file).
    const firstA = hunk.find(o => o.kind !== '+'), firstB = hunk.find(o => o.kind !== '-');
    const aStart = firstA ? firstA.a + 1 : hunk[0].a, bStart = firstB ? firstB.b + 1 : hunk[0].b;
    out += `@@ -${aStart},${aCount} +${bStart},${bCount} @@\n`;
    for (const o of hunk) {
      const body = redact(o.line.replace(/\r?\n$/, ''));
      out += `${o.kind}${body}\n${/\n$/.test(o.line) ? '' : '\\ No newline at end of file\n'}`;
    }
    i = j + 1;
  }
  return out;
}
