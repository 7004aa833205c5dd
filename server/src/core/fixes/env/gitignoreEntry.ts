/** Adds `.env` to a `.gitignore` (only called when git does not already ignore the file). */
import type { OffsetEdit } from '../textEdit';
import { appendLinesEdit } from './dotenv';

/** The edit adding `entry`, or undefined when a line already says it (e.g. outside a git work tree). */
export function gitignoreEdit(text: string | undefined, entry: string): OffsetEdit | undefined {
  const bare = entry.replace(/^\//, '');
  const lines = (text ?? '').split(/\r?\n/).map(l => l.trim());
  if (lines.some(l => l === entry || l === bare || l === '/' + bare)) return undefined;
  return appendLinesEdit(text, [entry]);
}
