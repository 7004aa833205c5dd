/**
 * LSP wiring only: connection, documents, settings, handlers. The analysis lives in core/ and knows nothing of
 * this file. Diagnostics are pushed (publishDiagnostics) so every client, Neovim 0.7 included, gets them.
 */
import {
  CodeAction, CodeActionKind, Connection, Diagnostic, DiagnosticSeverity, DidChangeConfigurationNotification,
  TextDocuments, TextDocumentSyncKind, InitializeResult, WorkspaceFolder,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import * as fs from 'fs';
import { URI } from './uri';
import { analyze } from './core/analyze';
import type { Finding, Severity } from './core/findings';
import { LineIndex } from './core/text/lineIndex';
import { languageIdForPath } from './core/text/languages';
import { allowCommentEdit } from './core/fixes/allowComment';
import { ConfigError, EMPTY_CONFIG, parseVouchConfig, VouchConfig } from './core/config/vouchConfig';
import { DEFAULT_SETTINGS, StatusNotification, VouchSettings } from './protocol';
import { VERSION } from './version';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint,
};

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const settingsCache = new Map<string, Promise<VouchSettings>>();
  const timers = new Map<string, NodeJS.Timeout>();
  const configs = new Map<string, VouchConfig>();
  let folders: WorkspaceFolder[] = [];
  let canFetchConfiguration = false;
  let canRegisterConfigurationChange = false;

  connection.onInitialize((params): InitializeResult => {
    folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    canFetchConfiguration = !!params.capabilities.workspace?.configuration;
    canRegisterConfigurationChange = !!params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: false },
      },
      serverInfo: { name: 'vouch', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    if (canRegisterConfigurationChange) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'vouch' });
    for (const f of folders) loadConfig(f.uri);
  });

  connection.onDidChangeConfiguration(() => {
    settingsCache.clear();
    for (const doc of documents.all()) schedule(doc, 0);
  });

  connection.onDidChangeWatchedFiles(params => {
    if (!params.changes.some(c => c.uri.endsWith('/.vouch.json'))) return;
    for (const f of folders) loadConfig(f.uri);
    for (const doc of documents.all()) schedule(doc, 0);
  });

  function loadConfig(folderUri: string): void {
    const file = URI.toPath(folderUri) + '/.vouch.json';
    let text: string;
    try { text = fs.readFileSync(file, 'utf8'); } catch { configs.set(folderUri, EMPTY_CONFIG); return; }
    try {
      configs.set(folderUri, parseVouchConfig(text, file));
    } catch (e) {
      configs.set(folderUri, EMPTY_CONFIG);
      const message = e instanceof ConfigError ? e.message : `${file}: ${(e as Error).message}`;
      void connection.window.showWarningMessage(`Vouch: ${message}`);
      connection.console.error(message);
    }
  }

  function configFor(uri: string): VouchConfig {
    const folder = folders.filter(f => uri.startsWith(f.uri.endsWith('/') ? f.uri : f.uri + '/')).sort((a, b) => b.uri.length - a.uri.length)[0];
    return (folder && configs.get(folder.uri)) ?? EMPTY_CONFIG;
  }

  function settingsFor(uri: string): Promise<VouchSettings> {
    if (!canFetchConfiguration) return Promise.resolve(DEFAULT_SETTINGS);
    let s = settingsCache.get(uri);
    if (!s) {
      s = connection.workspace.getConfiguration({ scopeUri: uri, section: 'vouch' })
        .then(v => mergeSettings(v), () => DEFAULT_SETTINGS);
      settingsCache.set(uri, s);
    }
    return s;
  }

  function schedule(doc: TextDocument, delay?: number): void {
    clearTimeout(timers.get(doc.uri));
    const run = async () => {
      timers.delete(doc.uri);
      const settings = await settingsFor(doc.uri);
      const current = documents.get(doc.uri);
      if (current && current.version === doc.version) validate(current, settings);
    };
    if (delay === 0) { void run(); return; }
    void settingsFor(doc.uri).then(s => {
      clearTimeout(timers.get(doc.uri));
      timers.set(doc.uri, setTimeout(run, delay ?? s.debounce));
    });
  }

  function validate(doc: TextDocument, settings: VouchSettings): void {
    const started = performance.now();
    const text = doc.getText();
    if (!settings.enable || Buffer.byteLength(text) > settings.maxFileSize) {
      void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: [] });
      return;
    }
    let findings: Finding[];
    try {
      findings = analyze({ text, languageId: doc.languageId || languageIdForPath(URI.toPath(doc.uri)) }, {
        secrets: settings.secrets.enable,
        provenance: settings.provenance.enable,
        ignoredFingerprints: new Set(configFor(doc.uri).ignore),
      });
    } catch (e) {
      // One broken analysis must not take the server or other documents down. Never log file content.
      connection.console.error(`Vouch: analysis of ${doc.uri} failed: ${(e as Error).stack ?? e}`);
      void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: [] });
      void connection.sendNotification(StatusNotification.method, { uri: doc.uri, errors: 0, warnings: 0, durationMs: 0, failure: String((e as Error).message) } satisfies StatusNotification.Params);
      return;
    }
    const diagnostics = findings.map(toDiagnostic);
    void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
    const durationMs = performance.now() - started;
    connection.tracer.log(`Vouch: analysed ${doc.uri} in ${durationMs.toFixed(1)} ms: ${diagnostics.length} findings`);
    void connection.sendNotification(StatusNotification.method, {
      uri: doc.uri, durationMs,
      errors: findings.filter(f => f.severity === 'error').length,
      warnings: findings.filter(f => f.severity === 'warning').length,
    } satisfies StatusNotification.Params);
  }

  documents.onDidOpen(e => schedule(e.document, 0));
  documents.onDidChangeContent(e => { if (e.document.version > 1) schedule(e.document); });
  documents.onDidClose(e => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onCodeAction(params => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const lines = new LineIndex(doc.getText());
    const actions: CodeAction[] = [];
    for (const d of params.context.diagnostics) {
      if (d.source !== 'vouch' || typeof d.code !== 'string' || !d.code.startsWith('secret/')) continue;
      const edit = allowCommentEdit(lines, d.range.start.line, doc.languageId);
      if (!edit) continue;
      actions.push({
        title: 'Allow this secret here (vouch:allow comment)',
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        edit: { changes: { [doc.uri]: [edit] } },
      });
    }
    return actions;
  });

  documents.listen(connection);
  connection.listen();
}

function toDiagnostic(f: Finding): Diagnostic {
  return {
    range: f.range,
    severity: SEVERITY[f.severity],
    source: 'vouch',
    code: f.code,
    codeDescription: f.docs ? { href: f.docs } : undefined,
    message: f.message,
    data: f.data,
  };
}

function mergeSettings(v: Partial<VouchSettings> | null | undefined): VouchSettings {
  const s = v ?? {};
  return {
    enable: s.enable ?? DEFAULT_SETTINGS.enable,
    secrets: { enable: s.secrets?.enable ?? DEFAULT_SETTINGS.secrets.enable },
    provenance: { enable: s.provenance?.enable ?? DEFAULT_SETTINGS.provenance.enable },
    maxFileSize: typeof s.maxFileSize === 'number' && s.maxFileSize > 0 ? s.maxFileSize : DEFAULT_SETTINGS.maxFileSize,
    debounce: typeof s.debounce === 'number' && s.debounce >= 0 ? s.debounce : DEFAULT_SETTINGS.debounce,
  };
}
