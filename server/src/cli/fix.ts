/**
 * `vouch fix --move-secrets`: the editor's "Move secret to an environment variable" for whole trees, from the same
 * core plan. `.env` is written before any source file, so a failure part-way never loses a secret; `--dry-run`
 * prints a unified diff (secrets masked, in the sources and in `.env`) and writes nothing.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../core/analyze';
import type { SecretFindingData } from '../core/findings';
import { languageIdForPath } from '../core/text/languages';
import { applyOffsetEdits } from '../core/fixes/textEdit';
import { canMoveToEnv, EnvFilesState, MovedEntry, planMoveSecrets } from '../core/fixes/env/moveSecrets';
import { appendLinesEdit, dotenvLine } from '../core/fixes/env/dotenv';
import { maskSecret } from '../core/secrets/mask';
import { envTarget, probeEnvFiles } from '../workspace/envFiles';
import { listFilesSync as listFiles, PathError } from '../workspace/listFiles';
import { readForScanSync as readForScan } from '../workspace/readForScan';
import { loadScanConfig } from './scan';
import { secretPolicy } from '../core/config/vouchConfig';
import { unifiedDiff } from './fixDiff';

export interface FixOptions { paths: string[]; dryRun: boolean; cwd: string; envPath: string; maxFileSize: number }

export interface FixResult {
  /** What the user reads: per-file lines, or the diff in dry-run mode. */
  output: string;
  /** Warnings for stderr (a tracked .env, secrets left behind). */
  warnings: string[];
  moved: number;
  /** Secrets found but not moved (refused, or a language without an environment lookup). */
  left: number;
}

interface FileChange { file: string; before: string; after: string; secrets: string[]; entries: MovedEntry[] }

export function fixMoveSecrets(opts: FixOptions): FixResult {
  const rel = (p: string) => (path.relative(opts.cwd, p) || path.basename(p)).split(path.sep).join('/');
  const target = envTarget(opts.cwd, opts.envPath);
  const initial = probeEnvFiles(target);
  if (!initial.envWritable) throw new PathError(`${rel(target.envPath)}: cannot write (read-only); nothing was changed`);
  const config = loadScanConfig(opts.cwd);
  const ignored = new Set(config.ignore);
  let files: EnvFilesState = initial;
  const changes: FileChange[] = [];
  const allEntries: MovedEntry[] = [];
  const warnings: string[] = [];
  let left = 0;
  const seen = new Set<string>();

  for (const t of opts.paths) {
    for (const file of listFiles(path.resolve(opts.cwd, t))) {
      if (seen.has(file) || file === target.envPath) continue;
      seen.add(file);
      const read = readForScan(file, opts.maxFileSize);
      if (!read.ok) continue;
      const languageId = languageIdForPath(file);
      const secrets = analyze({ text: read.text, languageId, path: rel(file) }, { ignoredFingerprints: ignored, policy: secretPolicy(config), provenance: false })
        .flatMap(f => (f.data?.kind === 'secret' ? [{ data: f.data, line: f.range.start.line + 1 }] : []));
      if (secrets.length === 0) continue;
      if (!canMoveToEnv(languageId)) {
        left += secrets.length;
        warnings.push(`${rel(file)}: ${secrets.length} secret(s) left: ${languageId} has no environment lookup (use vouch:allow or .vouch.json)`);
        continue;
      }
      // Move what can move; say why the rest stays.
      const movable: SecretFindingData[] = [];
      for (const s of secrets) {
        const one = planMoveSecrets(read.text, languageId, [s.data], files);
        if (one.ok) movable.push(s.data);
        else { left++; warnings.push(`${rel(file)}:${s.line}: secret left in place: ${one.reason}`); }
      }
      if (movable.length === 0) continue;
      const outcome = planMoveSecrets(read.text, languageId, movable, files);
      if (!outcome.ok) { left += movable.length; warnings.push(`${rel(file)}: secrets left in place: ${outcome.reason}`); continue; }
      const { plan } = outcome;
      changes.push({
        file, before: read.text, after: applyOffsetEdits(read.text, plan.sourceEdits),
        secrets: movable.map(s => read.text.slice(s.start, s.end)), entries: plan.entries,
      });
      allEntries.push(...plan.entries);
      // The next file sees `.env` and `.gitignore` as this one leaves them.
      files = {
        ...files,
        envText: plan.dotenv ? applyOffsetEdits(files.envText ?? '', [plan.dotenv.edit]) : files.envText,
        gitignoreText: plan.gitignore ? applyOffsetEdits(files.gitignoreText ?? '', [plan.gitignore.edit]) : files.gitignoreText,
      };
    }
  }

  const envName = rel(target.envPath), gitignoreName = rel(target.gitignorePath);
  const moved = changes.reduce((n, c) => n + c.secrets.length, 0);
  if (initial.envTrackedByGit && changes.length) warnings.push(`${envName} is tracked by git: the moved secrets will be committed with it; untrack it with "git rm --cached ${envName}"`);
  const secretTexts = changes.flatMap(c => c.secrets).sort((a, b) => b.length - a.length);
  const redact = (line: string) => secretTexts.reduce((l, s) => l.split(s).join(maskSecret(s)), line);

  if (opts.dryRun) {
    let out = '';
    for (const c of changes) out += unifiedDiff(`a/${rel(c.file)}`, `b/${rel(c.file)}`, c.before, c.after, redact);
    const added = allEntries.filter(e => !e.reused);
    if (added.length) {
      // The .env hunk is built from masked lines: the real value is never formatted for printing.
      const shown = applyOffsetEdits(initial.envText ?? '', [appendLinesEdit(initial.envText, added.map(e => dotenvLine(e, true)))]);
      out += unifiedDiff(`a/${envName}`, `b/${envName}`, initial.envText, shown, redact);
    }
    if (files.gitignoreText !== initial.gitignoreText) out += unifiedDiff(`a/${gitignoreName}`, `b/${gitignoreName}`, initial.gitignoreText, files.gitignoreText ?? '', redact);
    return { output: out, warnings, moved, left };
  }

  if (changes.length === 0) return { output: 'vouch: no secrets to move\n', warnings, moved, left };
  if (files.envText !== initial.envText) write(target.envPath, files.envText ?? '', envName);
  if (files.gitignoreText !== initial.gitignoreText) write(target.gitignorePath, files.gitignoreText ?? '', gitignoreName);
  let out = '';
  for (const c of changes) {
    write(c.file, c.after, rel(c.file));
    out += `${rel(c.file)}: moved ${c.secrets.length} secret(s) to ${envName} (${[...new Set(c.entries.map(e => e.name))].join(', ')})\n`;
  }
  if (files.gitignoreText !== initial.gitignoreText) out += `${gitignoreName}: added ${initial.gitignoreEntry}\n`;
  return { output: out, warnings, moved, left };
}

function write(file: string, text: string, shown: string): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  } catch (e) {
    throw new PathError(`${shown}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}
