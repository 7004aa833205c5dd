/** Palette commands "Vouch: Tag Selection as AI-Generated" and "Vouch: Mark AI Block as Reviewed": the server
 *  computes the edit (ProvenanceEditRequest), the client applies it, so one undo reverts it. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { COMMANDS, ProvenanceEditRequest } from '../../server/src/protocol';

export function registerProvenanceCommands(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  const run = (kind: ProvenanceEditRequest.Params['kind']) => async () => {
    const editor = vscode.window.activeTextEditor;
    const c = client();
    if (!editor || !c?.isRunning()) { void vscode.window.showWarningMessage('Vouch: open a file (and let the server start) first.'); return; }
    const params: ProvenanceEditRequest.Params = { uri: editor.document.uri.toString(), kind, range: c.code2ProtocolConverter.asRange(editor.selection) };
    const result = await c.sendRequest<ProvenanceEditRequest.Result>(ProvenanceEditRequest.method, params);
    if ('error' in result) { void vscode.window.showWarningMessage(`Vouch: ${result.error}.`); return; }
    await vscode.workspace.applyEdit(await c.protocol2CodeConverter.asWorkspaceEdit(result));
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.tagSelection, run('tag')),
    vscode.commands.registerCommand(COMMANDS.markReviewed, run('review')),
  );
}
