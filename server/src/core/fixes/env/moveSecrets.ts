/**
 * "Move secret to an environment variable", as plain data: the source edits, the `.env` line(s) and the
 * `.gitignore` entry, planned together so the server can send one WorkspaceEdit and the CLI can write the same.
 * Nothing is lost: every occurrence of a moved secret leaves the source, and the plan is refused unless `.env`
 * reads back exactly the values the program used.
 */
import { applyOffsetEdits, OffsetEdit } from '../textEdit';
import { envLanguageFor } from './envLanguages';
import type { EnvLanguage, Piece, Site } from './envLanguage';
import { literalAround, StringLiteral } from './stringLiteral';
import { unescapeLiteral } from './unescape';
import { chooseEnvName, uniqueEnvName } from './envName';
import { appendLinesEdit, DotenvEntry, dotenvLine, parseDotenv } from './dotenv';
import { gitignoreEdit } from './gitignoreEntry';

/** A secret as the finding located it (SecretFindingData carries exactly this). */
export interface SecretToMove { start: number; end: number; ruleId: string; envName: string }

/** What the workspace side found on disk and in git, handed in as plain data. */
export interface EnvFilesState {
  /** The `.env` text; undefined when the file does not exist. */
  envText?: string;
  /** False when `.env` (or, when missing, its folder) cannot be written. */
  envWritable: boolean;
  envIgnoredByGit: boolean;
  envTrackedByGit: boolean;
  /** The `.gitignore` beside `.env`; undefined when it does not exist. */
  gitignoreText?: string;
  /** The line that ignores `.env` there, e.g. `.env`. */
  gitignoreEntry: string;
}

export interface MovedEntry extends DotenvEntry {
  /** `.env` already held this NAME with this value: nothing is appended. */
  reused: boolean;
}

export interface FileEdit { create: boolean; edit: OffsetEdit }

export interface MovePlan {
  sourceEdits: OffsetEdit[];
  entries: MovedEntry[];
  dotenv?: FileEdit;
  gitignore?: FileEdit;
  envTrackedByGit: boolean;
}

export type MoveOutcome = { ok: true; plan: MovePlan } | { ok: false; reason: string };

export function canMoveToEnv(languageId: string): boolean {
  return envLanguageFor(languageId) !== undefined;
}

class Refused extends Error {}

/** How far into a line a secret may sit for the fix to parse the line around it. */
const MAX_LINE_PREFIX = 10_000;

interface Span { start: number; end: number; raw: string; secret: SecretToMove }

export function planMoveSecrets(text: string, languageId: string, secrets: readonly SecretToMove[], files: EnvFilesState): MoveOutcome {
  const lang = envLanguageFor(languageId);
  if (!lang) return { ok: false, reason: `${languageId} has no environment lookup` };
  if (!files.envWritable) return { ok: false, reason: 'the .env file cannot be written' };
  try {
    return { ok: true, plan: plan(text, lang, secrets, files) };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, reason: e.message };
    throw e;
  }
}

function plan(text: string, lang: EnvLanguage, secrets: readonly SecretToMove[], files: EnvFilesState): MovePlan {
  const spans = occurrences(text, secrets);
  if (spans.length === 0) throw new Refused('the secret is no longer in the file');

  // Spans inside one literal are rewritten together: two secrets in one URL make one edit.
  const groups = new Map<string, { literal?: StringLiteral; spans: Span[] }>();
  for (const span of spans) {
    // The literal is found by tokenising the line up to the secret: on a minified line that is megabytes per
    // secret (fuzz: 4 s each on a 10 MB line, so fix-all never finished). Such code is generated; fix its source.
    if (span.start - (text.lastIndexOf('\n', span.start - 1) + 1) > MAX_LINE_PREFIX) {
      throw new Refused(`the secret sits more than ${MAX_LINE_PREFIX.toLocaleString('en-US')} characters into its line (minified code?)`);
    }
    const where = literalAround(text, span.start, span.end, lang.strings);
    if (where === undefined && !lang.bareValues) throw new Refused('the secret is not inside a string Vouch can rewrite');
    const literal = typeof where === 'object' ? where : undefined;
    const key = literal ? `L${literal.start}` : `B${span.start}`;
    const g = groups.get(key) ?? { literal, spans: [] };
    g.spans.push(span);
    groups.set(key, g);
  }

  const known = parseDotenv(files.envText ?? '');
  const byValue = new Map<string, string>();
  const entries: MovedEntry[] = [];
  const nameFor = (value: string, secret: SecretToMove, at: number, part = false): string => {
    const have = byValue.get(value);
    if (have) return have;
    const base = chooseEnvName(text.slice(text.lastIndexOf('\n', at - 1) + 1, at), secret.ruleId, secret.envName, part);
    const { name, reused } = uniqueEnvName(base, value, known);
    known.set(name, value);
    byValue.set(value, name);
    entries.push({ name, value, reused });
    return name;
  };

  const edits: OffsetEdit[] = [];
  const sites: Site[] = [];
  for (const { literal, spans: group } of [...groups.values()].sort((a, b) => a.spans[0].start - b.spans[0].start)) {
    if (!literal) {
      // A bare value (YAML plain scalar, shell word) or a mention in a comment: the secret itself is replaced.
      for (const span of group) {
        const site: Site = { text, start: span.start, end: span.end };
        edits.push(lang.reference(nameFor(span.raw, span.secret, span.start), site));
        sites.push(site);
      }
      continue;
    }
    const site: Site = { text, start: literal.start, end: literal.end, literal };
    const style = lang.escapes(literal);
    const doubled = lang.strings.doubledQuote?.(literal.prefix, literal.quote) ? literal.quote : undefined;
    const interpolation = lang.interpolation?.(literal);
    const decode = (source: string): string => {
      if (interpolation?.test(source)) throw new Refused('the string interpolates other values, so its text is not the value');
      const value = unescapeLiteral(source, style, doubled);
      if (value === undefined) throw new Refused('the string holds escape sequences Vouch does not decode');
      return value;
    };
    const whole = group.length === 1 && group[0].start === literal.contentStart && group[0].end === literal.contentEnd;
    const splittable = literal.raw || group.every(s => !escapedAt(text, s.start, literal) && !escapedAt(text, s.end, literal));
    const pieces = (name: (s: Span) => string): Piece[] => {
      const out: Piece[] = [];
      let at = literal.contentStart;
      for (const s of [...group].sort((a, b) => a.start - b.start)) {
        out.push({ text: text.slice(at, s.start) }, { env: name(s) });
        at = s.end;
      }
      out.push({ text: text.slice(at, literal.contentEnd) });
      return out;
    };
    if (!whole && splittable && lang.compose && lang.compose(literal, pieces(() => 'NAME'), site) !== undefined) {
      const composed = lang.compose(literal, pieces(s => nameFor(decode(s.raw), s.secret, literal.start, true)), site)!;
      edits.push({ start: literal.start, end: literal.end, newText: composed });
    } else {
      const value = decode(text.slice(literal.contentStart, literal.contentEnd));
      edits.push(lang.reference(nameFor(value, group[0].secret, literal.start), site));
    }
    sites.push(site);
  }

  const support = lang.support?.(text, sites) ?? [];
  if (typeof support === 'string') throw new Refused(support);
  const sourceEdits = [...edits, ...support].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sourceEdits.length; i++) {
    if (sourceEdits[i].start < sourceEdits[i - 1].end) throw new Refused('the edits would overlap');
  }
  const after = applyOffsetEdits(text, sourceEdits);
  if (spans.some(s => after.includes(s.raw))) throw new Refused('the secret also appears where Vouch cannot replace it');

  const added = entries.filter(e => !e.reused);
  const dotenv = added.length ? { create: files.envText === undefined, edit: appendLinesEdit(files.envText, added.map(e => dotenvLine(e))) } : undefined;
  const written = parseDotenv(dotenv ? applyOffsetEdits(files.envText ?? '', [dotenv.edit]) : files.envText ?? '');
  if (entries.some(e => written.get(e.name) !== e.value)) throw new Refused('the value cannot be written to .env so that it reads back the same');

  const ignore = files.envIgnoredByGit ? undefined : gitignoreEdit(files.gitignoreText, files.gitignoreEntry);
  return {
    sourceEdits,
    entries,
    dotenv,
    gitignore: ignore && { create: files.gitignoreText === undefined, edit: ignore },
    envTrackedByGit: files.envTrackedByGit,
  };
}

/** Every occurrence of each secret's text that stands alone (not inside a longer token), the findings first. */
function occurrences(text: string, secrets: readonly SecretToMove[]): Span[] {
  const spans: Span[] = [];
  const overlaps = (start: number, end: number) => spans.some(s => start < s.end && s.start < end);
  for (const secret of secrets) {
    const raw = text.slice(secret.start, secret.end);
    if (!raw || overlaps(secret.start, secret.end)) continue;
    spans.push({ start: secret.start, end: secret.end, raw, secret });
  }
  for (const first of [...spans]) {
    for (let i = text.indexOf(first.raw); i >= 0; i = text.indexOf(first.raw, i + 1)) {
      const end = i + first.raw.length;
      const alone = !/[A-Za-z0-9]/.test(text[i - 1] ?? '') && !/[A-Za-z0-9]/.test(text[end] ?? '');
      if (alone && !overlaps(i, end)) spans.push({ start: i, end, raw: first.raw, secret: first.secret });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** True when `at` falls just after an odd run of backslashes, i.e. inside an escape sequence. */
function escapedAt(text: string, at: number, literal: StringLiteral): boolean {
  let n = 0;
  for (let i = at - 1; i >= literal.contentStart && text[i] === '\\'; i--) n++;
  return n % 2 === 1;
}
