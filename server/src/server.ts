/**
 * LSP wiring only: connection, documents, settings, handlers. The analysis lives in core/ and knows nothing of
 * this file. Diagnostics are pushed (publishDiagnostics) so every client, Neovim 0.7 included, gets them.
 */
import {
  CodeAction, CodeActionKind, Connection, Diagnostic, DiagnosticSeverity, DidChangeConfigurationNotification,
  TextDocuments, TextDocumentSyncKind, InitializeResult, WorkspaceFolder,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import * as path from 'path';
import { URI } from './uri';
import { analyze } from './core/analyze';
import type { Finding, Severity } from './core/findings';
import { LineIndex } from './core/text/lineIndex';
import { languageIdForPath } from './core/text/languages';
import { allowCommentEdit } from './core/fixes/allowComment';
import { ConfigError, EMPTY_CONFIG, MAX_CONFIG_BYTES, parseVouchConfig, secretPolicy, VouchConfig } from './core/config/vouchConfig';
import { readWorkspaceFile } from './workspace/workspaceFile';
import { COMMANDS, DEFAULT_SETTINGS, FIX_ALL_KIND, InitializationOptions, StatusNotification, VouchSettings, WorkspaceTrustNotification } from './protocol';
import { EMPTY_POLICY, type SecretPolicy } from './core/secrets/userPatterns';
import { applySeverity, parseOverride } from './lsp/severity';
import { ActionEnvironment, fixAllAction, ignoreInConfigAction, moveSecretsAction, secretData } from './codeActions';
import { VERSION } from './version';
import { registerWorkspaceScan } from './lsp/workspaceScan';
import { registerProvenance } from './lsp/provenance';
import { injectFault } from './lsp/faultInjection';
import { errorSummary } from './core/errorSummary';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint,
};

export function startServer(connection: Connection): void {
  // A client may reject a request (window/showMessageRequest is not universal); a rejected promise nobody awaited
  // would end the process under Node's default policy. Log it and keep serving.
  process.on('unhandledRejection', e => { try { connection.console.error(`Vouch: unhandled rejection: ${errorSummary(e)}`); } catch { /* connection gone */ } });
  const showWarning = (message: string) => {
    // Typed void, but a request underneath: its rejection must be handled.
    Promise.resolve(connection.window.showWarningMessage(message) as unknown).catch(() => { /* the client cannot show it; the log has it */ });
  };
  const documents = new TextDocuments(TextDocument);
  const settingsCache = new Map<string, Promise<VouchSettings>>();
  const timers = new Map<string, NodeJS.Timeout>();
  const configs = new Map<string, VouchConfig>();
  /** Workspace trust (VS Code's restricted mode): untrusted, `.vouch.json`'s custom rules are ignored and git never runs. */
  let trusted = true;
  const workspaceScan = registerWorkspaceScan(connection, { documents, folders: () => folders, settingsFor, configFor, policyFor, trusted: () => trusted, toDiagnostic });
  let folders: WorkspaceFolder[] = [];
  const provenance = registerProvenance(connection, {
    documents, configFor, canCreateFiles: () => canCreateFiles, trusted: () => trusted,
    folderPath: uri => { const f = folderOf(uri); return f ? URI.toPath(f.uri) : undefined; },
    revalidate: uri => { const d = documents.get(uri); if (d) schedule(d, 0); },
  });
  let canFetchConfiguration = false;
  let canRegisterConfigurationChange = false;
  let canCreateFiles = false;
  let canShowDisabled = false;
  /** What was last published per document: fixAll reads the findings from here instead of re-analysing. */
  const published = new Map<string, { version: number; findings: Finding[] }>();
  /** Documents whose last analysis failed: the failure is logged once, not on every keystroke. */
  const failing = new Set<string>();

  connection.onInitialize((params): InitializeResult => {
    folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    trusted = (params.initializationOptions as InitializationOptions | undefined)?.workspaceTrusted !== false;
    workspaceScan.initialize(params);
    canFetchConfiguration = !!params.capabilities.workspace?.configuration;
    canRegisterConfigurationChange = !!params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration;
    const workspaceEdit = params.capabilities.workspace?.workspaceEdit;
    canCreateFiles = !!workspaceEdit?.documentChanges && !!workspaceEdit.resourceOperations?.includes('create');
    canShowDisabled = !!params.capabilities.textDocument?.codeAction?.disabledSupport;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        executeCommandProvider: { commands: [COMMANDS.warnEnvTracked] },
      },
      serverInfo: { name: 'vouch', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    if (canRegisterConfigurationChange) connection.client.register(DidChangeConfigurationNotification.type, { section: 'vouch' }).catch(() => { /* settings then refresh on restart */ });
    for (const f of folders) loadConfig(f.uri);
  });

  connection.onNotification(WorkspaceTrustNotification.method, (p: WorkspaceTrustNotification.Params) => {
    const now = p?.trusted !== false;
    if (now === trusted) return;
    trusted = now;
    connection.console.info(`Vouch: workspace ${trusted ? 'trusted: custom rules and the git signal are on' : 'not trusted'}`);
    settingsCache.clear();
    for (const doc of documents.all()) schedule(doc, 0);
  });

  connection.onDidChangeConfiguration(() => {
    settingsCache.clear();
    for (const doc of documents.all()) schedule(doc, 0);
  });

  connection.onDidChangeWatchedFiles(params => {
    workspaceScan.filesChanged(params.changes);
    if (!params.changes.some(c => c.uri.endsWith('/.vouch.json'))) return;
    for (const f of folders) loadConfig(f.uri);
    for (const doc of documents.all()) schedule(doc, 0);
  });

  function loadConfig(folderUri: string): void {
    const file = URI.toPath(folderUri) + '/.vouch.json';
    const read = readWorkspaceFile(file, MAX_CONFIG_BYTES);
    if (!read.ok) {
      configs.set(folderUri, EMPTY_CONFIG);
      if (read.missing) return;
      // A planted symlink to /dev/zero or /dev/stdin, a FIFO, a huge file: said once, never read.
      showWarning(`Vouch: ${file}: ${read.reason}, ignored`);
      connection.console.error(`Vouch: ${file}: ${read.reason}, ignored`);
      return;
    }
    const text = read.text;
    try {
      const config = parseVouchConfig(text, file);
      configs.set(folderUri, config);
      if (!trusted && (config.patterns?.length || config.allow?.length || config.disable?.length)) {
        connection.console.info(`Vouch: ${file}: "patterns", "allow" and "disable" are ignored until the workspace is trusted`);
      }
    } catch (e) {
      configs.set(folderUri, EMPTY_CONFIG);
      const message = e instanceof ConfigError ? e.message : `${file}: ${(e as Error).message}`;
      showWarning(`Vouch: ${message}`);
      connection.console.error(message);
    }
  }

  function folderOf(uri: string): WorkspaceFolder | undefined {
    return folders.filter(f => uri.startsWith(f.uri.endsWith('/') ? f.uri : f.uri + '/')).sort((a, b) => b.uri.length - a.uri.length)[0];
  }

  function configFor(uri: string): VouchConfig {
    const folder = folderOf(uri);
    return (folder && configs.get(folder.uri)) ?? EMPTY_CONFIG;
  }

  /** The secret policy of `.vouch.json` (custom patterns, allow list, disabled rules): none until the workspace is trusted. */
  function policyFor(uri: string): SecretPolicy {
    return trusted ? secretPolicy(configFor(uri)) : EMPTY_POLICY;
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
      injectFault(text);
      const folder = folderOf(doc.uri);
      const config = configFor(doc.uri);
      findings = applySeverity(analyze({
        text,
        languageId: doc.languageId || languageIdForPath(URI.toPath(doc.uri)),
        path: folder ? doc.uri.slice(folder.uri.replace(/\/$/, '').length + 1).split('/').map(decodeURIComponent).join('/') : undefined,
      }, {
        secrets: settings.secrets.enable,
        provenance: settings.provenance.enable,
        ignoredFingerprints: new Set(config.ignore),
        policy: policyFor(doc.uri),
        ai: provenance.options(doc, settings),
      }), settings.severity);
    } catch (e) {
      // One broken analysis must not take the server or other documents down. Never log file content, nor the
      // error's message (it may quote the text); log once until the document analyses again.
      const summary = errorSummary(e);
      if (!failing.has(doc.uri)) connection.console.error(`Vouch: analysis of ${doc.uri} failed: ${summary}`);
      failing.add(doc.uri);
      published.delete(doc.uri);
      void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: [] });
      void connection.sendNotification(StatusNotification.method, { uri: doc.uri, errors: 0, warnings: 0, durationMs: 0, failure: summary.split('\n')[0] } satisfies StatusNotification.Params);
      return;
    }
    failing.delete(doc.uri);
    const diagnostics = findings.map(toDiagnostic);
    published.set(doc.uri, { version: doc.version, findings });
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
    published.delete(e.document.uri);
    failing.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onCodeAction(async params => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const settings = await settingsFor(doc.uri);
    const current = documents.get(doc.uri);
    if (!current || current.version !== doc.version) return [];
    const only = params.context.only;
    const wants = (kind: string) => (only ? only.some(o => kind === o || kind.startsWith(o + '.')) : kind === CodeActionKind.QuickFix);
    const env = actionEnvironment(doc, settings);
    const actions: CodeAction[] = [];
    if (wants(CodeActionKind.QuickFix)) {
      const lines = new LineIndex(doc.getText());
      for (const d of params.context.diagnostics) {
        const data = secretData(doc, d);
        if (!data) continue;
        const move = moveSecretsAction(doc, [data], [d], env, CodeActionKind.QuickFix);
        if (move) actions.push(move);
        const edit = allowCommentEdit(lines, d.range.start.line, doc.languageId);
        if (edit) {
          actions.push({
            title: 'Allow this secret here (vouch:allow comment)',
            kind: CodeActionKind.QuickFix,
            diagnostics: [d],
            edit: { changes: { [doc.uri]: [edit] } },
          });
        }
        const ignore = ignoreInConfigAction(data, [d], env);
        if (ignore) actions.push(ignore);
      }
    }
    if (wants(CodeActionKind.QuickFix)) actions.push(...await provenance.codeActions(doc, params));
    if (only && wants(FIX_ALL_KIND)) {
      // The findings last published for this version; when a keystroke's analysis is still pending, run it now.
      if (published.get(doc.uri)?.version !== doc.version) validate(doc, settings);
      const secrets = (published.get(doc.uri)?.findings ?? []).flatMap(f => {
        const diagnostic = toDiagnostic(f);
        const data = f.data?.kind === 'secret' ? f.data : undefined;
        return data ? [{ data, diagnostic }] : [];
      });
      const all = fixAllAction(doc, secrets, env);
      if (all) actions.push(all);
    }
    return actions;
  });

  function actionEnvironment(doc: TextDocument, settings: VouchSettings): ActionEnvironment {
    const folder = folderOf(doc.uri);
    return {
      folder: folder ? URI.toPath(folder.uri) : path.dirname(URI.toPath(doc.uri)),
      envSetting: settings.env.path,
      openText: file => documents.get(URI.fromPath(file))?.getText(),
      versionOf: uri => documents.get(uri)?.version ?? null,
      canCreateFiles,
      canShowDisabled,
      useGit: trusted,
    };
  }

  connection.onExecuteCommand(params => {
    if (params.command !== COMMANDS.warnEnvTracked) return;
    const file = String(params.arguments?.[0] ?? '.env');
    showWarning(
      `Vouch: ${file} is tracked by git, so the secret you just moved will be committed with it. ` +
      `Untrack it with "git rm --cached ${file}" (it is now in .gitignore), and rotate the secret if it was ever pushed.`);
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
    provenance: {
      enable: s.provenance?.enable ?? DEFAULT_SETTINGS.provenance.enable,
      signals: {
        content: s.provenance?.signals?.content ?? DEFAULT_SETTINGS.provenance.signals.content,
        git: s.provenance?.signals?.git ?? DEFAULT_SETTINGS.provenance.signals.git,
        editor: s.provenance?.signals?.editor ?? DEFAULT_SETTINGS.provenance.signals.editor,
      },
    },
    maxFileSize: typeof s.maxFileSize === 'number' && s.maxFileSize > 0 ? s.maxFileSize : DEFAULT_SETTINGS.maxFileSize,
    debounce: typeof s.debounce === 'number' && s.debounce >= 0 ? s.debounce : DEFAULT_SETTINGS.debounce,
    exclude: Array.isArray(s.exclude) ? s.exclude.filter((x): x is string => typeof x === 'string') : DEFAULT_SETTINGS.exclude,
    env: { path: typeof s.env?.path === 'string' && s.env.path.trim() ? s.env.path.trim() : DEFAULT_SETTINGS.env.path },
    severity: {
      secrets: parseOverride(s.severity?.secrets),
      provenance: parseOverride(s.severity?.provenance),
      aiUntagged: parseOverride(s.severity?.aiUntagged),
    },
  };
}
