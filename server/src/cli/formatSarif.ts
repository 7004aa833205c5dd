/** SARIF 2.1.0 for GitHub code scanning and other consumers. Messages are already masked. */
import type { ScanReport } from './report';
import { SECRET_RULES } from '../core/secrets/rules';
import { VERSION } from '../version';

const LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

const AI_RULES: Record<string, string> = {
  'ai/malformed-tag': 'Malformed provenance tag',
  'ai/changed-since-review': 'AI-generated block changed since review',
  'ai/untagged-block': 'AI-generated code without a provenance tag',
};

export function formatSarif(r: ScanReport): string {
  const titles = new Map<string, { title: string; docs?: string }>();
  for (const rule of SECRET_RULES) titles.set(rule.id, { title: rule.title, docs: rule.docs });
  for (const [id, title] of Object.entries(AI_RULES)) titles.set(id, { title });
  const used = [...new Set(r.findings.map(f => f.code))].sort();
  const index = new Map(used.map((id, i) => [id, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'vouch',
          version: VERSION,
          informationUri: 'https://github.com/vouch-dev/vouch',
          rules: used.map(id => ({
            id,
            name: id.replace(/[^A-Za-z0-9]+(.)/g, (_, ch: string) => ch.toUpperCase()),
            shortDescription: { text: titles.get(id)?.title ?? id },
            ...(titles.get(id)?.docs ? { helpUri: titles.get(id)!.docs } : {}),
          })),
        },
      },
      results: r.findings.map(f => ({
        ruleId: f.code,
        ruleIndex: index.get(f.code),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' },
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
          },
        }],
        partialFingerprints: { 'vouchFingerprint/v1': f.fingerprint },
      })),
    }],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
