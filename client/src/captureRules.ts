/**
 * Signal C's decision, free of `vscode` so it is unit-tested: is one document change AI output arriving in the
 * editor? Yes for a multi-line insertion in a single change (an accepted completion), a paste whose text did not
 * come from the workspace, and anything a chat-editing session writes. No for undo/redo, formatting, reordering
 * (organize imports), file reloads, and code moved around the workspace.
 */

export type CaptureSource = 'completion' | 'paste' | 'chat';

export interface ChangeFacts {
  /** Inserted text of the change. */
  text: string;
  /** Text the change replaced (from the client's copy of the document before the change). */
  replaced: string;
  /** Length of the whole document before the change. */
  documentLength: number;
  /**
   * Number of content changes in the event (multi-cursor edits, formatting and renames come as several), not
   * counting the editor's own trims of auto-inserted indentation (see `isWhitespaceTrim`).
   */
  changeCount: number;
  undoOrRedo: boolean;
  /** The document has a chat-editing session open on it. */
  chatEditing: boolean;
  /** The change happened in the active editor (not a background write by git, a tool or another extension). */
  inActiveEditor: boolean;
}

const MIN_LINES = 2;

export function contentLines(text: string): number {
  return text.split(/\r?\n/).filter(l => l.trim() !== '').length;
}

/** A first verdict from the change alone; a `completion` may still turn out to be a paste (see `pasteVerdict`). */
export function classifyChange(f: ChangeFacts): CaptureSource | undefined {
  if (f.undoOrRedo) return undefined;
  if (!/\n/.test(f.text) || contentLines(f.text) < MIN_LINES) return undefined;
  if (f.chatEditing) return 'chat';
  if (f.changeCount !== 1 || !f.inActiveEditor) return undefined;
  if (f.replaced.length > 0 && f.replaced.length >= f.documentLength) return undefined; // reload / replace all
  if (f.replaced.length > 0 && sameLines(f.replaced, f.text)) return undefined; // format, reorder, re-indent
  return 'completion';
}

/**
 * A change that only deletes spaces or tabs within one line. VS Code sends one alongside a paste or an accepted
 * completion when the cursor leaves a line whose indentation it had inserted itself (Enter, then paste): that
 * trim belongs to the editor, not to the edit, and shifts no line.
 */
export function isWhitespaceTrim(text: string, replaced: string): boolean {
  return text === '' && /^[ \t]+$/.test(replaced);
}

/** Whether the two texts hold the same code up to white space and line order. */
export function sameLines(a: string, b: string): boolean {
  const norm = (s: string) => s.split(/\r?\n/).map(l => l.replace(/\s+/g, '')).filter(Boolean).sort().join('\n');
  return norm(a) === norm(b);
}

/**
 * After reading the clipboard: an insertion equal to the clipboard is a paste. A paste of text found in the
 * workspace (an open document, or text cut moments ago) is code being moved, not AI output.
 */
export function pasteVerdict(inserted: string, clipboard: string | undefined, fromWorkspace: (text: string) => boolean): CaptureSource | undefined {
  const norm = (s: string) => s.replace(/\r\n/g, '\n').trim();
  if (clipboard === undefined || norm(clipboard) === '' || norm(clipboard) !== norm(inserted)) return 'completion';
  return fromWorkspace(norm(inserted)) ? undefined : 'paste';
}
