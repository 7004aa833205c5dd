/** The `vouch.severity.*` settings: per category, a severity that replaces each rule's own, or `off`. */
import type { Finding } from '../core/findings';
import { SEVERITY_OVERRIDES, SeverityCategory, SeverityOverride, VouchSettings } from '../protocol';

export function categoryOf(code: string): SeverityCategory {
  if (code === 'ai/untagged-block') return 'aiUntagged';
  return code.startsWith('ai/') ? 'provenance' : 'secrets';
}

/** The findings with the overrides applied: `off` drops the finding, `default` keeps it as the rule made it. */
export function applySeverity(findings: Finding[], severity: VouchSettings['severity']): Finding[] {
  if (severity.secrets === 'default' && severity.provenance === 'default' && severity.aiUntagged === 'default') return findings;
  const out: Finding[] = [];
  for (const f of findings) {
    const o = severity[categoryOf(f.code)];
    if (o === 'off') continue;
    out.push(o === 'default' || o === f.severity ? f : { ...f, severity: o });
  }
  return out;
}

export function parseOverride(v: unknown): SeverityOverride {
  return typeof v === 'string' && (SEVERITY_OVERRIDES as readonly string[]).includes(v) ? v as SeverityOverride : 'default';
}
