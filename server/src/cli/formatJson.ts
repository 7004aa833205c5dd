import type { ScanReport } from '../workspace/report';

/** The documented JSON shape: exactly these keys, in this order. */
export function formatJson(r: ScanReport): string {
  return [...formatJsonChunks(r)].join('');
}

/**
 * The same text as `formatJson`, in pieces of a few hundred findings: a report of 30,000 findings is written without
 * building one large string (and its encoded copy) at the end of the scan. Byte for byte what
 * `JSON.stringify({ version, filesScanned, findings }, null, 2) + '\n'` prints.
 */
export function* formatJsonChunks(r: ScanReport, perChunk = 500): Generator<string> {
  const head = `{\n  "version": 1,\n  "filesScanned": ${JSON.stringify(r.filesScanned)},\n  "findings": `;
  const n = r.findings.length;
  if (n === 0) { yield `${head}[]\n}\n`; return; }
  let chunk = `${head}[\n`;
  for (let i = 0; i < n; i++) {
    const f = r.findings[i];
    const one = JSON.stringify({
      file: f.file, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn,
      code: f.code, severity: f.severity, message: f.message, fingerprint: f.fingerprint,
    }, null, 2);
    // Nested two levels deep: JSON.stringify escapes line breaks inside strings, so every '\n' here is structural.
    chunk += `    ${one.replace(/\n/g, '\n    ')}${i + 1 < n ? ',' : ''}\n`;
    if ((i + 1) % perChunk === 0) { yield chunk; chunk = ''; }
  }
  yield `${chunk}  ]\n}\n`;
}
