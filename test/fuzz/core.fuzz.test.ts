/**
 * Fuzzes the core (issue 9): thousands of seeded hostile texts through analyze() and every fix builder. Nothing may
 * throw, every range must lie inside its document, and every input must finish within CPU time proportional to its
 * size. A failure names the seed and case index; `VOUCH_FUZZ_SEED=<seed>` replays the same cases.
 */
import * as assert from 'assert';
import { analyze } from '../../server/src/core/analyze';
import type { Finding } from '../../server/src/core/findings';
import { LineIndex } from '../../server/src/core/text/lineIndex';
import { allowCommentEdit } from '../../server/src/core/fixes/allowComment';
import { applyOffsetEdits, applyTextEdits } from '../../server/src/core/fixes/textEdit';
import { planMoveSecrets, EnvFilesState } from '../../server/src/core/fixes/env/moveSecrets';
import { tagBlockEdits } from '../../server/src/core/fixes/provenanceTag';
import { addIgnoredFingerprint } from '../../server/src/core/fixes/vouchJsonIgnore';
import { ConfigError, parseVouchConfig, secretPolicy } from '../../server/src/core/config/vouchConfig';
import type { Evidence } from '../../server/src/core/provenance/signals';
import { caseRng, cpuBoundMs, cpuMs, fakeValue, FUZZ_SCALE, FUZZ_SEED, LARGE_KINDS, largeCase, lineLengths, rangeProblem, Rng, smallCase, FuzzCase } from './generators';
import { countCases } from './counter';

const SMALL = Math.round(7000 * FUZZ_SCALE);
const CONFIGS = Math.round(1500 * FUZZ_SCALE);

function fail(i: number, c: FuzzCase, what: string): never {
  assert.fail(`core fuzz case #${i} (${c.kind}, ${c.languageId || '""'}, ${c.text.length} chars): ${what}\n  replay: VOUCH_FUZZ_SEED=${FUZZ_SEED}`);
}

function randomEvidence(r: Rng, lineCount: number): Evidence[] {
  // Evidence comes from git and from the client: spans may be stale, reversed or far past the end.
  return Array.from({ length: r.int(3) }, () => {
    const start = r.range(-3, lineCount + 5);
    return {
      start, end: r.chance(0.2) ? start - r.int(3) : start + r.int(lineCount + 10),
      signal: r.chance(0.5)
        ? { kind: 'editor' as const, source: r.pick(['completion', 'paste', 'chat'] as const), capturedAt: r.pick(['2026-11-21T10:00:00Z', '', 'x']) }
        : { kind: 'git' as const, sha: r.hex(r.pick([40, 3, 0])), evidence: 'Co-Authored-By: Claude <noreply@anthropic.com>', by: r.chance(0.5) ? 'claude-code' : undefined },
    };
  });
}

const ENV_STATES: EnvFilesState[] = [
  { envWritable: true, envIgnoredByGit: false, envTrackedByGit: false, gitignoreEntry: '.env' },
  { envText: 'API_KEY=x\r\nTOKEN="a b"\n# c\n', envWritable: true, envIgnoredByGit: true, envTrackedByGit: false, gitignoreText: '.env\n', gitignoreEntry: '.env' },
  { envText: '\uFEFFAPI_KEY', envWritable: true, envIgnoredByGit: false, envTrackedByGit: true, gitignoreText: 'node_modules', gitignoreEntry: '.env' },
];

/** Runs one case through analyze and every fix builder, checking the invariants. */
function check(i: number, c: FuzzCase, r: Rng): void {
  const lengths = lineLengths(c.text);
  const options = {
    secrets: r.chance(0.95), provenance: r.chance(0.9),
    ai: { evidence: randomEvidence(r, lengths.length), notAi: new Set<string>(), signals: { content: r.chance(0.9), git: true, editor: true } },
  };
  let findings: Finding[] = [];
  const { ms } = cpuMs(() => {
    try { findings = analyze({ text: c.text, languageId: c.languageId, path: r.chance(0.5) ? 'src/x' : undefined }, options); } catch (e) { fail(i, c, `analyze threw ${(e as Error).stack}`); }
  });
  if (ms > cpuBoundMs(c.text)) fail(i, c, `analyze took ${ms.toFixed(0)} ms of CPU (bound ${cpuBoundMs(c.text).toFixed(0)} ms)`);
  const lines = new LineIndex(c.text);
  for (const f of findings) {
    const problem = rangeProblem(f.range, lengths);
    if (problem) fail(i, c, `${f.code}: ${problem}`);
    if (f.data?.kind === 'secret') {
      const { start, end } = f.data;
      if (!(start >= 0 && start <= end && end <= c.text.length)) fail(i, c, `${f.code}: data offsets ${start}..${end} outside the text`);
      assert.deepStrictEqual(lines.range(start, end), f.range, `case #${i}: data offsets disagree with the range`);
    }
    if (f.data?.kind === 'ai-block' && !(f.data.startLine >= 0 && f.data.startLine <= f.data.endLine && f.data.endLine < lengths.length)) {
      fail(i, c, `ai-block data ${f.data.startLine}..${f.data.endLine} outside ${lengths.length} lines`);
    }
  }
  // The fix builders see the same hostile text, within the same kind of bound.
  const fixesStarted = process.cpuUsage();
  try {
    for (const f of findings.slice(0, 5)) {
      const edit = allowCommentEdit(lines, f.range.start.line, c.languageId);
      if (edit) { const p = rangeProblem(edit.range, lengths); if (p) fail(i, c, `allow comment edit: ${p}`); applyTextEdits(c.text, [edit]); }
      if (f.data?.kind === 'secret') {
        const outcome = planMoveSecrets(c.text, c.languageId, [f.data], r.pick(ENV_STATES));
        if (outcome.ok) applyOffsetEdits(c.text, outcome.plan.sourceEdits);
      }
      if (f.data?.kind === 'ai-block') {
        const edits = tagBlockEdits(lines, c.languageId, { start: f.data.startLine, end: f.data.endLine }, { by: 'unknown' }, r.pick(['\n', '\r\n']));
        for (const e of edits ?? []) { const p = rangeProblem(e.range, lengths); if (p) fail(i, c, `tag edit: ${p}`); }
        if (edits) applyTextEdits(c.text, edits);
      }
    }
    addIgnoredFingerprint(r.chance(0.5) ? c.text.slice(0, 2000) : undefined, 'secret/generic:' + r.hex(64));
  } catch (e) {
    if ((e as Error).name === 'AssertionError') throw e;
    fail(i, c, `a fix builder threw ${(e as Error).stack}`);
  }
  const used = process.cpuUsage(fixesStarted);
  const fixMs = (used.user + used.system) / 1000;
  if (fixMs > 2 * cpuBoundMs(c.text)) fail(i, c, `the fix builders took ${fixMs.toFixed(0)} ms of CPU (bound ${(2 * cpuBoundMs(c.text)).toFixed(0)} ms)`);
}

const HOSTILE_PATTERNS = [
  '(a+)+$', '(a|a)*$', '(a*)*b', '(.*a){20}', '(\\w+\\s?)+$', '(x+x+)+y', '^(([a-z])+.)+[A-Z]([a-z])+$', '(a|aa)+$', '(.*){1,32000}[bc]',
  '(?<s>a)\\k<s>', '(a)\\1', '(?<=a+)b', '[', '(', '*', 'a{99999999}', '\\', '(?<secret>[A-Za-z0-9]{1,1000}){1,1000}', '(?:a?){30}a{30}',
  '((((((((((((((((((((a))))))))))))))))))))*', 'x'.repeat(2000), '(?<secret>ghp_[A-Za-z0-9]{36})', 'token=(?<secret>[^\\s"]+)', '.*.*.*=.*',
  '\\d+\\d+\\d+x', '[\\s\\S]*?end', '^$', '(?i)abc', '\\p{L}+', '(?<secret>.+)',
];

function hostileConfig(r: Rng): string {
  const kind = r.int(8);
  if (kind === 0) return r.random('{}[]",:\\ntrue0123456789 \n', r.range(0, 200));
  if (kind === 1) return '['.repeat(r.range(1, 50_000));
  if (kind === 2) return `{"ignore": ["${'a'.repeat(r.range(0, 100))}"], "exclude": [${r.chance(0.5) ? '1' : '"**/x"'}], "patterns": ${r.pick(['{}', '[]', '"x"', 'null', '[1]'])}}`;
  if (kind === 3) return '\uFEFF' + JSON.stringify({ allow: [r.pick(HOSTILE_PATTERNS).replace(/^/, '/') + '/'], disable: ['secret/generic'] });
  const patterns = Array.from({ length: r.range(1, 3) }, () => ({
    name: r.chance(0.9) ? 'team ' + r.base62(4) : '',
    pattern: r.pick(HOSTILE_PATTERNS),
    flags: r.pick([undefined, '', 'i', 'g', 'gimsu', 'y', 'd', 'x']),
    paths: r.chance(0.3) ? [r.pick(['**/*.ts', '!**/test/**', '[', '**/**/**/**/**/**/**/**/**/**/a', '{a,b'])] : undefined,
    allow: r.chance(0.2) ? [r.pick(['/a+/', '/(a+)+$/', 'plain'])] : undefined,
  }));
  const text = JSON.stringify({ patterns }, null, r.chance(0.5) ? 2 : undefined);
  return kind === 4 ? text.slice(0, r.int(text.length)) : text; // truncated: invalid JSON at a random spot
}

describe('fuzz: core', function () {
  this.timeout(0);
  before(() => console.log(`      fuzz seed ${FUZZ_SEED} (replay with VOUCH_FUZZ_SEED=${FUZZ_SEED}; VOUCH_FUZZ_SCALE=${FUZZ_SCALE})`));

  it(`survives ${SMALL} small hostile inputs: no throw, ranges inside, bounded CPU`, () => {
    for (let i = 0; i < SMALL; i++) {
      const r = caseRng(FUZZ_SEED, i);
      check(i, smallCase(r), r);
    }
    countCases('core small', SMALL);
  });

  for (const kind of LARGE_KINDS) {
    it(`survives a large input: ${kind}`, () => {
      const r = caseRng(FUZZ_SEED, 1_000_000 + LARGE_KINDS.indexOf(kind));
      check(1_000_000 + LARGE_KINDS.indexOf(kind), largeCase(r, kind), r);
      countCases('core large', 1);
    });
  }

  it(`reads ${CONFIGS} malformed or hostile .vouch.json files: a ConfigError naming the file, or a policy that runs in linear time`, () => {
    let accepted = 0;
    for (let i = 0; i < CONFIGS; i++) {
      const r = caseRng(FUZZ_SEED, 2_000_000 + i);
      const text = hostileConfig(r);
      let config;
      const { ms } = cpuMs(() => {
        try { config = parseVouchConfig(text, 'ws/.vouch.json'); } catch (e) {
          if (!(e instanceof ConfigError)) assert.fail(`config case #${i}: threw ${(e as Error).stack} (replay: VOUCH_FUZZ_SEED=${FUZZ_SEED})`);
          assert.match(e.message, /^ws\/\.vouch\.json\b/, `config case #${i}: the message names the file`);
          assert.ok(!e.message.includes('\n'), `config case #${i}: one line`);
        }
      });
      assert.ok(ms < 5000, `config case #${i}: parsing took ${ms.toFixed(0)} ms of CPU`);
      if (!config) continue;
      accepted++;
      const policy = secretPolicy(config);
      // Adversarial subjects for whatever was accepted: long runs that make a backtracking pattern explode.
      for (const subject of ['a'.repeat(20_000) + '!', 'x'.repeat(20_000) + 'y', `token=${fakeValue(r)} `.repeat(2000), ' \t'.repeat(10_000)]) {
        const t = cpuMs(() => analyze({ text: subject, languageId: 'typescript', path: 'src/a.ts' }, { policy, provenance: false }));
        assert.ok(t.ms < cpuBoundMs(subject, 20_000), `config case #${i}: an accepted pattern took ${t.ms.toFixed(0)} ms on ${subject.length} chars`);
      }
    }
    countCases('config', CONFIGS);
    assert.ok(accepted > 0, 'some configs are accepted (the generator reaches the scanning path)');
  });
});
