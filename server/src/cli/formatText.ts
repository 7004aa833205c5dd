import type { ScanReport } from '../workspace/report';

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', information: '\x1b[36m', hint: '\x1b[90m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

/** Human output, grouped by file like ESLint's stylish formatter. */
export function formatText(r: ScanReport, color: boolean): string {
  const c = (k: keyof typeof COLORS, s: string) => (color ? COLORS[k] + s + COLORS.reset : s);
  const out: string[] = [];
  let current = '';
  for (const f of r.findings) {
    if (f.file !== current) {
      if (current) out.push('');
      out.push(c('bold', f.file));
      current = f.file;
    }
    out.push(`  ${`${f.line}:${f.column}`.padEnd(8)} ${c(f.severity, f.severity.padEnd(7))}  ${f.message}  ${c('dim', f.code)}`);
  }
  if (r.skipped.length) {
    if (out.length) out.push('');
    for (const s of r.skipped) out.push(c('dim', `skipped ${s.file}: ${s.reason}`));
  }
  const errors = r.findings.filter(f => f.severity === 'error').length;
  const warnings = r.findings.filter(f => f.severity === 'warning').length;
  const others = r.findings.length - errors - warnings;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  if (out.length) out.push('');
  const files = plural(r.filesScanned, 'file');
  const secs = (r.durationMs / 1000).toFixed(2);
  out.push(r.findings.length
    ? c('bold', `✖ ${plural(r.findings.length, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}${others ? `, ${others} other` : ''}) in ${files} scanned (${secs} s)`)
    : `✔ no problems in ${files} scanned (${secs} s)`);
  return out.join('\n') + '\n';
}
