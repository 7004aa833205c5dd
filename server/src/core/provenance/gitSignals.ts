/**
 * Signal B, the pure part: which commits are AI-authored (trailers, bot authors, aider's suffix, git-ai notes) and
 * which lines of a file `git blame --porcelain` attributes to them. Text in, line ranges out; running git is the
 * caller's business (server/src/git/).
 */
import type { LineSpan } from './lineBlocks';
import type { Evidence, GitSignal } from './signals';

export interface CommitInfo {
  sha: string;
  authorName: string;
  authorEmail: string;
  committerName?: string;
  committerEmail?: string;
  /** The full message, trailers included. */
  message: string;
  /** The git-ai authorship log under refs/notes/ai, when there is one. */
  note?: string;
}

export interface AiCommit {
  sha: string;
  evidence: string;
  by?: string;
  /** git-ai notes attribute single lines: file → 1-based line ranges at that commit. Absent: every line counts. */
  notedLines?: Map<string, LineSpan[]>;
}

/** AI agents as they sign commits. `email` alone identifies; `name` only with no or a no-reply address (a person
 *  may be called Claude or Devin). */
interface Agent { by: string; email?: RegExp; name?: RegExp }
const AGENTS: Agent[] = [
  { by: 'claude-code', email: /^noreply@anthropic\.com$/i, name: /^claude(?:[ -](?:code|opus|sonnet|haiku|[\d.]+)[\w .-]*)?$/i },
  { by: 'cursor', email: /^cursoragent@cursor\.com$/i, name: /^cursor(?: agent)?$/i },
  { by: 'devin', email: /devin-ai-integration/i, name: /^devin(?: ai)?$|devin-ai-integration/i },
  { by: 'copilot', email: /\+copilot@users\.noreply\.github\.com$|copilot-swe-agent/i, name: /^copilot$|^github copilot$|copilot-swe-agent/i },
  { by: 'aider', email: /@aider\.chat$/i, name: /^aider\b/i },
  { by: 'codex', email: /^codex@openai\.com$|chatgpt-codex-connector/i, name: /^(?:openai )?codex$|chatgpt-codex-connector/i },
  { by: 'gemini', email: /gemini-code-assist/i, name: /^gemini(?: code assist| cli)?$/i },
  { by: 'jules', email: /google-labs-jules/i, name: /google-labs-jules|^jules$/i },
  { by: 'amazon-q', email: /amazon-q-developer/i, name: /^amazon q(?: developer)?$|amazon-q-developer/i },
  { by: 'openhands', email: /^openhands@all-hands\.dev$/i, name: /^openhands(?:-agent)?$/i },
  { by: 'windsurf', name: /^(?:windsurf|codeium|cascade)$/i },
  { by: 'sweep', email: /sweep-ai/i, name: /sweep-ai/i },
  { by: 'codegen', email: /codegen-sh/i, name: /codegen-sh/i },
];

/** Bot accounts that author commits themselves (GitHub coding agents). */
const AI_BOT_AUTHOR = /^(?:copilot-swe-agent|devin-ai-integration|google-labs-jules|claude|cursor|chatgpt-codex-connector|amazon-q-developer|openhands-agent|sweep-ai|codegen-sh|gemini-code-assist)\[bot\]$/i;

const TRAILER = /^\s*(co-authored-by|assisted-by|generated-by|ai-generated-by|ai-assisted-by)\s*:\s*(.+?)\s*$/i;
const GENERATED_WITH = /^\s*(?:🤖\s*)?Generated (?:with|by) \[?(Claude Code|Cursor|GitHub Copilot|Copilot|Codex|Devin|Aider|Gemini CLI|Amazon Q)\]?/i;

function agentFor(name: string, email: string): Agent | undefined {
  const noReply = !email || /no-?reply|\[bot\]|users\.noreply\.github\.com/i.test(email);
  return AGENTS.find(a => (email && a.email?.test(email)) || (noReply && a.name?.test(name.trim())));
}

/** `claude-code:claude-opus-4-5` from `Claude Opus 4.5`; `aider:gpt-4o` from `aider (gpt-4o)`. */
function byWithModel(agent: Agent, name: string): string {
  if (agent.by === 'claude-code') {
    const m = /^claude[ -]((?:opus|sonnet|haiku)[\w .-]*|[\d.]+[\w .-]*)$/i.exec(name.trim());
    if (m && !/^code$/i.test(m[1])) return `claude-code:claude-${m[1].trim().toLowerCase().replace(/[ .]+/g, '-')}`;
  }
  const paren = /\(([^)]+)\)/.exec(name);
  if (agent.by === 'aider' && paren) return `aider:${paren[1].replace(/^[\w-]+\//, '')}`;
  return agent.by;
}

function parseIdentity(value: string): { name: string; email: string } {
  const m = /^(.*?)\s*<([^>]*)>\s*$/.exec(value);
  return m ? { name: m[1], email: m[2] } : { name: value, email: '' };
}

/** Whether a commit is AI-authored, and what says so. The first, most specific evidence wins. */
export function classifyCommit(c: CommitInfo): AiCommit | undefined {
  const found = (evidence: string, by?: string): AiCommit => ({ sha: c.sha, evidence, by });
  for (const line of c.message.split(/\r?\n/)) {
    const t = TRAILER.exec(line);
    if (!t) continue;
    const key = t[1];
    if (/^co-authored-by$/i.test(key)) {
      const id = parseIdentity(t[2]);
      const agent = agentFor(id.name, id.email);
      if (agent) return found(`${key}: ${t[2]}`, byWithModel(agent, id.name));
    } else {
      return found(`${key}: ${t[2]}`, t[2].split(/\s+/)[0]);
    }
  }
  for (const [name, email] of [[c.authorName, c.authorEmail], [c.committerName ?? '', c.committerEmail ?? '']]) {
    if (!name) continue;
    if (AI_BOT_AUTHOR.test(name)) return found(`author ${name}`, agentFor(name, email)?.by ?? name.replace(/\[bot\]$/i, ''));
    if (/\(aider\)\s*$/.test(name)) return found(`author ${name}`, 'aider');
  }
  for (const line of c.message.split(/\r?\n/)) {
    const g = GENERATED_WITH.exec(line);
    if (g) return found(line.trim().replace(/\(https?:[^)]*\)/, '').replace(/\s+/g, ' '), g[1].toLowerCase().replace(/ /g, '-').replace(/^github-/, ''));
  }
  if (c.note) {
    const noted = parseGitAiNote(c.note);
    if (noted && noted.files.size > 0) {
      return { sha: c.sha, evidence: `git-ai note${noted.agents.length ? ` (${noted.agents.join(', ')})` : ''}`, by: noted.agents[0], notedLines: noted.files };
    }
  }
  return undefined;
}

/**
 * A git-ai authorship log (Git AI Standard v3): file lines at column 0, `  <hash> <ranges>` entries under them,
 * then `---` and JSON metadata naming each session's agent. Returns undefined when the note is not one.
 */
export function parseGitAiNote(note: string): { files: Map<string, LineSpan[]>; agents: string[] } | undefined {
  const divider = note.search(/^---$/m);
  const attest = divider >= 0 ? note.slice(0, divider) : note;
  const files = new Map<string, LineSpan[]>();
  let current: string | undefined;
  for (const line of attest.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const entry = /^ {2}([0-9a-f]{7,64}) ([\d,-]+)\s*$/.exec(line);
    if (entry && current) {
      const spans = files.get(current) ?? [];
      for (const part of entry[2].split(',')) {
        const [a, b] = part.split('-').map(Number);
        if (Number.isInteger(a) && a > 0) spans.push({ start: a, end: Number.isInteger(b) && b >= a ? b : a });
      }
      files.set(current, spans);
    } else if (!/^\s/.test(line)) {
      current = line.startsWith('"') && line.endsWith('"') ? line.slice(1, -1) : line;
    } else return undefined;
  }
  const agents: string[] = [];
  if (divider >= 0) {
    try {
      const meta = JSON.parse(note.slice(divider + 4)) as { prompts?: Record<string, { agent_id?: { tool?: string; model?: string } }> };
      for (const p of Object.values(meta.prompts ?? {})) {
        const tool = p.agent_id?.tool;
        if (tool) agents.push(p.agent_id?.model ? `${tool}:${p.agent_id.model}` : tool);
      }
    } catch { /* attestations alone are enough */ }
  }
  return { files, agents: [...new Set(agents)] };
}

export interface BlameLine {
  sha: string;
  /** 1-based line in the file at that commit. */
  origLine: number;
  /** 0-based line in the blamed text. */
  line: number;
  /** The file's path at that commit (blame follows renames). */
  filename: string;
}

export interface BlameCommitHeader { sha: string; author: string; authorMail: string; committer: string; committerMail: string; summary: string }

const NOT_COMMITTED = /^0{40}$/;

/** Parses `git blame --porcelain`: one entry per line of the blamed text, plus the header of every commit seen. */
export function parseBlamePorcelain(text: string): { lines: BlameLine[]; commits: Map<string, BlameCommitHeader> } {
  const lines: BlameLine[] = [];
  const commits = new Map<string, BlameCommitHeader>();
  const filenames = new Map<string, string>();
  let current: { sha: string; origLine: number; line: number } | undefined;
  for (const row of text.split('\n')) {
    if (row.startsWith('\t')) {
      if (current) lines.push({ ...current, filename: filenames.get(current.sha) ?? '' });
      current = undefined;
      continue;
    }
    const head = /^([0-9a-f]{40}) (\d+) (\d+)(?: \d+)?$/.exec(row);
    if (head) {
      current = { sha: head[1], origLine: +head[2], line: +head[3] - 1 };
      if (!commits.has(head[1])) commits.set(head[1], { sha: head[1], author: '', authorMail: '', committer: '', committerMail: '', summary: '' });
      continue;
    }
    if (!current) continue;
    const sp = row.indexOf(' ');
    const key = sp < 0 ? row : row.slice(0, sp);
    const value = sp < 0 ? '' : row.slice(sp + 1);
    const c = commits.get(current.sha)!;
    switch (key) {
      case 'author': c.author = value; break;
      case 'author-mail': c.authorMail = value.replace(/^<|>$/g, ''); break;
      case 'committer': c.committer = value; break;
      case 'committer-mail': c.committerMail = value.replace(/^<|>$/g, ''); break;
      case 'summary': c.summary = value; break;
      case 'filename': filenames.set(current.sha, value); break;
    }
  }
  return { lines, commits };
}

/** The commits a blame mentions that could carry AI evidence (everything but the uncommitted pseudo-commit). */
export function blamedCommits(blame: { commits: Map<string, BlameCommitHeader> }): string[] {
  return [...blame.commits.keys()].filter(sha => !NOT_COMMITTED.test(sha));
}

/**
 * Git evidence for a file: consecutive lines blamed on the same AI commit form one span. `aiCommits` holds the
 * classified commits (from commit messages, authors and notes); lines of other commits are not evidence.
 */
export function gitEvidence(blame: { lines: BlameLine[] }, aiCommits: ReadonlyMap<string, AiCommit>): Evidence[] {
  const out: Evidence[] = [];
  let open: Evidence | undefined;
  for (const l of blame.lines) {
    const ai = aiCommits.get(l.sha);
    const counts = ai && (!ai.notedLines || (ai.notedLines.get(l.filename) ?? []).some(s => l.origLine >= s.start && l.origLine <= s.end));
    if (!counts) { open = undefined; continue; }
    if (open && open.end === l.line - 1 && (open.signal as GitSignal).sha === ai.sha) { open.end = l.line; continue; }
    const signal: GitSignal = { kind: 'git', sha: ai.sha, evidence: ai.evidence, by: ai.by };
    open = { start: l.line, end: l.line, signal };
    out.push(open);
  }
  return out;
}

/** Convenience for callers holding blame headers only: classify from what porcelain carries (author, summary). */
export function commitInfoFromBlame(h: BlameCommitHeader, message?: string, note?: string): CommitInfo {
  return { sha: h.sha, authorName: h.author, authorEmail: h.authorMail, committerName: h.committer, committerEmail: h.committerMail, message: message ?? h.summary, note };
}
