/** Spawns `vouch lsp --stdio` (the shipped bundle) and speaks LSP to it, the way any editor does. */
import { spawn, ChildProcess } from 'child_process';
import * as path from 'path';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, ProtocolConnection,
  InitializeRequest, InitializedNotification, DidOpenTextDocumentNotification, DidChangeTextDocumentNotification,
  PublishDiagnosticsNotification, PublishDiagnosticsParams, CodeActionRequest, CodeAction, Diagnostic,
  ShutdownRequest, ExitNotification, ConfigurationRequest, DidCloseTextDocumentNotification, Command,
  ClientCapabilities, Registration, DidChangeWatchedFilesNotification, FileEvent, CancellationToken,
} from 'vscode-languageserver-protocol/node';

import { REPO } from './repo';
export { REPO };
export const CLI = path.join(REPO, 'dist', 'cli.js');

export class LspClient {
  readonly proc: ChildProcess;
  readonly conn: ProtocolConnection;
  stderr = '';
  logs: string[] = [];
  private waiters: { uri: string; pred: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  readonly latest = new Map<string, PublishDiagnosticsParams>();
  private versions = new Map<string, number>();
  settings: Record<string, unknown> | null = null;
  /** What the client answers for the `files.exclude` section (VS Code's own setting). */
  filesExclude: Record<string, boolean> | null = null;
  /** Capabilities the server registered dynamically (client/registerCapability). */
  readonly registrations: Registration[] = [];

  constructor(args: string[] = ['lsp', '--stdio'], env?: NodeJS.ProcessEnv) {
    this.proc = spawn(process.execPath, [CLI, ...args], { stdio: ['pipe', 'pipe', 'pipe'], env: env ? { ...process.env, ...env } : undefined });
    this.proc.stderr!.on('data', d => { this.stderr += d; });
    this.conn = createProtocolConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification(PublishDiagnosticsNotification.type, p => {
      this.latest.set(p.uri, p);
      this.waiters = this.waiters.filter(w => {
        if (w.uri === p.uri && w.pred(p)) { w.resolve(p); return false; }
        return true;
      });
    });
    this.conn.onNotification('window/logMessage', (p: { message: string }) => { this.logs.push(p.message); });
    this.conn.onRequest(ConfigurationRequest.type, params => params.items.map(i => (i.section === 'files.exclude' ? this.filesExclude : this.settings)));
    this.conn.onRequest('client/registerCapability', (p: { registrations: Registration[] }) => { this.registrations.push(...p.registrations); return null; });
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.listen();
  }

  async initialize(rootUri: string | null = null, extra: ClientCapabilities = {}, initializationOptions?: unknown): Promise<void> {
    await this.conn.sendRequest(InitializeRequest.type, {
      processId: process.pid, rootUri, workspaceFolders: rootUri ? [{ uri: rootUri, name: 'ws' }] : null, initializationOptions,
      capabilities: {
        ...extra,
        workspace: { configuration: true, ...extra.workspace },
        textDocument: { publishDiagnostics: { relatedInformation: true }, ...extra.textDocument },
      },
    });
    await this.conn.sendNotification(InitializedNotification.type, {});
  }

  diagnostics(uri: string, pred: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 5000): Promise<PublishDiagnosticsParams> {
    const have = this.latest.get(uri);
    if (have && pred(have)) return Promise.resolve(have);
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; stderr: ${this.stderr}`)), timeoutMs);
      this.waiters.push({ uri, pred, resolve: p => { clearTimeout(t); resolve(p); } });
    });
  }

  async open(uri: string, languageId: string, text: string): Promise<void> {
    this.latest.delete(uri);
    this.versions.set(uri, 1);
    await this.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Replaces the whole text (a full-document change) and returns the new version. */
  async change(uri: string, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  /** An incremental change, as editors send them: `text` replaces the range (0-based lines and UTF-16 columns). */
  async changeRange(uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  codeActions(uri: string, diagnostics: Diagnostic[]): Promise<(CodeAction | Command)[] | null> {
    return this.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics } });
  }

  /** A custom request, cancellable like any LSP request ($/cancelRequest). */
  request<R>(method: string, params: unknown, token?: CancellationToken): Promise<R> {
    // A trailing `undefined` would travel as a second positional parameter.
    return token ? this.conn.sendRequest<R>(method, params, token) : this.conn.sendRequest<R>(method, params);
  }

  async filesChanged(changes: FileEvent[]): Promise<void> {
    await this.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  async shutdown(): Promise<number | null> {
    const exited = new Promise<number | null>(resolve => this.proc.on('exit', code => resolve(code)));
    await this.conn.sendRequest(ShutdownRequest.type);
    await this.conn.sendNotification(ExitNotification.type);
    const code = await Promise.race([exited, new Promise<null>(r => setTimeout(() => r(null), 3000))]);
    this.conn.dispose();
    if (this.proc.exitCode === null) this.proc.kill();
    return code;
  }
}
