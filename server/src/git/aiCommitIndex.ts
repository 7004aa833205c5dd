/**
 * The AI-authored commits of a repository at one HEAD, with the files each touched. Built once per HEAD with two
 * `git log` calls, so files that no AI commit touched are never blamed: on most files the git signal costs nothing.
 */
import { classifyCommit, AiCommit, CommitInfo } from '../core/provenance/gitSignals';
import { runGit } from './runGit';

/** AI coding assistants date from mid-2021 (Copilot's preview); older history cannot hold their commits. */
export const AI_ERA_START = '2021-06-01';

export interface AiCommitIndex {
  head: string;
  commits: Map<string, AiCommit>;
  /** Repository-relative path (forward slashes) → AI commits that touched it. */
  files: Map<string, string[]>;
}

const FIELD = '\x1f';
const RECORD = '\x1e';

export async function buildAiCommitIndex(root: string, head: string): Promise<AiCommitIndex | undefined> {
  const hasNotes = (await runGit({ cwd: root, args: ['rev-parse', '-q', '--verify', 'refs/notes/ai'] })) !== undefined;
  const format = `${RECORD}%H${FIELD}%an${FIELD}%ae${FIELD}%cn${FIELD}%ce${FIELD}%B${FIELD}${hasNotes ? '%N' : ''}`;
  const log = await runGit({ cwd: root, args: ['log', `--since=${AI_ERA_START}`, `--format=${format}`, ...(hasNotes ? ['--notes=refs/notes/ai'] : []), head, '--'], timeoutMs: 60000, maxBytes: 512 * 1024 * 1024 });
  if (log === undefined) return undefined;
  const commits = new Map<string, AiCommit>();
  for (const record of log.split(RECORD)) {
    const f = record.split(FIELD);
    if (f.length < 7) continue;
    const info: CommitInfo = { sha: f[0].trim(), authorName: f[1], authorEmail: f[2], committerName: f[3], committerEmail: f[4], message: f[5], note: f[6].trim() || undefined };
    const ai = classifyCommit(info);
    if (ai) commits.set(ai.sha, ai);
  }
  const files = new Map<string, string[]>();
  if (commits.size > 0) {
    const touched = await runGit({ cwd: root, args: ['log', '--no-walk=unsorted', '--stdin', `--format=${RECORD}%H`, '--name-only'], stdin: [...commits.keys()].join('\n') + '\n', timeoutMs: 60000 });
    for (const record of (touched ?? '').split(RECORD)) {
      const [sha, ...paths] = record.split('\n').map(s => s.trim()).filter(Boolean);
      if (!sha) continue;
      for (const p of paths) files.set(p, [...(files.get(p) ?? []), sha]);
    }
  }
  return { head, commits, files };
}
