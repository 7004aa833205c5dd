import type { ScanReport } from '../workspace/report';

/** The documented JSON shape: exactly these keys, in this order. */
export function formatJson(r: ScanReport): string {
  return JSON.stringify({
    version: 1,
    filesScanned: r.filesScanned,
    findings: r.findings.map(f => ({
      file: f.file, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn,
      code: f.code, severity: f.severity, message: f.message, fingerprint: f.fingerprint,
    })),
  }, null, 2) + '\n';
}
