/** The scan result shared by the output formats. Positions are 1-based here, as editors and SARIF show them. */
import type { Severity } from '../core/findings';

export interface ReportFinding {
  /** Path relative to the current directory, with forward slashes. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  code: string;
  severity: Severity;
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
