/**
 * The quick fixes in LSP shape: move a secret to `.env` (one WorkspaceEdit: the source, `.env`, `.gitignore`, so a
 * single undo reverts it), ignore it in `.vouch.json`, and `source.fixAll.vouch`. The plans come from core; this
 * file only turns offsets into ranges and files into documentChanges.
 */
import * as path from 'path';
import {
  CodeAction, CodeActionKind, CreateFile, Diagnostic, OptionalVersionedTextDocumentIdentifier, TextDocumentEdit, WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from './uri';
import type { SecretFindingData } from './core/findings';
import { toTextEdits, OffsetEdit } from './core/fixes/textEdit';
import { canMoveToEnv, EnvFilesState, FileEdit, MovePlan, planMoveSecrets, SecretToMove } from './core/fixes/env/moveSecrets';
import { addIgnoredFingerprint } from './core/fixes/vouchJsonIgnore';
import { envTarget, EnvTarget, probeEnvFiles } from './workspace/envFiles';
import { readWorkspaceText, safeToWrite } from './workspace/workspaceFile';
import { COMMANDS, FIX_ALL_KIND } from './protocol';

export interface ActionEnvironment {
  /** The workspace folder holding the document (its directory when there is none). */
  folder: string;
  /** `vouch.env.path` for the document. */
  envSetting: string;
  /** The text of a file open in the editor (unsaved edits included), if it is open. */
  openText(file: string): string | undefined;
  /** The version of an open document, null otherwise (as TextDocumentEdit expects). */
  versionOf(uri: string): number | null;
  /** Whether the client can create files and disable actions. */
  canCreateFiles: boolean;
  canShowDisabled: boolean;
  /** False in an untrusted workspace: whether `.env` is tracked or ignored is then not asked of git. */
  useGit?: boolean;
}

/** The finding's payload, when it still describes the document as it is (else the diagnostic is stale). */
export function secretData(doc: TextDocument, d: Diagnostic): SecretFindingData | undefined {
  const data = d.data as SecretFindingData | undefined;
  if (d.source !== 'vouch' || data?.kind !== 'secret' || typeof data.start !== 'number' || typeof data.end !== 'number') return undefined;
  if (doc.offsetAt(d.range.start) !== data.start || doc.offsetAt(d.range.end) !== data.end) return undefined;
  return data;
}

export function moveSecretsAction(doc: TextDocument, secrets: SecretToMove[], diagnostics: Diagnostic[], env: ActionEnvironment, kind: string, probed?: EnvFilesState): CodeAction | undefined {
  if (!canMoveToEnv(doc.languageId) || secrets.length === 0) return undefined;
  const target = envTarget(env.folder, env.envSetting);
  if (URI.toPath(doc.uri) === target.envPath) return undefined;
  const files = probed ?? probeEnvFiles(target, env.openText, env.useGit);
  const outcome = planMoveSecrets(doc.getText(), doc.languageId, secrets, files);
  const shown = relative(env.folder, target.envPath);
  const fixAll = kind !== CodeActionKind.QuickFix;
  const base = fixAll ? `Move all secrets in this file to ${shown}` : 'Move secret to an environment variable';
  if (!outcome.ok) {
    return env.canShowDisabled && !fixAll ? { title: base, kind, diagnostics, disabled: { reason: `Cannot move this secret: ${outcome.reason}.` } } : undefined;
  }
  const { plan } = outcome;
  if (!env.canCreateFiles && (plan.dotenv?.create || plan.gitignore?.create)) return undefined;
  const names = plan.entries.map(e => e.name).join(', ');
  const tracked = plan.envTrackedByGit ? ` — warning: ${shown} is tracked by git` : '';
  const action: CodeAction = {
    title: fixAll ? `${base} (${names})${tracked}` : `${base} (${names} in ${shown})${tracked}`,
    kind,
    diagnostics,
    isPreferred: !fixAll,
    edit: moveEdit(doc, plan, target, files.envText, files.gitignoreText, env),
  };
  if (plan.envTrackedByGit) action.command = { title: 'Warn that .env is tracked', command: COMMANDS.warnEnvTracked, arguments: [shown] };
  return action;
}

function moveEdit(doc: TextDocument, plan: MovePlan, target: EnvTarget, envText: string | undefined, gitignoreText: string | undefined, env: ActionEnvironment): WorkspaceEdit {
  const documentChanges: (TextDocumentEdit | CreateFile)[] = [
    TextDocumentEdit.create({ uri: doc.uri, version: doc.version }, toTextEdits(doc.getText(), plan.sourceEdits)),
  ];
  const file = (filePath: string, text: string | undefined, change: FileEdit | undefined) => {
    if (!change) return;
    const uri = URI.fromPath(filePath);
    if (change.create) documentChanges.push(CreateFile.create(uri, { ignoreIfExists: true }));
    documentChanges.push(fileEdit(uri, change.create ? null : env.versionOf(uri), text ?? '', change.edit));
  };
  file(target.envPath, envText, plan.dotenv);
  file(target.gitignorePath, gitignoreText, plan.gitignore);
  return { documentChanges };
}

function fileEdit(uri: string, version: number | null, text: string, edit: OffsetEdit): TextDocumentEdit {
  return TextDocumentEdit.create(OptionalVersionedTextDocumentIdentifier.create(uri, version), toTextEdits(text, [edit]));
}

export function ignoreInConfigAction(data: SecretFindingData, diagnostics: Diagnostic[], env: ActionEnvironment): CodeAction | undefined {
  const file = path.join(env.folder, '.vouch.json');
  const uri = URI.fromPath(file);
  if (!safeToWrite(file)) return undefined; // a planted `.vouch.json` symlink is not written through
  const text = readOrOpen(file, env);
  const result = addIgnoredFingerprint(text, data.fingerprint);
  if (!('edit' in result)) return undefined;
  if (result.create && !env.canCreateFiles) return undefined;
  const documentChanges: (TextDocumentEdit | CreateFile)[] = [];
  if (result.create) documentChanges.push(CreateFile.create(uri, { ignoreIfExists: true }));
  documentChanges.push(fileEdit(uri, result.create ? null : env.versionOf(uri), text ?? '', result.edit));
  return { title: 'Ignore this secret (add to .vouch.json)', kind: CodeActionKind.QuickFix, diagnostics, edit: { documentChanges } };
}

function readOrOpen(file: string, env: ActionEnvironment): string | undefined {
  const open = env.openText(file);
  if (open !== undefined) return open;
  return readWorkspaceText(file);
}

export function fixAllAction(doc: TextDocument, secrets: { data: SecretFindingData; diagnostic: Diagnostic }[], env: ActionEnvironment): CodeAction | undefined {
  // Move what can move: a secret the fix must refuse (a Rust const, say) does not hold back the others.
  if (!canMoveToEnv(doc.languageId)) return undefined;
  const files = probeEnvFiles(envTarget(env.folder, env.envSetting), env.openText, env.useGit);
  const movable = secrets.filter(s => planMoveSecrets(doc.getText(), doc.languageId, [s.data], files).ok);
  return moveSecretsAction(doc, movable.map(s => s.data), movable.map(s => s.diagnostic), env, FIX_ALL_KIND, files);
}

function relative(folder: string, file: string): string {
  const rel = path.relative(folder, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}
