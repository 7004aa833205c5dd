/**
 * The extension side: starts the language server, shows its state in the status bar, and registers commands.
 * Activation is onStartupFinished, so Vouch never delays VS Code's start-up.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, LanguageClientOptions, ServerOptions, State, TransportKind } from 'vscode-languageclient/node';
import { RestartPolicy } from './restartPolicy';
import { COMMANDS, InitializationOptions, ScanStatusNotification, StatusNotification, WorkspaceTrustNotification } from '../../server/src/protocol';
import { StatusBar } from './statusBar';
import { registerScanCommands } from './scanCommands';
import { registerAiCapture } from './aiCapture';
import { registerProvenanceCommands } from './provenanceCommands';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Vouch', { log: true });
  const status = new StatusBar();
  context.subscriptions.push(output, status);

  const module = context.asAbsolutePath(path.join('dist', 'cli.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, args: ['lsp'] },
    debug: { module, transport: TransportKind.ipc, args: ['lsp'], options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const restarts = new RestartPolicy();
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file' }, { scheme: 'untitled' }],
    outputChannel: output,
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.vouch.json') },
    diagnosticCollectionName: 'vouch',
    // Read at every (re)start: an untrusted workspace gets no custom rules and no git until trusted.
    initializationOptions: (): InitializationOptions => ({ workspaceTrusted: vscode.workspace.isTrusted }),
    // A crashed server is restarted and the user told once (the default handler shows nothing until the fifth crash).
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue, handled: true }),
      closed: () => {
        const verdict = restarts.onCrash();
        output.error(`Vouch: the language server stopped unexpectedly${verdict.restart ? '; restarting it' : ''}.`);
        if (verdict.message) {
          void vscode.window.showWarningMessage(verdict.message, 'Show Output').then(choice => { if (choice) output.show(); });
        }
        return { action: verdict.restart ? CloseAction.Restart : CloseAction.DoNotRestart, handled: true };
      },
    },
  };
  client = new LanguageClient('vouch', 'Vouch', serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.showOutput, () => output.show(true)),
    vscode.commands.registerCommand(COMMANDS.restartServer, async () => {
      status.starting();
      restarts.reset();
      await client?.restart();
    }),
    vscode.window.onDidChangeActiveTextEditor(e => status.showFor(e?.document.uri.toString())),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      if (client?.isRunning()) void client.sendNotification(WorkspaceTrustNotification.method, { trusted: true } satisfies WorkspaceTrustNotification.Params);
    }),
    client.onNotification(ScanStatusNotification.method, (p: ScanStatusNotification.Params) => status.scanStatus(p)),
    client.onDidChangeState(e => {
      if (e.newState === State.Running) { status.running(); capture.resendAll(); }
      else if (e.newState === State.Stopped) status.stopped('the language server stopped; see the Vouch output');
      else status.starting();
    }),
  );
  registerScanCommands(context, () => client);
  registerProvenanceCommands(context, () => client);
  const capture = registerAiCapture(context, () => client, doc =>
    vscode.workspace.getConfiguration('vouch', doc).get<boolean>('provenance.enable', true) && vscode.workspace.getConfiguration('vouch', doc).get<boolean>('provenance.signals.editor', true));
  client.onNotification(StatusNotification.method, (p: StatusNotification.Params) => {
    status.update(p);
    status.showFor(vscode.window.activeTextEditor?.document.uri.toString());
  });

  status.starting();
  try {
    await client.start();
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    status.stopped(reason);
    output.error(`Vouch could not start its language server: ${reason}`);
    void vscode.window.showErrorMessage(`Vouch could not start its language server: ${reason}`, 'Show Output')
      .then(choice => { if (choice) output.show(); });
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
