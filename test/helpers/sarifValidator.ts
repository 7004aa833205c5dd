/**
 * Runs Microsoft's SARIF validator (`Sarif.Multitool validate`, npm package @microsoft/sarif-multitool) with its
 * SARIF rules and its GitHub ingestion rules, and returns every error and warning it reports. Notes (style
 * suggestions such as "provide a snippet", which would print the secret) are not counted.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { REPO } from './repo';

export function multitoolBinary(): string {
  const pkg = require.resolve(`@microsoft/sarif-multitool-${process.platform}/package.json`, { paths: [REPO] });
  const bin = path.join(path.dirname(pkg), process.platform === 'win32' ? 'Sarif.Multitool.exe' : 'Sarif.Multitool');
  // The package's postinstall only runs `chmod u+x`; npm 11 skips install scripts that are not allowed.
  try { fs.accessSync(bin, fs.constants.X_OK); } catch { fs.chmodSync(bin, 0o755); }
  return bin;
}

export interface SarifProblem { ruleId: string; level: string; message: string }

export function validateSarif(file: string): SarifProblem[] {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vouch-sarif-val-')), 'validation.sarif');
  const r = spawnSync(multitoolBinary(), ['validate', file, '--output', out, '--level', 'Error;Warning;Note', '--rule-kind', 'Sarif;Gh'], {
    encoding: 'utf8', env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' }, timeout: 120000,
  });
  if (r.error || !fs.existsSync(out)) throw new Error(`Sarif.Multitool did not run: ${r.error?.message ?? ''} ${r.stdout} ${r.stderr}`);
  const log = JSON.parse(fs.readFileSync(out, 'utf8'));
  const run = log.runs[0];
  const rules: { id: string; messageStrings?: Record<string, { text: string }> }[] = run.tool.driver.rules ?? [];
  const problems: SarifProblem[] = [];
  // Our SARIF always earns a few notes (no snippets, no version-control provenance). None at all means the validator
  // could not read the file and said nothing, which it does for some malformed values.
  if (!run.results?.length) throw new Error(`Sarif.Multitool produced no results for ${file}: it did not analyse it`);
  for (const res of run.results) {
    const level = res.level ?? 'warning'; // SARIF's default level
    if (level !== 'error' && level !== 'warning') continue;
    const template = rules.find(x => x.id === res.ruleId)?.messageStrings?.[res.message.id]?.text ?? res.message.text ?? res.message.id;
    const message = String(template).replace(/\{(\d+)\}/g, (_: string, i: string) => res.message.arguments?.[Number(i)] ?? '');
    problems.push({ ruleId: res.ruleId, level, message });
  }
  // Tool failures (an unreadable file, a schema load error) arrive as notifications, not results.
  for (const inv of run.invocations ?? []) {
    for (const n of inv.toolExecutionNotifications ?? []) {
      if (n.level === 'error' || n.level === 'warning') problems.push({ ruleId: n.descriptor?.id ?? 'tool', level: n.level, message: n.message?.text ?? '' });
    }
  }
  return problems;
}
