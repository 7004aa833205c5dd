/**
 * Signal B for the server and the CLI: finds a file's repository, consults the AI-commit index for its HEAD and,
 * only when an AI commit touched the file, runs `git blame --porcelain` (over the editor's text when given, so
 * unsaved edits map correctly). Results are cached per file content hash and HEAD; everything is asynchronous.
 */
import * as fs from 'fs';
import * as path from 'path';
import { createHash } from 'crypto';
import { gitEvidence, parseBlamePorcelain } from '../core/provenance/gitSignals';
import type { Evidence } from '../core/provenance/signals';
import { AiCommitIndex, blameRange, buildAiCommitIndex } from './aiCommitIndex';
import { runGit } from './runGit';

interface Repo { root: string; head?: { value: Promise<string | undefined>; at: number } }

const HEAD_TTL_MS = 2000;
const MAX_CACHED_FILES = 500;

export class GitEvidenceSource {
  private readonly roots = new Map<string, Promise<Repo | undefined>>();
  private readonly indexes = new Map<string, Promise<AiCommitIndex | undefined>>();
  private readonly results = new Map<string, Evidence[]>();
  /** Blames run, for tests and the CLI's timing line. */
  blames = 0;

  /** Git evidence for `file`; `text` is the editor's content (omit to blame the file on disk). Never throws. */
  async evidenceFor(file: string, text?: string): Promise<Evidence[]> {
    try {
      const repo = await this.repoFor(path.dirname(file));
      if (!repo) return [];
      const head = await this.head(repo);
      if (!head) return [];
      const index = await this.index(repo.root, head);
      if (!index) return [];
      const rel = path.relative(repo.root, file).split(path.sep).join('/');
      if (!index.files.has(rel)) return []; // blame follows renames, but an untouched path needs no blame
      const key = `${head}\0${file}\0${text === undefined ? 'disk' : createHash('sha256').update(text).digest('hex')}`;
      const cached = this.results.get(key);
      if (cached) return cached;
      const range = blameRange(index, rel);
      const args = ['blame', '--porcelain', ...(text === undefined ? [] : ['--contents', '-']), ...(range ? [range] : []), '--', rel];
      const out = await runGit({ cwd: repo.root, args, stdin: text, timeoutMs: 30000 });
      this.blames++;
      if (out === undefined) return [];
      const evidence = gitEvidence(parseBlamePorcelain(out), index.commits);
      if (this.results.size >= MAX_CACHED_FILES) this.results.delete(this.results.keys().next().value!);
      this.results.set(key, evidence);
      return evidence;
    } catch {
      return [];
    }
  }

  /** The work tree holding `dir`: found by looking for `.git` upwards (no process per directory), confirmed by git
   *  once per candidate root. */
  private repoFor(dir: string): Promise<Repo | undefined> {
    let candidate: string | undefined;
    for (let d = dir; ; d = path.dirname(d)) {
      if (fs.existsSync(path.join(d, '.git'))) { candidate = d; break; }
      if (path.dirname(d) === d) break;
    }
    const key = candidate ?? dir;
    let r = this.roots.get(key);
    if (!r) {
      r = runGit({ cwd: key, args: ['rev-parse', '--show-toplevel'], timeoutMs: 5000 }).then(out => (out ? { root: path.resolve(out.trim()) } : undefined));
      this.roots.set(key, r);
    }
    return r;
  }

  /** HEAD, re-read at most every two seconds; concurrent callers share one git process. */
  private head(repo: Repo): Promise<string | undefined> {
    if (repo.head && Date.now() - repo.head.at < HEAD_TTL_MS) return repo.head.value;
    const value = runGit({ cwd: repo.root, args: ['rev-parse', '-q', '--verify', 'HEAD'], timeoutMs: 5000 }).then(out => out?.trim() || undefined);
    repo.head = { value, at: Date.now() };
    return value;
  }

  private index(root: string, head: string): Promise<AiCommitIndex | undefined> {
    const key = `${root}\0${head}`;
    let i = this.indexes.get(key);
    if (!i) {
      for (const k of this.indexes.keys()) if (k.startsWith(`${root}\0`)) this.indexes.delete(k); // one HEAD per repo
      i = buildAiCommitIndex(root, head);
      this.indexes.set(key, i);
    }
    return i;
  }
}
