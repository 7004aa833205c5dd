/** `vouch scan` reports untagged AI-generated blocks from content tells and from git history. */
import * as assert from 'assert';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { REPO } from '../helpers/repo';
import { runVouch } from '../helpers/runVouch';
import { TempRepo } from '../helpers/gitRepo';

const vouch = runVouch;

describe('vouch scan: AI provenance', function () {
  this.timeout(20000);
  let repo: TempRepo;
  beforeEach(() => { repo = new TempRepo(); });
  afterEach(() => repo.remove());

  it('flags lines from AI-authored commits (trailer, bot author, aider) and pasted chat output; docs and human code stay clean', () => {
    repo.write('src/human.ts', 'export const a = 1;\n');
    repo.write('README.md', "# Demo\n\nHere's the updated code:\n\n```ts\n// ... existing code ...\n```\n");
    repo.commit('init');
    repo.write('src/claude.ts', 'export function f() {\n  return 1;\n}\n');
    const claude = repo.commit('feat: f\n\nCo-Authored-By: Claude <noreply@anthropic.com>');
    repo.write('src/bot.py', 'def g():\n    return 2\n');
    const bot = repo.commit('Add g', 'copilot-swe-agent[bot] <198982749+Copilot@users.noreply.github.com>');
    repo.write('src/aider.go', 'package main\n\nfunc h() int {\n\treturn 3\n}\n');
    repo.commit('feat: h', 'Ada Human (aider) <ada@example.com>');
    repo.write('src/paste.ts', "Sure! Here is the code:\n```ts\nexport const x = 1;\n```\n");

    const r = vouch(['scan', '--format', 'json'], repo.dir);
    assert.strictEqual(r.code, 1, r.stderr);
    const found = JSON.parse(r.stdout).findings.filter((f: { code: string }) => f.code === 'ai/untagged-block')
      .map((f: { file: string; line: number; endLine: number; message: string }) => [f.file, f.line, f.endLine, f.message.replace(/^.*Signals: /, '')]);
    assert.deepStrictEqual(found.sort(), [
      ['src/aider.go', 1, 5, 'git: commit ' + repo.git('rev-parse', '--short=7', 'HEAD').trim() + ' (author Ada Human (aider)).'],
      ['src/bot.py', 1, 2, `git: commit ${bot.slice(0, 7)} (author copilot-swe-agent[bot]).`],
      ['src/claude.ts', 1, 3, `git: commit ${claude.slice(0, 7)} (Co-Authored-By: Claude <noreply@anthropic.com>).`],
      ['src/paste.ts', 1, 4, 'content tells: chat preamble, markdown fence.'],
    ]);

    const noGit = JSON.parse(vouch(['scan', '--no-git', '--format', 'json'], repo.dir).stdout).findings.map((f: { file: string }) => f.file);
    assert.deepStrictEqual(noGit, ['src/paste.ts']);
  });

  it('runs without git, or outside a repository, silently', () => {
    repo.write('a.ts', 'export const a = 1;\n');
    const r = runVouch(['scan', '--format', 'json'], repo.dir, { env: { PATH: '/nonexistent' } });
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual(r.stderr, '');
  });
});
