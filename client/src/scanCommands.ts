/**
 * The workspace-scan commands: "Vouch: Scan Workspace", "Vouch: Scan Folder…" (also in the explorer's context menu)
 * and "Vouch: Export Findings as SARIF". The server does the work (vouch/scanWorkspace with work-done progress);
 * this side shows a cancellable progress notification and the summary.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, State, WorkDoneProgress } from 'vscode-languageclient/node';
import { COMMANDS, ExportSarifRequest, ScanWorkspaceRequest } from '../../server/src/protocol';
import { scanSummary } from '../../server/src/workspace/scanSummary';

let nextToken = 0;

export function registerScanCommands(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined): void {
  const ready = (): LanguageClient | undefined => {
    const client = getClient();
    if (client?.state === State.Running) return client;
    void vscode.window.showErrorMessage('Vouch: the language server is not running, so it cannot scan. See the Vouch output, or run "Vouch: Restart Server".', 'Show Output')
      .then(choice => { if (choice) void vscode.commands.executeCommand(COMMANDS.showOutput); });
    return undefined;
  };

  async function scan(uris?: vscode.Uri[]): Promise<ScanWorkspaceRequest.Result | undefined> {
    const client = ready();
    if (!client) return undefined;
    const token = `vouch-scan-${process.pid}-${++nextToken}`;
    const title = uris?.length === 1 ? `Vouch: scanning ${vscode.workspace.asRelativePath(uris[0])}` : 'Vouch: scanning the workspace';
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title, cancellable: true },
      async (progress, cancel) => {
        let shown = 0;
        const sub = client.onProgress(WorkDoneProgress.type, token, v => {
          if (v.kind === 'end') return;
          const pct = v.percentage ?? shown;
          progress.report({ message: v.message, increment: Math.max(0, pct - shown) });
          shown = pct;
        });
        try {
          const params: ScanWorkspaceRequest.Params = { uris: uris?.map(u => u.toString()), workDoneToken: token };
          return await client.sendRequest<ScanWorkspaceRequest.Result>(ScanWorkspaceRequest.method, params, cancel);
        } finally {
          sub.dispose();
        }
      });
    void vscode.window.showInformationMessage(scanSummary(result), 'Open Problems').then(choice => {
      if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
    });
    return result;
  }

  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.scanWorkspace, () => scan()),
    vscode.commands.registerCommand(COMMANDS.scanFolder, async (uri?: vscode.Uri, selected?: vscode.Uri[]) => {
      let targets = selected?.length ? selected : uri ? [uri] : undefined;
      targets ??= await vscode.window.showOpenDialog({
        canSelectFolders: true, canSelectFiles: true, canSelectMany: true, openLabel: 'Scan',
        defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
      });
      if (targets?.length) await scan(targets);
    }),
    vscode.commands.registerCommand(COMMANDS.exportSarif, async () => {
      const client = ready();
      if (!client) return;
      let r = await client.sendRequest<ExportSarifRequest.Result>(ExportSarifRequest.method, {});
      if (!r.scanned) {
        const scanned = await scan();
        if (!scanned) return;
        r = await client.sendRequest<ExportSarifRequest.Result>(ExportSarifRequest.method, {});
      }
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      const target = await vscode.window.showSaveDialog({
        defaultUri: folder ? vscode.Uri.joinPath(folder, 'vouch.sarif') : undefined,
        filters: { SARIF: ['sarif'], JSON: ['json'] },
        saveLabel: 'Export',
      });
      if (!target) return;
      await vscode.workspace.fs.writeFile(target, Buffer.from(r.sarif, 'utf8'));
      const choice = await vscode.window.showInformationMessage(`Vouch: wrote ${r.findings} findings as SARIF 2.1.0 to ${path.basename(target.fsPath)}`, 'Open');
      if (choice) await vscode.window.showTextDocument(target);
    }),
  );
}
