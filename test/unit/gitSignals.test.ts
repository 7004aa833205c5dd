/** Signal B, pure part: commit classification and blame attribution on recorded git output. */
import * as assert from 'assert';
import { classifyCommit, CommitInfo, gitEvidence, parseBlamePorcelain, parseGitAiNote, AiCommit } from '../../server/src/core/provenance/gitSignals';

const commit = (message: string, author = 'Ada Lovelace', email = 'ada@example.com', more: Partial<CommitInfo> = {}): CommitInfo =>
  ({ sha: 'd9946cff06a6fb938baf5da2a0e080cf8d46784d', authorName: author, authorEmail: email, message, ...more });

// Recorded from `git blame --porcelain --contents - -- f.ts` (git 2.39): one uncommitted line, two from a human
// root commit, two from a commit co-authored by Claude.
const PORCELAIN = `0000000000000000000000000000000000000000 1 1 1
author Not Committed Yet
author-mail <not.committed.yet>
author-time 1795237227
author-tz +0000
committer Not Committed Yet
committer-mail <not.committed.yet>
committer-time 1795237227
committer-tz +0000
summary Version of f.ts from standard input
previous d9946cff06a6fb938baf5da2a0e080cf8d46784d f.ts
filename f.ts
\tz
1f62b0c4db6955deb38d8a086d5e5e2698f813ef 1 2 2
author H
author-mail <h@x>
author-time 1795237227
author-tz +0000
committer H
committer-mail <h@x>
committer-time 1795237227
committer-tz +0000
summary init
boundary
filename f.ts
\ta
1f62b0c4db6955deb38d8a086d5e5e2698f813ef 2 3
\tb
d9946cff06a6fb938baf5da2a0e080cf8d46784d 3 4 2
author H
author-mail <h@x>
author-time 1795237227
author-tz +0000
committer H
committer-mail <h@x>
committer-time 1795237227
committer-tz +0000
summary feat: x
previous 1f62b0c4db6955deb38d8a086d5e5e2698f813ef f.ts
filename f.ts
\tc
d9946cff06a6fb938baf5da2a0e080cf8d46784d 4 5
\td
`;

describe('git signal (B): classification', () => {
  const ai: [string, CommitInfo, string, string | undefined][] = [
    ['Claude Code trailer', commit('feat: retry\n\nCo-Authored-By: Claude <noreply@anthropic.com>'), 'Co-Authored-By: Claude <noreply@anthropic.com>', 'claude-code'],
    ['Claude with a model', commit('fix\n\nCo-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>'), 'Co-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>', 'claude-code:claude-opus-4-5'],
    ['Cursor agent', commit('x\n\nCo-authored-by: Cursor <cursoragent@cursor.com>'), 'Co-authored-by: Cursor <cursoragent@cursor.com>', 'cursor'],
    ['Devin', commit('x\n\nCo-Authored-By: Devin AI <158243242+devin-ai-integration[bot]@users.noreply.github.com>'), 'Co-Authored-By: Devin AI <158243242+devin-ai-integration[bot]@users.noreply.github.com>', 'devin'],
    ['Assisted-by (kernel style)', commit('mm: fix\n\nAssisted-by: claude-code:claude-opus-4-5\nSigned-off-by: A <a@b>'), 'Assisted-by: claude-code:claude-opus-4-5', 'claude-code:claude-opus-4-5'],
    ['Copilot coding agent', commit('Add tests', 'copilot-swe-agent[bot]', '198982749+Copilot@users.noreply.github.com'), 'author copilot-swe-agent[bot]', 'copilot'],
    ['aider author suffix', commit('refactor: split', 'Ada Lovelace (aider)', 'ada@example.com'), 'author Ada Lovelace (aider)', 'aider'],
    ['Claude Code footer alone', commit('x\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)'), '🤖 Generated with [Claude Code]', 'claude-code'],
  ];
  for (const [name, c, evidence, by] of ai) {
    it(`flags: ${name}`, () => {
      const r = classifyCommit(c);
      assert.ok(r, name);
      assert.strictEqual(r.evidence, evidence);
      assert.strictEqual(r.by, by);
    });
  }

  const human: [string, CommitInfo][] = [
    ['a person co-author', commit('x\n\nCo-authored-by: Grace Hopper <grace@example.com>')],
    ['a person called Claude', commit('x\n\nCo-authored-by: Claude Shannon <claude@bell-labs.example>')],
    ['a person called Devin', commit('x', 'Devin Smith', 'devin@example.com')],
    ['dependabot', commit('Bump x', 'dependabot[bot]', '49699333+dependabot[bot]@users.noreply.github.com')],
    ['prose about Claude', commit('docs: explain how Claude Code helps\n\nWe evaluated Cursor and Copilot.')],
  ];
  for (const [name, c] of human) it(`does not flag: ${name}`, () => assert.strictEqual(classifyCommit(c), undefined));
});

describe('git signal (B): blame attribution', () => {
  it('parses porcelain and turns consecutive lines of an AI commit into one span', () => {
    const blame = parseBlamePorcelain(PORCELAIN);
    assert.deepStrictEqual(blame.lines.map(l => [l.sha.slice(0, 7), l.origLine, l.line, l.filename]), [
      ['0000000', 1, 0, 'f.ts'], ['1f62b0c', 1, 1, 'f.ts'], ['1f62b0c', 2, 2, 'f.ts'], ['d9946cf', 3, 3, 'f.ts'], ['d9946cf', 4, 4, 'f.ts'],
    ]);
    assert.strictEqual(blame.commits.get('d9946cff06a6fb938baf5da2a0e080cf8d46784d')!.summary, 'feat: x');
    const ai = classifyCommit(commit('feat: x\n\nCo-Authored-By: Claude <noreply@anthropic.com>'))!;
    const ev = gitEvidence(blame, new Map([[ai.sha, ai]]));
    assert.deepStrictEqual(ev.map(e => [e.start, e.end]), [[3, 4]]);
    assert.deepStrictEqual(ev[0].signal, { kind: 'git', sha: ai.sha, evidence: 'Co-Authored-By: Claude <noreply@anthropic.com>', by: 'claude-code' });
  });

  it('reads git-ai notes (refs/notes/ai) and counts only the lines they attest', () => {
    const note = 'f.ts\n  abcd1234abcd1234 4\nother.ts\n  abcd1234abcd1234 1-9\n---\n{"schema_version":"authorship/3.0.0","prompts":{"abcd1234abcd1234":{"agent_id":{"tool":"cursor","id":"x","model":"claude-4.5-opus"}}}}';
    assert.deepStrictEqual(parseGitAiNote(note)!.files.get('other.ts'), [{ start: 1, end: 9 }]);
    const ai = classifyCommit(commit('feat: x', 'H', 'h@x', { note }))! as AiCommit;
    assert.strictEqual(ai.by, 'cursor:claude-4.5-opus');
    assert.match(ai.evidence, /git-ai note/);
    const ev = gitEvidence(parseBlamePorcelain(PORCELAIN), new Map([[ai.sha, ai]]));
    assert.deepStrictEqual(ev.map(e => [e.start, e.end]), [[4, 4]], 'orig line 4 of f.ts is line 5 of the text');
    assert.strictEqual(parseGitAiNote('just a human note\n  with indentation'), undefined);
  });
});
