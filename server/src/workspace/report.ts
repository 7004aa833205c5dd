/**
 * The scan result shared by the output formats (text, JSON, SARIF) of the CLI and the editor's export. Positions
 * are 1-based here, as editors and SARIF show them; columns count UTF-16 code units, as LSP does.
 */
import type { Finding, Severity } from '../core/findings';

export interface ReportFinding {
  /** Path relative to the report's base folder, with forward slashes (or a file: URI outside it). */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  code: string;
  severity: Severity;
  /** Masked: never contains a secret's value. */
  message: string;
  fingerprint: string;
  docs?: string;
}

export interface SkippedFile { file: string; reason: string }

export interface ScanReport {
  filesScanned: number;
  findings: ReportFinding[];
  skipped: SkippedFile[];
  durationMs: number;
}

export function toReportFinding(f: Finding, file: string): ReportFinding {
  return {
    file,
    line: f.range.start.line + 1, column: f.range.start.character + 1,
    endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1,
    code: f.code, severity: f.severity, message: f.message, fingerprint: f.fingerprint, docs: f.docs,
  };
}
