/** The analysis entry point: text in, findings out. Knows nothing of VS Code or of the LSP connection. */
import { LineIndex } from './text/lineIndex';
import type { Finding } from './findings';
import { SecretScanner } from './secrets/scanSecrets';
import { SECRET_RULES } from './secrets/rules';
import { maskSecret } from './secrets/mask';
import { secretFingerprint } from './secrets/fingerprint';
import { suppressionChecker } from './secrets/suppression';
import { scanUserPatterns, SecretPolicy } from './secrets/userPatterns';
import { analyzeProvenance, ProvenanceOptions } from './provenance/analyzeProvenance';

export interface AnalysisInput {
  text: string;
  /** VS Code language id (see text/languages.ts). */
  languageId: string;
  /** Path relative to the workspace root ('/'-separated), for `.vouch.json` patterns limited to some paths. */
  path?: string;
}

export interface AnalysisOptions {
  /** Fingerprints the user chose to ignore (from .vouch.json). */
  ignoredFingerprints?: ReadonlySet<string>;
  /** `.vouch.json`'s allow list, disabled rules and the team's own patterns (config/vouchConfig.ts secretPolicy). */
  policy?: SecretPolicy;
  secrets?: boolean;
  /** Report provider-shaped placeholders as hints instead of dropping them (the corpus experiment only; scanSecrets.ts). */
  placeholderHints?: boolean;
  provenance?: boolean;
  /** Signals for untagged AI-generated blocks: switches, git/editor evidence, "not AI-generated" fingerprints. */
  ai?: ProvenanceOptions;
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
    const policy = options.policy;
    // Built on the first match: most files have none, and the checker needs the line index.
    let checker: ((line: number) => boolean) | undefined;
    const isSuppressedAt = (line: number) => (checker ??= suppressionChecker(l => lines.lineText(l), lines.lineCount))(line);
    for (const m of secretScanner().scan(text, input.languageId, { placeholderHints: options.placeholderHints })) {
      if (policy && (policy.disabled.has(m.rule.id) || policy.allowed(m.secret))) continue;
      const range = lines.range(m.start, m.end);
      if (isSuppressedAt(range.start.line)) continue;
      const fingerprint = secretFingerprint(m.rule.id, m.secret);
      if (options.ignoredFingerprints?.has(fingerprint)) continue;
      const detail = m.validation ? `: ${m.validation.detail}` : '';
      findings.push({
        code: m.rule.id,
        severity: m.placeholder ? 'hint' : m.validation?.valid ? 'error' : 'warning',
        message: m.placeholder ? `${m.rule.title} ${maskSecret(m.secret)} looks like a placeholder.`
          : `${m.rule.title} ${maskSecret(m.secret)}${detail}.${m.validation?.valid === false ? '' : ' Move it to an environment variable.'}`,
        range,
        fingerprint,
        docs: `${DOCS}#${m.rule.id.replace('/', '')}`, // our page, which links the provider's format docs
        data: { kind: 'secret', ruleId: m.rule.id, start: m.start, end: m.end, envName: m.rule.envName, fingerprint },
      });
    }
    // The team's own patterns: reported as they match (the team chose them), minus the allow list and suppressions,
    // and minus what a built-in rule already reported at the same place.
    const builtIn = findings.map(f => [f.data?.kind === 'secret' ? f.data.start : 0, f.data?.kind === 'secret' ? f.data.end : 0]);
    for (const m of policy?.patterns.length ? scanUserPatterns(text, input.path, policy.patterns) : []) {
      if (policy!.disabled.has(m.pattern.id) || (!m.wholeFile && policy!.allowed(m.secret))) continue;
      if (!m.wholeFile && builtIn.some(([s, e]) => m.start < e && s < m.end)) continue;
      const range = lines.range(m.start, m.end);
      if (!m.wholeFile && isSuppressedAt(range.start.line)) continue;
      const fingerprint = secretFingerprint(m.pattern.id, m.secret);
      if (options.ignoredFingerprints?.has(fingerprint)) continue;
      findings.push(m.wholeFile ? {
        code: m.pattern.id,
        severity: 'warning',
        message: `This file matches the .vouch.json pattern "${m.pattern.name}".`,
        range,
        fingerprint,
      } : {
        code: m.pattern.id,
        severity: 'warning',
        message: `Matches the .vouch.json pattern "${m.pattern.name}": ${maskSecret(m.secret)}. Move it to an environment variable.`,
        range,
        fingerprint,
        data: { kind: 'secret', ruleId: m.pattern.id, start: m.start, end: m.end, envName: m.pattern.envName, fingerprint },
      });
    }
  }

  if (options.provenance !== false) {
    const provenance = analyzeProvenance(text, lines, input.languageId, DOCS, options.ai);
    // DESIGN §5: a secret inside AI-generated code (tagged or not) is an Error that says where it sits.
    for (const f of findings) {
      if (f.data?.kind !== 'secret') continue;
      const region = provenance.regions.find(r => f.range.start.line >= r.start && f.range.start.line <= r.end);
      if (!region) continue;
      f.severity = 'error';
      f.message += ` It sits in AI-generated code (${region.label}).`;
    }
    findings.push(...provenance.findings);
  }

  findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return findings;
}
