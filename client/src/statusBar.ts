/** The status bar item: the current file's counts, or an honest word on why the server is not running. */
import * as vscode from 'vscode';
import { COMMANDS, StatusNotification } from '../../server/src/protocol';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('vouch.status', vscode.StatusBarAlignment.Right, 100);
  private readonly byUri = new Map<string, StatusNotification.Params>();
  private state: 'starting' | 'running' | 'stopped' = 'starting';

  constructor() {
    this.item.name = 'Vouch';
    this.item.command = COMMANDS.showOutput;
    this.item.show();
  }

  starting(): void {
    this.state = 'starting';
    this.item.text = '$(loading~spin) Vouch';
    this.item.tooltip = 'Vouch: starting the language server…';
    this.item.backgroundColor = undefined;
  }

  running(): void {
    this.state = 'running';
    this.showFor(vscode.window.activeTextEditor?.document.uri.toString());
  }

  stopped(reason: string): void {
    this.state = 'stopped';
    this.item.text = '$(error) Vouch';
    this.item.tooltip = `Vouch is not running: ${reason}. Click for the output; run "Vouch: Restart Server" to retry.`;
    this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
  }

  update(p: StatusNotification.Params): void { this.byUri.set(p.uri, p); }

  showFor(uri: string | undefined): void {
    if (this.state !== 'running') return;
    const p = uri ? this.byUri.get(uri) : undefined;
    this.item.backgroundColor = undefined;
    if (!p) {
      this.item.text = '$(shield) Vouch';
      this.item.tooltip = 'Vouch is watching open files for secrets and untagged AI code.';
    } else if (p.failure) {
      this.item.text = '$(warning) Vouch';
      this.item.tooltip = `Vouch could not analyse this file: ${p.failure}`;
    } else {
      const total = p.errors + p.warnings;
      this.item.text = total ? `$(shield) ${p.errors} $(error) ${p.warnings} $(warning)` : '$(shield) Vouch $(check)';
      this.item.tooltip = `Vouch: ${p.errors} errors, ${p.warnings} warnings in this file (analysed in ${p.durationMs.toFixed(1)} ms)`;
    }
  }

  dispose(): void { this.item.dispose(); }
}
