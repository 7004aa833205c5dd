/**
 * Evidence that a block is AI-generated (DESIGN §4): A content tells, B git history, C editor capture. Plain data:
 * it rides in Diagnostic.data, so quick fixes pre-fill the tag from it without re-analysing.
 */
import type { LineSpan } from './lineBlocks';

export type SignalKind = 'content' | 'git' | 'editor';

export interface TellHit { id: string; title: string; strength: 'strong' | 'weak'; line: number }

export interface ContentSignal { kind: 'content'; tells: TellHit[] }

export interface GitSignal {
  kind: 'git';
  /** Full commit id; messages show the first 7 characters. */
  sha: string;
  /** What marked the commit, as it reads: `Co-Authored-By: Claude <noreply@anthropic.com>`, `author copilot-swe-agent[bot]`. */
  evidence: string;
  /** The agent for `by=` (agent or agent:model), when the evidence names one. */
  by?: string;
}

export interface EditorSignal {
  kind: 'editor';
  /** completion: one multi-line insertion; paste: pasted from outside the workspace; chat: a chat-editing session. */
  source: 'completion' | 'paste' | 'chat';
  /** ISO time of the capture. */
  capturedAt: string;
}

export type AiSignal = ContentSignal | GitSignal | EditorSignal;

/** One piece of evidence over a line span, as the signals produce it before blocks are merged. */
export interface Evidence extends LineSpan { signal: AiSignal }

/** `source=` and `by=` for the "Tag as AI-generated" fix, from the strongest evidence present. */
export function suggestedTagFields(signals: readonly AiSignal[]): { by: string; source?: string } {
  const git = signals.find((s): s is GitSignal => s.kind === 'git');
  const editor = signals.find((s): s is EditorSignal => s.kind === 'editor');
  if (git) return { by: git.by ?? 'unknown', source: `git:${git.sha.slice(0, 7)}` };
  if (editor) return { by: 'unknown', source: editor.source };
  const content = signals.find(s => s.kind === 'content');
  return { by: 'unknown', source: content ? 'chat' : undefined };
}

export function describeSignal(s: AiSignal): string {
  switch (s.kind) {
    case 'content': {
      const titles = [...new Set(s.tells.map(t => t.title))];
      return `content tells: ${titles.join(', ')}`;
    }
    case 'git': return `git: commit ${s.sha.slice(0, 7)} (${s.evidence})`;
    case 'editor': return `editor: ${s.source === 'completion' ? 'inserted in one multi-line change' : s.source === 'paste' ? 'pasted from outside the workspace' : 'written by a chat-editing session'} (${s.capturedAt.slice(0, 10)})`;
  }
}
