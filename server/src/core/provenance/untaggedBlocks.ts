/**
 * Turns evidence from the three signals into `ai/untagged-block` findings: evidence on tagged lines is dropped,
 * overlapping or touching evidence becomes one block that lists every signal, and blocks the team marked
 * "not AI-generated" (by content fingerprint) stay quiet.
 */
import type { LineIndex } from '../text/lineIndex';
import type { Finding } from '../findings';
import { LineSpan, mergeSpans, subtractSpans } from './lineBlocks';
import { reviewHash } from './reviewHash';
import { AiSignal, ContentSignal, describeSignal, Evidence, suggestedTagFields } from './signals';

export const UNTAGGED_BLOCK = 'ai/untagged-block';

export interface UntaggedBlockData {
  kind: 'ai-block';
  startLine: number;
  endLine: number;
  signals: AiSignal[];
  fingerprint: string;
  /** Pre-filled fields for "Tag as AI-generated". */
  suggested: { by: string; source?: string };
}

/** The fingerprint of a block: its rule and its review hash, so it survives moves but not rewrites. */
export function untaggedBlockFingerprint(lines: LineIndex, span: LineSpan): string {
  const body: string[] = [];
  for (let l = span.start; l <= span.end; l++) body.push(lines.lineText(l));
  return `${UNTAGGED_BLOCK}:${reviewHash(body)}`;
}

export function untaggedBlocks(evidence: readonly Evidence[], covered: readonly LineSpan[], lines: LineIndex, notAi: ReadonlySet<string>, docs: string): Finding[] {
  const last = lines.lineCount - 1;
  const cover = mergeSpans(covered);
  const pieces: Evidence[] = [];
  for (const e of evidence) {
    if (e.start > last) continue;
    const span = trimBlank({ start: Math.max(0, e.start), end: Math.min(e.end, last) }, lines);
    if (!span) continue;
    for (const part of subtractSpans(span, cover)) {
      const piece = trimBlank(part, lines);
      if (!piece) continue;
      if (e.signal.kind === 'content') {
        // Only the part holding a tell is evidence; the rest of a tagged block's neighbourhood is not.
        const tells = e.signal.tells.filter(t => t.line >= piece.start && t.line <= piece.end);
        if (!tells.some(t => t.strength === 'strong') && new Set(tells.map(t => t.id)).size < 2) continue;
        pieces.push({ ...piece, signal: { kind: 'content', tells } });
      } else pieces.push({ ...piece, signal: e.signal });
    }
  }
  pieces.sort((a, b) => a.start - b.start || a.end - b.end);

  const blocks: { span: LineSpan; signals: AiSignal[] }[] = [];
  for (const p of pieces) {
    const prev = blocks[blocks.length - 1];
    if (prev && p.start <= prev.span.end + 1) {
      prev.span.end = Math.max(prev.span.end, p.end);
      addSignal(prev.signals, p.signal);
    } else blocks.push({ span: { start: p.start, end: p.end }, signals: [p.signal] });
  }

  const findings: Finding[] = [];
  for (const b of blocks) {
    const fingerprint = untaggedBlockFingerprint(lines, b.span);
    if (notAi.has(fingerprint)) continue;
    const { start, end } = b.span;
    const lineText = lines.lineText(start);
    const where = start === end ? `line ${start + 1}` : `lines ${start + 1}–${end + 1}`;
    const data: UntaggedBlockData = { kind: 'ai-block', startLine: start, endLine: end, signals: b.signals, fingerprint, suggested: suggestedTagFields(b.signals) };
    findings.push({
      code: UNTAGGED_BLOCK,
      severity: 'warning',
      message: `AI-generated code without a provenance tag (${where}). Signals: ${b.signals.map(describeSignal).join('; ')}.`,
      range: { start: { line: start, character: lineText.length - lineText.trimStart().length }, end: { line: end, character: lines.lineText(end).length } },
      fingerprint,
      docs,
      data,
    });
  }
  return findings;
}

function addSignal(signals: AiSignal[], s: AiSignal): void {
  if (s.kind === 'content') {
    const have = signals.find((x): x is ContentSignal => x.kind === 'content');
    if (have) { have.tells = [...have.tells, ...s.tells].sort((a, b) => a.line - b.line); return; }
  } else if (s.kind === 'git') {
    if (signals.some(x => x.kind === 'git' && x.sha === s.sha)) return;
  } else if (signals.some(x => x.kind === 'editor' && x.source === s.source)) return;
  signals.push(s);
}

function trimBlank(span: LineSpan, lines: LineIndex): LineSpan | undefined {
  let { start, end } = span;
  while (start <= end && lines.lineText(start).trim() === '') start++;
  while (end >= start && lines.lineText(end).trim() === '') end--;
  return start <= end ? { start, end } : undefined;
}
