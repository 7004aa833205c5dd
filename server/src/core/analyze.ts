/** The analysis entry point: text in, findings out. Knows nothing of VS Code or of the LSP connection. */
import { LineIndex } from './text/lineIndex';
import type { Finding } from './findings';
import { SecretScanner } from './secrets/scanSecrets';
import { SECRET_RULES } from './secrets/rules';
import { maskSecret } from './secrets/mask';
import { secretFingerprint, sha256Hex } from './secrets/fingerprint';
import { isSuppressedAt } from './secrets/suppression';
import { parseTags } from './provenance/tagParser';

export interface AnalysisInput {
  text: string;
  /** VS Code language id (see text/languages.ts). */
  languageId: string;
}

export interface AnalysisOptions {
  /** Fingerprints the user chose to ignore (from .vouch.json). */
  ignoredFingerprints?: ReadonlySet<string>;
  secrets?: boolean;
  provenance?: boolean;
}

const DOCS = 'https://github.com/vouch-dev/vouch/blob/main/docs/rules.md';
let defaultScanner: SecretScanner | undefined;

export function secretScanner(): SecretScanner {
  return (defaultScanner ??= new SecretScanner(SECRET_RULES));
}

export function analyze(input: AnalysisInput, options: AnalysisOptions = {}): Finding[] {
  const { text } = input;
  const lines = new LineIndex(text);
  const findings: Finding[] = [];

  if (options.secrets !== false) {
    for (const m of secretScanner().scan(text)) {
      const range = lines.range(m.start, m.end);
      if (isSuppressedAt(l => lines.lineText(l), range.start.line)) continue;
      const fingerprint = secretFingerprint(m.rule.id, m.secret);
      if (options.ignoredFingerprints?.has(fingerprint)) continue;
      const detail = m.validation ? `: ${m.validation.detail}` : '';
      findings.push({
        code: m.rule.id,
        severity: m.validation?.valid ? 'error' : 'warning',
        message: `${m.rule.title} ${maskSecret(m.secret)}${detail}. Move it to an environment variable.`,
        range,
        fingerprint,
        docs: m.rule.docs ?? `${DOCS}#${m.rule.id.replace('/', '')}`,
        data: { kind: 'secret', ruleId: m.rule.id, start: m.start, end: m.end, envName: m.rule.envName, fingerprint },
      });
    }
  }

  if (options.provenance !== false) {
    const tags = parseTags(text, lines);
    for (const p of tags.problems) {
      findings.push({
        code: 'ai/malformed-tag',
        severity: 'warning',
        message: `Malformed provenance tag: ${p.message}.`,
        range: { start: { line: p.line, character: p.startChar }, end: { line: p.line, character: p.endChar } },
        fingerprint: `ai/malformed-tag:${sha256Hex(lines.lineText(p.line).trim() + p.message).slice(0, 16)}`,
        docs: `${DOCS}#aimalformed-tag`,
        data: { kind: 'tag' },
      });
    }
    for (const t of tags.changedSinceReview) {
      findings.push({
        code: 'ai/changed-since-review',
        severity: 'warning',
        message: `AI-generated block reviewed by ${t.fields['reviewed-by'] ?? 'someone'} has changed since review (sha256 no longer matches).`,
        range: { start: { line: t.line, character: t.startChar }, end: { line: t.line, character: t.endChar } },
        fingerprint: `ai/changed-since-review:${t.fields.sha256}`,
        docs: `${DOCS}#aichanged-since-review`,
        data: { kind: 'tag' },
      });
    }
  }

  findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return findings;
}
