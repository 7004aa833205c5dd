/** The one-line summary shown when a workspace scan ends, e.g. "Vouch: 3 secrets and 5 untagged AI blocks in 1,234 files (0.8 s)". */
import type { ScanWorkspaceRequest } from '../protocol';

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export function scanSummary(r: ScanWorkspaceRequest.Result): string {
  const parts = [count(r.secrets, 'secret'), count(r.untaggedAiBlocks, 'untagged AI block')];
  if (r.otherFindings) parts.push(count(r.otherFindings, 'tag problem'));
  const found = parts.length === 2 ? parts.join(' and ') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  const secs = `${(r.durationMs / 1000).toFixed(1)} s`;
  return r.cancelled
    ? `Vouch: scan cancelled after ${r.filesScanned.toLocaleString('en-US')} of ${count(r.total, 'file')}; ${found} so far (${secs})`
    : `Vouch: ${found} in ${count(r.filesScanned, 'file')} (${secs})`;
}
