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
  /** AI commit → its first parent, when it has one (to bound blame: history before the oldest AI commit on a file
   *  cannot hold AI lines, so blame need not walk it). */
  parents: Map<string, string>;
  /** AI commit → position in HEAD's history, newest first. */
  order: Map<string, number>;
}

/** The blame range for a file: from just before the oldest AI commit that touched it, or all history. */
export function blameRange(index: AiCommitIndex, file: string): string | undefined {
  const shas = index.files.get(file) ?? [];
  const oldest = shas.reduce<string | undefined>((a, b) => (a === undefined || (index.order.get(b) ?? 0) > (index.order.get(a) ?? 0) ? b : a), undefined);
  const parent = oldest && index.parents.get(oldest);
  return parent ? `^${parent}` : undefined; // `^A` rather than `A..HEAD`: git refuses a final commit with --contents
}

const FIELD = '\x1f';
const RECORD = '\x1e';

export async function buildAiCommitIndex(root: string, head: string): Promise<AiCommitIndex | undefined> {
  const hasNotes = (await runGit({ cwd: root, args: ['rev-parse', '-q', '--verify', 'refs/notes/ai'] })) !== undefined;
  const format = `${RECORD}%H${FIELD}%P${FIELD}%an${FIELD}%ae${FIELD}%cn${FIELD}%ce${FIELD}%B${FIELD}${hasNotes ? '%N' : ''}`;
  const log = await runGit({ cwd: root, args: ['log', `--since=${AI_ERA_START}`, `--format=${format}`, ...(hasNotes ? ['--notes=refs/notes/ai'] : []), head, '--'], timeoutMs: 60000, maxBytes: 512 * 1024 * 1024 });
  if (log === undefined) return undefined;
  const commits = new Map<string, AiCommit>();
  const parents = new Map<string, string>();
  const order = new Map<string, number>();
  let n = 0;
  for (const record of log.split(RECORD)) {
    const f = record.split(FIELD);
    if (f.length < 8) continue;
    n++;
    const info: CommitInfo = { sha: f[0].trim(), authorName: f[2], authorEmail: f[3], committerName: f[4], committerEmail: f[5], message: f[6], note: f[7].trim() || undefined };
    const ai = classifyCommit(info);
    if (!ai) continue;
    commits.set(ai.sha, ai);
    order.set(ai.sha, n);
    const parent = f[1].trim().split(' ')[0];
    if (parent) parents.set(ai.sha, parent);
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
  return { head, commits, files, parents, order };
}
