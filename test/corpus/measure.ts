/** Corpus measurement shared by the corpus test and scripts/corpus.ts. */
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../server/src/core/analyze';
import { languageIdForPath } from '../../server/src/core/text/languages';
import { maskSecret } from '../../server/src/core/secrets/mask';
import type { Finding } from '../../server/src/core/findings';
import { LineIndex } from '../../server/src/core/text/lineIndex';
import { parseVouchConfig, secretPolicy, VouchConfig } from '../../server/src/core/config/vouchConfig';
import type { UserPatternConfig } from '../../server/src/core/secrets/userPatterns';

/** The shared corpus sits beside the repository (CI clones main with ../shared next to it). */
export const CORPUS = path.resolve(process.env.VOUCH_CORPUS ?? path.join(process.cwd(), '../shared/corpus'));

interface Row { id: string; source: string; rule: string; text: string; label: 'secret' | 'clean'; secret: string | null }

export interface PartFigures { total: number; hit: number; rate: number }
export interface Report {
  gitleaksRecall: PartFigures; gitleaksFP: PartFigures; gitleaksRulesCovered: number; gitleaksRules: number;
  /** False positives among the clean rows that no other gitleaks rule reports (gitleaks/fp_cross_rule_hits.json). */
  gitleaksFPOwn: PartFigures; detectSecretsFPOwn: PartFigures;
  detectSecretsRecall: PartFigures; detectSecretsFP: PartFigures;
  secretlintRecall: PartFigures; secretlintFP: PartFigures;
  perRule: Record<string, { secret: number; found: number; clean: number; flagged: number }>;
  misses: string[];
}

/** `placeholderHints`: the corpus experiment's switch (scripts/corpus.ts --placeholder-hints); off for the corpus test. */
interface FindOptions { config?: VouchConfig; filePath?: string; placeholderHints?: boolean }

function secretFindings(text: string, languageId = 'plaintext', o: FindOptions = {}): Finding[] {
  return analyze({ text, languageId, path: o.filePath }, { provenance: false, policy: o.config && secretPolicy(o.config), placeholderHints: o.placeholderHints });
}

/** `"/source/flags"` as secretlint writes regexes in its config → Vouch's pattern + flags (`g` is implied). */
function splitRegex(s: string): { pattern: string; flags?: string } {
  const m = /^\/(.+)\/([a-z]*)$/s.exec(s);
  if (!m) return { pattern: s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') }; // a plain string is a literal
  const flags = m[2].replace(/[gy]/g, '');
  return flags ? { pattern: m[1], flags } : { pattern: m[1] };
}

/**
 * The `.vouch.json` a user would write for a secretlint case's `.secretlintrc.json`, where Vouch has an equivalent;
 * undefined when the case has no config or none of its options has one. Equivalents:
 * - any rule's `allows` (values or `/regex/`) → `allow` (Vouch's allow list is not per rule);
 * - `secretlint-rule-aws` `enableIDScanRule: false` → `disable: ["secret/aws-access-key-id"]`;
 * - `secretlint-rule-pattern` `patterns` → `patterns`: `name` → `name`, `pattern` / each of `patterns` → `pattern` +
 *   `flags`, `filePathGlobs` → `paths`, the pattern's and the rule's `allows` → the pattern's `allow`.
 * Not translated, no Vouch equivalent: `secretlint-rule-no-homedir` `_debugHomeDir` (a test seam that fakes the
 * current user's home directory; Vouch has no home-directory rule).
 * The result goes through parseVouchConfig, so its patterns pass the same linear-time checks as a user's.
 */
export function vouchConfigForSecretlintCase(caseDir: string): VouchConfig | undefined {
  const rcFile = path.join(caseDir, '.secretlintrc.json');
  if (!fs.existsSync(rcFile)) return undefined;
  const rc = JSON.parse(fs.readFileSync(rcFile, 'utf8')) as { rules?: { id: string; options?: Record<string, unknown> }[] };
  const allow: string[] = [], disable: string[] = [], patterns: UserPatternConfig[] = [];
  for (const r of rc.rules ?? []) {
    const o = r.options ?? {};
    const ruleAllows = Array.isArray(o.allows) ? (o.allows as string[]) : [];
    if (r.id === '@secretlint/secretlint-rule-pattern') {
      for (const p of (o.patterns ?? []) as { name: string; pattern?: string; patterns?: string[]; filePathGlobs?: string[]; allows?: string[] }[]) {
        const own = [...(p.allows ?? []), ...ruleAllows];
        const base = { name: p.name, ...(p.filePathGlobs ? { paths: p.filePathGlobs } : {}), ...(own.length ? { allow: own } : {}) };
        const sources = p.pattern !== undefined ? [p.pattern] : p.patterns ?? [];
        if (sources.length === 0) patterns.push(base);
        for (const s of sources) patterns.push({ ...base, ...splitRegex(s) });
      }
      continue;
    }
    allow.push(...ruleAllows);
    if (r.id === '@secretlint/secretlint-rule-aws' && o.enableIDScanRule === false) disable.push('secret/aws-access-key-id');
  }
  if (!allow.length && !disable.length && !patterns.length) return undefined;
  const json = JSON.stringify({ ...(allow.length ? { allow } : {}), ...(disable.length ? { disable } : {}), ...(patterns.length ? { patterns } : {}) });
  return parseVouchConfig(json, `${path.basename(caseDir)}/.vouch.json`);
}

/** Does some finding cover the labelled secret? (any finding when the label names no substring) */
export function detects(text: string, secret: string | null, languageId?: string, placeholderHints?: boolean): boolean {
  const findings = secretFindings(text, languageId, { placeholderHints });
  if (!secret) return findings.length > 0;
  const lines = new LineIndex(text);
  let from = 0;
  const spans: [number, number][] = [];
  for (let i = text.indexOf(secret, from); i >= 0; i = text.indexOf(secret, from)) { spans.push([i, i + secret.length]); from = i + 1; }
  return findings.some(f => {
    const s = lines.offsetAt(f.range.start), e = lines.offsetAt(f.range.end);
    return spans.some(([a, b]) => s < b && a < e);
  });
}

/**
 * The file a corpus row was tested under, when its id says so: detect-secrets keyword cases ran on
 * `mock_filename.<ext>` (`[ext=py]`), some gitleaks literals came from a named test file (`[path=file.hcl]`).
 */
export function languageForRow(id: string): string | undefined {
  const ext = /\[ext=([a-z0-9]+)\]/.exec(id);
  if (ext) return languageIdForPath(`mock_filename.${ext[1]}`);
  const file = /\[path=([^\]]+)\]/.exec(id);
  return file ? languageIdForPath(file[1]) : undefined;
}

function figures(total: number, hit: number): PartFigures { return { total, hit, rate: total ? hit / total : 0 }; }

export function measureCorpus(opts: { rule?: string; showMisses?: number; placeholderHints?: boolean } = {}): Report {
  const { placeholderHints } = opts;
  const rows: Row[] = fs.readFileSync(path.join(CORPUS, 'cases.jsonl'), 'utf8').split('\n').filter(Boolean).map(l => JSON.parse(l));
  const perRule: Report['perRule'] = {};
  const misses: string[] = [];
  const c = { gs: 0, gsHit: 0, gc: 0, gcHit: 0, ds: 0, dsHit: 0, dc: 0, dcHit: 0, gco: 0, gcoHit: 0, dco: 0, dcoHit: 0 };
  // Clean rows are clean for their own rule only; these are reported by another gitleaks rule (corpus README, caveats).
  const crossFile = path.join(CORPUS, 'gitleaks/fp_cross_rule_hits.json');
  const cross = new Set<string>(fs.existsSync(crossFile) ? JSON.parse(fs.readFileSync(crossFile, 'utf8')).rows.map((x: { id: string }) => x.id) : []);
  for (const r of rows) {
    if (opts.rule && r.rule !== opts.rule) continue;
    const lang = languageForRow(r.id);
    const found = r.label === 'secret' ? detects(r.text, r.secret, lang, placeholderHints) : secretFindings(r.text, lang, { placeholderHints }).length > 0;
    const pr = (perRule[`${r.source}:${r.rule}`] ??= { secret: 0, found: 0, clean: 0, flagged: 0 });
    if (r.label === 'secret') { pr.secret++; if (found) pr.found++; } else { pr.clean++; if (found) pr.flagged++; }
    if (r.source === 'gitleaks') {
      if (r.label === 'secret') { c.gs++; if (found) c.gsHit++; } else { c.gc++; if (found) c.gcHit++; }
      if (r.label === 'clean' && !cross.has(r.id)) { c.gco++; if (found) c.gcoHit++; }
    } else {
      if (r.label === 'secret') { c.ds++; if (found) c.dsHit++; } else { c.dc++; if (found) c.dcHit++; }
      if (r.label === 'clean' && !cross.has(r.id)) { c.dco++; if (found) c.dcoHit++; }
    }
    const wrong = r.label === 'secret' ? !found : found;
    if (wrong && misses.length < (opts.showMisses ?? 0)) {
      const shown = r.secret ? r.text.split(r.secret).join(`[${maskSecret(r.secret)}]`) : r.text;
      misses.push(`${r.label === 'secret' ? 'MISS' : 'FP  '} ${r.id}: ${shown.slice(0, 160).replace(/\n/g, '\\n')}`);
    }
  }
  // secretlint snapshot cases: ng expects a finding in the input file, ok expects none.
  let sn = 0, snHit = 0, so = 0, soHit = 0;
  if (!opts.rule) {
    const manifest = JSON.parse(fs.readFileSync(path.join(CORPUS, 'secretlint/manifest.json'), 'utf8'));
    for (const k of manifest.cases) {
      const file = path.join(CORPUS, 'secretlint', k.rule, k.case, k.input);
      if (!fs.existsSync(file)) continue;
      const buf = fs.readFileSync(file);
      if (buf.includes(0)) continue; // binary PKCS#12 inputs are not text scanning's business
      // The case's .secretlintrc.json, translated where Vouch has an equivalent; the input's path inside the case
      // directory is what path-limited patterns see.
      const config = vouchConfigForSecretlintCase(path.join(CORPUS, 'secretlint', k.rule, k.case));
      const found = secretFindings(buf.toString('utf8'), languageIdForPath(file), { config, filePath: k.input, placeholderHints }).length > 0;
      if (k.expected === 'ng') { sn++; if (found) snHit++; } else { so++; if (found) soHit++; }
      const wrong = k.expected === 'ng' ? !found : found;
      if (wrong && misses.length < (opts.showMisses ?? 0)) misses.push(`${k.expected === 'ng' ? 'MISS' : 'FP  '} secretlint/${k.rule}/${k.case}`);
    }
  }
  const gitleaksRuleNames = new Set(rows.filter(r => r.source === 'gitleaks').map(r => r.rule));
  const covered = [...gitleaksRuleNames].filter(n => { const p = perRule[`gitleaks:${n}`]; return p && p.secret > 0 && p.found / p.secret >= 0.9; }).length; // covered: 90% of the family's rows found
  return {
    gitleaksRecall: figures(c.gs, c.gsHit), gitleaksFP: figures(c.gc, c.gcHit),
    gitleaksRulesCovered: covered, gitleaksRules: gitleaksRuleNames.size,
    gitleaksFPOwn: figures(c.gco, c.gcoHit), detectSecretsFPOwn: figures(c.dco, c.dcoHit),
    detectSecretsRecall: figures(c.ds, c.dsHit), detectSecretsFP: figures(c.dc, c.dcHit),
    secretlintRecall: figures(sn, snHit), secretlintFP: figures(so, soHit),
    perRule, misses,
  };
}

const pct = (f: PartFigures) => `${(f.rate * 100).toFixed(1)}% (${f.hit}/${f.total})`;

export function formatReport(r: Report): string {
  return [
    `gitleaks       recall ${pct(r.gitleaksRecall)}, false positives ${pct(r.gitleaksFP)}, rule families covered ${r.gitleaksRulesCovered}/${r.gitleaksRules}`,
    `detect-secrets recall ${pct(r.detectSecretsRecall)}, false positives ${pct(r.detectSecretsFP)}`,
    `  (false positives on clean rows no other gitleaks rule reports: gitleaks ${pct(r.gitleaksFPOwn)}, detect-secrets ${pct(r.detectSecretsFPOwn)})`,
    `secretlint     recall ${pct(r.secretlintRecall)} of ng cases, false positives ${pct(r.secretlintFP)} of ok cases`,
    ...r.misses,
  ].join('\n');
}
