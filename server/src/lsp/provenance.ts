/**
 * The language server's side of AI provenance: holds git (signal B) and editor (signal C) evidence per document,
 * keeps it current through edits, runs git off the typing path, and offers the provenance fixes. server.ts calls
 * `options()` while analysing and `codeActions()` from its code-action handler; the rest registers itself here.
 */
import * as os from 'os';
import * as path from 'path';
import { CodeAction, CodeActionKind, CodeActionParams, Connection, CreateFile, Diagnostic, TextDocumentEdit, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from '../uri';
import { analyze } from '../core/analyze';
import type { VouchConfig } from '../core/config/vouchConfig';
import { LineIndex } from '../core/text/lineIndex';
import { LineShape, LineSpan } from '../core/provenance/lineBlocks';
import { LineChange, shiftSpans } from '../core/provenance/lineShift';
import type { ProvenanceOptions } from '../core/provenance/analyzeProvenance';
import type { Evidence } from '../core/provenance/signals';
import { parseTags, ProvenanceTag } from '../core/provenance/tagParser';
import { UNTAGGED_BLOCK, UntaggedBlockData, untaggedBlockFingerprint } from '../core/provenance/untaggedBlocks';
import { addNotAiFingerprint, blockReviewHash, reviewTagEdit, tagBlockEdits } from '../core/fixes/provenanceTag';
import { GitEvidenceSource } from '../git/gitEvidenceSource';
import { runGit } from '../git/runGit';
import { EditorCaptureNotification, ProvenanceEditRequest, VouchSettings } from '../protocol';
import { readWorkspaceText, safeToWrite } from '../workspace/workspaceFile';

export interface ProvenanceDeps {
  documents: TextDocuments<TextDocument>;
  configFor(uri: string): VouchConfig;
  /** The workspace folder path holding the document (where .vouch.json lives), if any. */
  folderPath(uri: string): string | undefined;
  canCreateFiles(): boolean;
  /** False in an untrusted workspace: git never runs (no git signal; the reviewer's name comes from the OS). */
  trusted(): boolean;
  /** Re-analyse a document now (evidence arrived). */
  revalidate(uri: string): void;
}

/** Git runs this long after the last keystroke; the previous blame, shifted through the edits, serves meanwhile. */
const GIT_DELAY_MS = 1000;

export function registerProvenance(connection: Connection, deps: ProvenanceDeps) {
  const git = new GitEvidenceSource();
  const gitSpans = new Map<string, { evidence: Evidence[]; text: string }>();
  const editorSpans = new Map<string, Evidence[]>();
  const texts = new Map<string, string>();
  const gitTimers = new Map<string, NodeJS.Timeout>();
  const gitWanted = new Map<string, string>(); // uri → text the pending/finished git run was for

  deps.documents.onDidChangeContent(e => {
    const uri = e.document.uri;
    const before = texts.get(uri);
    const after = e.document.getText();
    texts.set(uri, after);
    const g = gitSpans.get(uri), ed = editorSpans.get(uri);
    // Most documents have no spans to shift: then no diff of the whole text on the typing path.
    if (!g?.evidence.length && !ed?.length) return;
    if (before === undefined || before === after) return;
    const change = diffAsChange(before, after);
    if (g?.evidence.length) gitSpans.set(uri, { ...g, evidence: shiftSpans(g.evidence, [change]) });
    if (ed?.length) editorSpans.set(uri, shiftSpans(ed, [change]));
  });
  deps.documents.onDidClose(e => {
    texts.delete(e.document.uri);
    gitSpans.delete(e.document.uri);
    clearTimeout(gitTimers.get(e.document.uri));
    gitTimers.delete(e.document.uri);
    gitWanted.delete(e.document.uri);
  });

  connection.onNotification(EditorCaptureNotification.method, (p: EditorCaptureNotification.Params) => {
    editorSpans.set(p.uri, p.blocks.map(b => ({ start: b.startLine, end: b.endLine, signal: { kind: 'editor', source: b.source, capturedAt: b.capturedAt } })));
    if (deps.documents.get(p.uri)) deps.revalidate(p.uri);
  });

  connection.onRequest(ProvenanceEditRequest.method, async (p: ProvenanceEditRequest.Params): Promise<ProvenanceEditRequest.Result> => {
    const doc = deps.documents.get(p.uri);
    if (!doc) return { error: 'the document is not open' };
    const lines = new LineIndex(doc.getText());
    if (p.kind === 'review') {
      const tag = blockTagAt(doc, lines, p.range.start.line);
      if (!tag) return { error: 'the cursor is not inside an @ai-generated block (select inside one, between its markers)' };
      const edit = reviewTagEdit(lines, tag, await reviewer(doc.uri));
      return edit ? { changes: { [doc.uri]: [edit] } } : { error: 'the block is not closed with "@ai-generated end"' };
    }
    let span: LineSpan = { start: p.range.start.line, end: p.range.end.line };
    if (span.end > span.start && p.range.end.character === 0) span.end--;
    const flagged = currentUntagged(doc).find(f => f.startLine <= span.end && span.start <= f.endLine);
    if (span.start === span.end && p.range.start.character === p.range.end.character) {
      span = flagged ? { start: flagged.startLine, end: flagged.endLine } : new LineShape(lines).enclosing(span.start);
    }
    const edits = tagBlockEdits(lines, doc.languageId, span, { by: flagged?.suggested.by ?? 'unknown', date: today(), source: flagged?.suggested.source }, eolOf(doc));
    return edits ? { changes: { [doc.uri]: edits } } : { error: `${doc.languageId} files cannot carry a comment tag` };
  });

  function scheduleGit(doc: TextDocument): void {
    const text = doc.getText();
    if (gitWanted.get(doc.uri) === text) return; // already run, or running, for this text
    gitWanted.set(doc.uri, text);
    clearTimeout(gitTimers.get(doc.uri));
    const delay = gitSpans.has(doc.uri) ? GIT_DELAY_MS : 0;
    gitTimers.set(doc.uri, setTimeout(() => {
      gitTimers.delete(doc.uri);
      const file = URI.toPath(doc.uri);
      void git.evidenceFor(file, text).then(evidence => {
        const current = deps.documents.get(doc.uri);
        if (!current || current.getText() !== text) return; // stale: the next analysis asks again
        const before = JSON.stringify(gitSpans.get(doc.uri)?.evidence ?? []);
        gitSpans.set(doc.uri, { evidence, text });
        if (JSON.stringify(evidence) !== before) deps.revalidate(doc.uri);
      });
    }, delay));
  }

  function currentUntagged(doc: TextDocument): UntaggedBlockData[] {
    const findings = analyze({ text: doc.getText(), languageId: doc.languageId }, { secrets: false, ai: evidenceOptions(doc, undefined) });
    return findings.filter(f => f.code === UNTAGGED_BLOCK && f.data?.kind === 'ai-block').map(f => f.data as UntaggedBlockData);
  }

  function evidenceOptions(doc: TextDocument, settings: VouchSettings | undefined): ProvenanceOptions {
    const signals = settings?.provenance.signals;
    return {
      signals,
      evidence: [...(gitSpans.get(doc.uri)?.evidence ?? []), ...(editorSpans.get(doc.uri) ?? [])],
      notAi: new Set(deps.configFor(doc.uri).notAi),
    };
  }

  const reviewers = new Map<string, { name: string; at: number }>();
  async function reviewer(uri: string): Promise<string> {
    const dir = deps.folderPath(uri) ?? path.dirname(URI.toPath(uri));
    const cached = reviewers.get(dir);
    if (!deps.trusted()) return safeUserName();
    if (cached && Date.now() - cached.at < 60000) return cached.name;
    const name = (await runGit({ cwd: dir, args: ['config', 'user.name'], timeoutMs: 5000 }))?.trim() || safeUserName();
    reviewers.set(dir, { name, at: Date.now() });
    return name;
  }

  return {
    /** Provenance options for an analysis of `doc`; starts a git run in the background when one is due. */
    options(doc: TextDocument, settings: VouchSettings): ProvenanceOptions {
      if (!texts.has(doc.uri)) texts.set(doc.uri, doc.getText());
      if (deps.trusted() && settings.provenance.enable && settings.provenance.signals.git && doc.uri.startsWith('file:')) scheduleGit(doc);
      return evidenceOptions(doc, settings);
    },

    /** Quick fixes for provenance diagnostics, and "Mark as reviewed" inside a tagged block. */
    async codeActions(doc: TextDocument, params: CodeActionParams): Promise<CodeAction[]> {
      const lines = new LineIndex(doc.getText());
      const actions: CodeAction[] = [];
      for (const d of params.context.diagnostics) {
        if (d.source !== 'vouch' || d.code !== UNTAGGED_BLOCK) continue;
        const data = d.data as UntaggedBlockData | undefined;
        if (data?.kind !== 'ai-block' || data.endLine >= lines.lineCount) continue;
        // A stale diagnostic (the block changed since it was published) gets no fix; the next analysis brings one.
        if (untaggedBlockFingerprint(lines, { start: data.startLine, end: data.endLine }) !== data.fingerprint) continue;
        const fields = { by: data.suggested.by, date: today(), source: data.suggested.source };
        const edits = tagBlockEdits(lines, doc.languageId, { start: data.startLine, end: data.endLine }, fields, eolOf(doc));
        if (edits) {
          actions.push({
            title: `Tag as AI-generated (by=${fields.by}${fields.source ? `, source=${fields.source}` : ''})`,
            kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true,
            edit: { changes: { [doc.uri]: edits } },
          });
        }
        const notAi = notAiAction(doc, data.fingerprint, d);
        if (notAi) actions.push(notAi);
      }
      const tag = blockTagAt(doc, lines, params.range.start.line);
      if (tag && blockReviewHash(lines, tag) !== tag.fields.sha256) {
        const edit = reviewTagEdit(lines, tag, await reviewer(doc.uri));
        const related = params.context.diagnostics.filter(d => d.source === 'vouch' && d.code === 'ai/changed-since-review' && d.range.start.line === tag.line);
        if (edit) {
          actions.push({
            title: `Mark AI block as reviewed (reviewed-by=${edit.newText.match(/reviewed-by=("[^"]*"|\S+)/)?.[1] ?? ''})`,
            kind: CodeActionKind.QuickFix, diagnostics: related,
            edit: { changes: { [doc.uri]: [edit] } },
          });
        }
      }
      return actions;
    },
  };

  function notAiAction(doc: TextDocument, fingerprint: string, d: Diagnostic): CodeAction | undefined {
    const folder = deps.folderPath(doc.uri);
    if (!folder) return undefined;
    const file = path.join(folder, '.vouch.json');
    const uri = URI.fromPath(file);
    const open = deps.documents.get(uri);
    let text = open?.getText();
    if (!open && !safeToWrite(file)) return undefined; // a planted `.vouch.json` symlink is not written through
    if (text === undefined) text = readWorkspaceText(file);
    const result = addNotAiFingerprint(text, fingerprint);
    if (!('edit' in result)) return undefined;
    if (result.create && !deps.canCreateFiles()) return undefined;
    const range = new LineIndex(text ?? '').range(result.edit.start, result.edit.end);
    const documentChanges: (TextDocumentEdit | CreateFile)[] = [];
    if (result.create) documentChanges.push(CreateFile.create(uri, { ignoreIfExists: true }));
    documentChanges.push(TextDocumentEdit.create({ uri, version: result.create ? null : open?.version ?? null }, [{ range, newText: result.edit.newText }]));
    return { title: 'Not AI-generated (remember in .vouch.json)', kind: CodeActionKind.QuickFix, diagnostics: [d], edit: { documentChanges } };
  }
}

function blockTagAt(doc: TextDocument, lines: LineIndex, line: number): ProvenanceTag | undefined {
  const { tags } = parseTags(doc.getText(), lines, doc.languageId);
  return tags
    .filter(t => t.form === 'block' && t.endLine !== undefined && t.line <= line && line <= t.endLine)
    .sort((a, b) => b.line - a.line)[0];
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function eolOf(doc: TextDocument): string {
  return doc.getText().includes('\r\n') ? '\r\n' : '\n';
}

function safeUserName(): string {
  try { return os.userInfo().username || 'unknown'; } catch { return 'unknown'; }
}

/** The single change that turns `before` into `after` (common prefix and suffix kept), in old-text positions. */
export function diffAsChange(before: string, after: string): LineChange {
  let p = 0;
  const max = Math.min(before.length, after.length);
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  const old = new LineIndex(before);
  return { range: old.range(p, before.length - s), text: after.slice(p, after.length - s) };
}
