/**
 * Signal C: watches edits, captures blocks that arrive as AI output (see captureRules.ts), keeps their line ranges
 * current through later edits, tells the server (EditorCaptureNotification), and remembers them per workspace in
 * `workspaceState` — never in the repository. A block restored after a restart must still hash the same, or it goes.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EditorCaptureBlock, EditorCaptureNotification } from '../../server/src/protocol';
import { shiftSpans } from '../../server/src/core/provenance/lineShift';
import { reviewHash } from '../../server/src/core/provenance/reviewHash';
import { classifyChange, isWhitespaceTrim, pasteVerdict } from './captureRules';

interface Captured extends EditorCaptureBlock { start: number; end: number }
type Stored = Record<string, (EditorCaptureBlock & { hash: string })[]>;

const STATE_KEY = 'vouch.aiCapture.v1';
const RECENT_CUT_MS = 5 * 60 * 1000;
const MAX_BLOCKS_PER_DOC = 200;

export function registerAiCapture(context: vscode.ExtensionContext, client: () => LanguageClient | undefined, enabled: (doc: vscode.TextDocument) => boolean): { resendAll(): void } {
  const blocks = new Map<string, Captured[]>();
  const shadows = new Map<string, string>();
  const recentCuts: { text: string; at: number }[] = [];
  const sendTimers = new Map<string, NodeJS.Timeout>();
  let saveTimer: NodeJS.Timeout | undefined;
  const stored: Stored = context.workspaceState.get<Stored>(STATE_KEY) ?? {};

  const tracked = (doc: vscode.TextDocument) => doc.uri.scheme === 'file' || doc.uri.scheme === 'untitled';
  const chatEditing = (doc: vscode.TextDocument) => vscode.workspace.textDocuments.some(d => d.uri.scheme.startsWith('chat-editing') && d.uri.path === doc.uri.path);

  function restore(doc: vscode.TextDocument): void {
    shadows.set(doc.uri.toString(), doc.getText());
    const saved = stored[doc.uri.toString()];
    if (!saved || blocks.has(doc.uri.toString())) return;
    // Only blocks whose text is unchanged survive: the file may have been edited while VS Code was closed.
    const alive = saved.filter(b => b.endLine < doc.lineCount && hashOf(doc, b.startLine, b.endLine) === b.hash);
    blocks.set(doc.uri.toString(), alive.map(b => ({ ...b, start: b.startLine, end: b.endLine })));
    send(doc);
  }

  function send(doc: vscode.TextDocument): void {
    const uri = doc.uri.toString();
    clearTimeout(sendTimers.get(uri));
    sendTimers.set(uri, setTimeout(() => {
      sendTimers.delete(uri);
      const c = client();
      if (!c?.isRunning()) return;
      const list = (blocks.get(uri) ?? []).map(b => ({ startLine: b.start, endLine: b.end, source: b.source, capturedAt: b.capturedAt }));
      void c.sendNotification(EditorCaptureNotification.method, { uri, version: doc.version, blocks: list } satisfies EditorCaptureNotification.Params);
    }, 100));
    scheduleSave();
  }

  function scheduleSave(): void {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      for (const doc of vscode.workspace.textDocuments) {
        const list = blocks.get(doc.uri.toString());
        if (!list) continue;
        if (list.length === 0) delete stored[doc.uri.toString()];
        else stored[doc.uri.toString()] = list.map(b => ({ startLine: b.start, endLine: b.end, source: b.source, capturedAt: b.capturedAt, hash: hashOf(doc, b.start, b.end) }));
      }
      void context.workspaceState.update(STATE_KEY, stored);
    }, 1000);
  }

  /**
   * Whether pasted text came from the workspace. The document pasted into is read as it was before the paste:
   * it now holds the pasted text itself, which says nothing about where the text came from.
   */
  function fromWorkspace(text: string, target: string, targetBefore: string): boolean {
    const now = Date.now();
    if (recentCuts.some(c => now - c.at < RECENT_CUT_MS && c.text.includes(text))) return true;
    const norm = (s: string) => s.replace(/\r\n/g, '\n');
    if (norm(targetBefore).includes(text)) return true;
    return vscode.workspace.textDocuments.some(d => tracked(d) && d.uri.toString() !== target && norm(d.getText()).includes(text));
  }

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(doc => { if (tracked(doc)) restore(doc); }),
    vscode.workspace.onDidCloseTextDocument(doc => { shadows.delete(doc.uri.toString()); blocks.delete(doc.uri.toString()); }),
    vscode.workspace.onDidChangeTextDocument(e => {
      const doc = e.document;
      if (!tracked(doc) || e.contentChanges.length === 0) return;
      const uri = doc.uri.toString();
      const before = shadows.get(uri) ?? '';
      shadows.set(uri, doc.getText());
      const list = blocks.get(uri) ?? [];
      let changed = false;
      const shifted = shiftSpans(list, e.contentChanges.map(c => ({ range: c.range, text: c.text })));
      if (shifted.length !== list.length || shifted.some((b, i) => b.start !== list[i].start || b.end !== list[i].end)) changed = true;

      const undoOrRedo = e.reason === vscode.TextDocumentChangeReason.Undo || e.reason === vscode.TextDocumentChangeReason.Redo;
      const chat = chatEditing(doc);
      const replacedBy = (c: vscode.TextDocumentContentChangeEvent) => before.slice(c.rangeOffset, c.rangeOffset + c.rangeLength);
      // The editor's trims of its own auto-indentation ride along with a paste or completion; they do not count.
      const changeCount = e.contentChanges.filter(c => !isWhitespaceTrim(c.text, replacedBy(c))).length;
      for (const c of e.contentChanges) {
        const replaced = replacedBy(c);
        if (/\n/.test(replaced) && replaced.trim()) recentCuts.push({ text: replaced.replace(/\r\n/g, '\n'), at: Date.now() });
        if (!enabled(doc)) continue;
        const source = classifyChange({
          text: c.text, replaced, documentLength: before.length, changeCount, undoOrRedo,
          chatEditing: chat, inActiveEditor: vscode.window.activeTextEditor?.document === doc,
        });
        if (!source) continue;
        const start = c.range.start.line;
        const lines = c.text.split(/\r?\n/);
        // The inserted lines, without a leading or trailing line that only holds the break.
        let first = start, last = start + lines.length - 1;
        if (lines[0].trim() === '' ) first++;
        if (lines[lines.length - 1].trim() === '' && last > first) last--;
        const block: Captured = { start: first, end: last, startLine: first, endLine: last, source, capturedAt: new Date().toISOString() };
        shifted.push(block);
        changed = true;
        if (source === 'completion') {
          // Pastes look like completions until the clipboard says otherwise; reading it is asynchronous.
          void vscode.env.clipboard.readText().then(clip => {
            const verdict = pasteVerdict(c.text, clip, text => fromWorkspace(text, uri, before));
            if (verdict === 'completion') return;
            const now = blocks.get(uri) ?? [];
            const i = now.indexOf(block);
            if (i < 0) return;
            if (verdict === undefined) now.splice(i, 1); else block.source = verdict;
            send(doc);
          }, () => undefined);
        }
      }
      while (recentCuts.length > 20) recentCuts.shift();
      if (shifted.length > MAX_BLOCKS_PER_DOC) shifted.splice(0, shifted.length - MAX_BLOCKS_PER_DOC);
      blocks.set(uri, shifted);
      if (changed) send(doc);
    }),
  );
  for (const doc of vscode.workspace.textDocuments) if (tracked(doc)) restore(doc);

  return {
    /** After a (re)start the server knows nothing: send every open document's blocks again. */
    resendAll() { for (const doc of vscode.workspace.textDocuments) if (blocks.has(doc.uri.toString())) send(doc); },
  };
}

function hashOf(doc: vscode.TextDocument, start: number, end: number): string {
  const lines: string[] = [];
  for (let l = start; l <= end && l < doc.lineCount; l++) lines.push(doc.lineAt(l).text);
  return reviewHash(lines);
}
