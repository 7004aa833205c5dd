/** `vouch scan`: walk, read, analyse, collect. The same core analysis the language server runs. */
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../core/analyze';
import { languageIdForPath } from '../core/text/languages';
import { ConfigError, parseVouchConfig } from '../core/config/vouchConfig';
import { listFiles, readForScan } from './walk';
import type { ReportFinding, ScanReport } from './report';

export interface ScanOptions { paths: string[]; maxFileSize: number; cwd: string }

export function scan(opts: ScanOptions): ScanReport {
  const started = performance.now();
  const findings: ReportFinding[] = [];
  const skipped: ScanReport['skipped'] = [];
  let filesScanned = 0;
  const rel = (p: string) => (path.relative(opts.cwd, p) || path.basename(p)).split(path.sep).join('/');
  const ignored = loadIgnoredFingerprints(opts.cwd);
  const seen = new Set<string>();

  for (const target of opts.paths) {
    for (const file of listFiles(path.resolve(opts.cwd, target))) {
      if (seen.has(file)) continue;
      seen.add(file);
      const read = readForScan(file, opts.maxFileSize);
      if (!read.ok) { skipped.push({ file: rel(file), reason: read.reason }); continue; }
      filesScanned++;
      for (const f of analyze({ text: read.text, languageId: languageIdForPath(file) }, { ignoredFingerprints: ignored })) {
        findings.push({
          file: rel(file),
          line: f.range.start.line + 1, column: f.range.start.character + 1,
          endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1,
          code: f.code, severity: f.severity, message: f.message, fingerprint: f.fingerprint, docs: f.docs,
        });
      }
    }
  }
  return { filesScanned, findings, skipped, durationMs: performance.now() - started };
}

/** Fingerprints from .vouch.json in the current directory (the project root when run from CI). */
function loadIgnoredFingerprints(cwd: string): Set<string> {
  const file = path.join(cwd, '.vouch.json');
  let text: string;
  try { text = fs.readFileSync(file, 'utf8'); } catch { return new Set(); }
  try {
    return new Set(parseVouchConfig(text, path.relative(cwd, file)).ignore);
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    throw new ConfigError(`${file}: ${(e as Error).message}`);
  }
}
