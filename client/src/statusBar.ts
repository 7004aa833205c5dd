/**
 * The status bar item: Vouch's problems in the current file and in the workspace, a spinner with "done/total" while a
 * workspace scan runs, the last scan in the tooltip, click to scan — or an honest word on why the server is not
 * running. Counts come from the diagnostics VS Code holds (what the Problems panel shows), so they never drift.
 */
import * as vscode from 'vscode';
import { COMMANDS, ScanStatusNotification, StatusNotification } from '../../server/src/protocol';

interface Counts { errors: number; warnings: number; files: number }

const n = (x: number) => x.toLocaleString('en-US');
const plural = (x: number, one: string) => `${n(x)} ${one}${x === 1 ? '' : 's'}`;

function vouchCounts(entries: readonly [vscode.Uri, readonly vscode.Diagnostic[]][]): Counts {
  const c: Counts = { errors: 0, warnings: 0, files: 0 };
  for (const [, diagnostics] of entries) {
    let any = false;
    for (const d of diagnostics) {
      if (d.source !== 'vouch') continue;
      any = true;
      if (d.severity === vscode.DiagnosticSeverity.Error) c.errors++;
      else if (d.severity === vscode.DiagnosticSeverity.Warning) c.warnings++;
    }
    if (any) c.files++;
  }
  return c;
}

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('vouch.status', vscode.StatusBarAlignment.Right, 100);
  private readonly byUri = new Map<string, StatusNotification.Params>();
  private readonly disposables: vscode.Disposable[] = [];
  private state: 'starting' | 'running' | 'stopped' = 'starting';
  private stopReason = '';
  private scan: ScanStatusNotification.Params = { scanning: false, done: 0, total: 0 };
  private refreshTimer: NodeJS.Timeout | undefined;

  constructor() {
    this.item.name = 'Vouch';
    this.item.show();
    this.disposables.push(
      vscode.languages.onDidChangeDiagnostics(() => this.refreshSoon()),
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidChangeConfiguration(e => { if (e.affectsConfiguration('vouch.enable')) this.render(); }),
    );
    this.render();
  }

  starting(): void { this.state = 'starting'; this.render(); }
  running(): void { this.state = 'running'; this.render(); }
  stopped(reason: string): void { this.state = 'stopped'; this.stopReason = reason; this.render(); }

  /** Per-document analysis status from the server (duration, or why the analysis failed). */
  update(p: StatusNotification.Params): void { this.byUri.set(p.uri, p); this.refreshSoon(); }

  scanStatus(p: ScanStatusNotification.Params): void { this.scan = p; this.render(); }

  /** Kept for callers that name the active document explicitly. */
  showFor(_uri: string | undefined): void { this.render(); }

  /** Diagnostics arrive in bursts during a scan: redraw at most every 250 ms. */
  private refreshSoon(): void {
    if (this.refreshTimer) return;
    this.refreshTimer = setTimeout(() => { this.refreshTimer = undefined; this.render(); }, 250);
  }

  private render(): void {
    const item = this.item;
    item.backgroundColor = undefined;
    if (this.state === 'starting') {
      item.text = '$(loading~spin) Vouch';
      item.tooltip = 'Vouch: starting the language server…';
      item.command = COMMANDS.showOutput;
      return;
    }
    if (this.state === 'stopped') {
      item.text = '$(error) Vouch';
      item.tooltip = `Vouch is not running: ${this.stopReason}. Click for the output; run "Vouch: Restart Server" to retry.`;
      item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
      item.command = COMMANDS.showOutput;
      return;
    }
    if (vscode.workspace.getConfiguration('vouch').get('enable') === false) {
      item.text = '$(shield) Vouch off';
      item.tooltip = 'Vouch is switched off by the setting vouch.enable. Click for the output.';
      item.command = COMMANDS.showOutput;
      return;
    }

    const active = vscode.window.activeTextEditor?.document.uri;
    const file = active ? vouchCounts([[active, vscode.languages.getDiagnostics(active)]]) : undefined;
    const ws = vouchCounts(vscode.languages.getDiagnostics());
    const fileStatus = active ? this.byUri.get(active.toString()) : undefined;

    const fileText = file && file.errors + file.warnings > 0 ? `${file.errors} $(error) ${file.warnings} $(warning)` : '$(check)';
    const wsTotal = ws.errors + ws.warnings;
    if (this.scan.scanning) item.text = `$(sync~spin) Vouch ${n(this.scan.done)}/${n(this.scan.total)}`;
    else if (fileStatus?.failure) item.text = '$(warning) Vouch';
    else item.text = `$(shield) ${fileText}${wsTotal ? ` · ${n(wsTotal)} in workspace` : ''}`;
    item.command = this.scan.scanning ? COMMANDS.showOutput : COMMANDS.scanWorkspace;

    const md = new vscode.MarkdownString(undefined, true);
    md.isTrusted = { enabledCommands: [COMMANDS.scanWorkspace, COMMANDS.showOutput, COMMANDS.exportSarif] };
    md.appendMarkdown('**Vouch** — secrets and untagged AI code\n\n');
    if (fileStatus?.failure) md.appendText(`This file could not be analysed: ${fileStatus.failure}\n\n`);
    else if (file) {
      md.appendMarkdown(`This file: ${plural(file.errors, 'error')}, ${plural(file.warnings, 'warning')}`);
      if (fileStatus) md.appendMarkdown(` (analysed in ${fileStatus.durationMs.toFixed(1)} ms)`);
      md.appendMarkdown('\n\n');
    }
    md.appendMarkdown(`Workspace: ${plural(ws.errors, 'error')}, ${plural(ws.warnings, 'warning')} in ${plural(ws.files, 'file')}\n\n`);
    const last = this.scan.last;
    if (this.scan.scanning) md.appendMarkdown(`Scanning: ${n(this.scan.done)} of ${plural(this.scan.total, 'file')}…\n\n`);
    else if (last) {
      const when = new Date(last.finishedAt).toLocaleString();
      md.appendMarkdown(`Last scan: ${when} — ${plural(last.filesScanned, 'file')} in ${(last.durationMs / 1000).toFixed(1)} s${last.cancelled ? ' (cancelled)' : ''}\n\n`);
    } else md.appendMarkdown('The workspace has not been scanned yet: only open files are checked.\n\n');
    md.appendMarkdown(`[Scan Workspace](command:${COMMANDS.scanWorkspace}) · [Export SARIF](command:${COMMANDS.exportSarif}) · [Show Output](command:${COMMANDS.showOutput})`);
    item.tooltip = md;
  }

  dispose(): void {
    clearTimeout(this.refreshTimer);
    for (const d of this.disposables) d.dispose();
    this.item.dispose();
  }
}
