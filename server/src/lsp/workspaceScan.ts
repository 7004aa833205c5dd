/**
 * "Vouch: Scan Workspace" on the server side: scans folders from disk off the request loop (the shared sliced scan
 * loop yields every few ms, so typing stays responsive), publishes diagnostics for files that are not open, keeps
 * them current as files change outside the editor (workspace/didChangeWatchedFiles), and exports them as SARIF.
 * server.ts only wires it in; everything the scan needs from the rest of the server comes through the host.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  CancellationToken, Connection, Diagnostic, DidChangeWatchedFilesNotification, FileChangeType, FileEvent,
  InitializeParams, TextDocuments, WorkDoneProgressReporter, WorkspaceFolder,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from '../uri';
import { analyze } from '../core/analyze';
import type { Finding } from '../core/findings';
import type { VouchConfig } from '../core/config/vouchConfig';
import type { SecretPolicy } from '../core/secrets/userPatterns';
import { applySeverity } from './severity';
import { scanReadDelay } from './faultInjection';
import { languageIdForPath } from '../core/text/languages';
import { ExportSarifRequest, ScanStatusNotification, ScanWorkspaceRequest, VouchSettings } from '../protocol';
import { listFiles, notIgnored } from '../workspace/listFiles';
import { readForScan } from '../workspace/readForScan';
import { compileExcludes, enabledPatterns, PathMatcher } from '../core/config/excludeGlobs';
import { scanFiles } from '../workspace/scanFiles';
import { toReportFinding } from '../workspace/report';
import { toSarif } from '../workspace/sarif';
import { GitEvidenceSource } from '../git/gitEvidenceSource';
import type { Evidence } from '../core/provenance/signals';
import type { ReadResult } from '../workspace/readForScan';

export interface WorkspaceScanHost {
  documents: TextDocuments<TextDocument>;
  folders(): readonly WorkspaceFolder[];
  settingsFor(uri: string): Promise<VouchSettings>;
  configFor(uri: string): VouchConfig;
  /** `.vouch.json`'s secret policy for a file (none until the workspace is trusted). */
  policyFor(uri: string): SecretPolicy;
  /** False in an untrusted workspace: git never runs (files are listed by walking, no git signal). */
  trusted(): boolean;
  toDiagnostic(f: Finding): Diagnostic;
  /** Git evidence of AI authorship for a file on disk (signal B); by default a source of this module's own. */
  gitEvidence?(file: string, text: string): Promise<Evidence[]>;
}

export interface WorkspaceScan {
  /** Call from onInitialize: reads the client's capabilities. */
  initialize(params: InitializeParams): void;
  /** Call from onDidChangeWatchedFiles. */
  filesChanged(changes: readonly FileEvent[]): void;
}

/** One scanned root: a workspace folder, or a folder or file the user picked, with what decides its files. */
interface Root { path: string; folderPath: string; folderUri: string; settings: VouchSettings; excluded: PathMatcher }

const PROGRESS_INTERVAL_MS = 100;
const WATCH_DEBOUNCE_MS = 150;

export function registerWorkspaceScan(connection: Connection, host: WorkspaceScanHost): WorkspaceScan {
  let canFetchConfiguration = false;
  let canWatchFiles = false;
  let canServerProgress = false;
  let watcherRegistered = false;
  /** Every file a scan analysed, by path; findings only for files that have some (50,000 clean files cost a Set). */
  const scanned = new Set<string>();
  const findings = new Map<string, Finding[]>();
  const roots = new Map<string, Root>();
  let running: { abort: AbortController; finished: Promise<unknown> } | undefined;
  let last: ScanStatusNotification.Params['last'];
  let pendingEvents: FileEvent[] = [];
  let git: GitEvidenceSource | undefined;
  /** Evidence gathered while a file is read, consumed by its analysis (as `vouch scan` does). */
  const evidence = new Map<string, Evidence[]>();
  let eventTimer: NodeJS.Timeout | undefined;

  const openPaths = () => new Set(host.documents.all().map(d => URI.toPath(d.uri)));
  const status = (p: ScanStatusNotification.Params) => void connection.sendNotification(ScanStatusNotification.method, p);

  function publish(file: string, found: Finding[], open = openPaths()): void {
    if (found.length) findings.set(file, found); else findings.delete(file);
    // An open file's diagnostics come from its editor content, not from disk.
    if (!open.has(file)) void connection.sendDiagnostics({ uri: URI.fromPath(file), diagnostics: found.map(host.toDiagnostic) });
  }

  function forget(file: string, open = openPaths()): void {
    const had = scanned.delete(file);
    findings.delete(file);
    if (had && !open.has(file)) void connection.sendDiagnostics({ uri: URI.fromPath(file), diagnostics: [] });
  }

  function analyzeFile(root: Root, file: string, text: string): Finding[] {
    const uri = URI.fromPath(file);
    const config = host.configFor(uri);
    const found = evidence.get(file) ?? [];
    evidence.delete(file);
    return applySeverity(analyze({ text, languageId: languageIdForPath(file), path: relativeTo(root, file) }, {
      secrets: root.settings.secrets.enable,
      provenance: root.settings.provenance.enable,
      ignoredFingerprints: new Set(config.ignore),
      policy: host.policyFor(uri),
      ai: { signals: { ...root.settings.provenance.signals, editor: false }, evidence: found, notAi: new Set(config.notAi) },
    }), root.settings.severity);
  }

  /** Reads a file and, when the git signal is on, its git evidence — overlapping the analysis of earlier files. */
  async function readFile(root: Root, file: string): Promise<ReadResult> {
    await scanReadDelay();
    const r = await readForScan(file, root.settings.maxFileSize, 'raise the vouch.maxFileSize setting to scan it');
    if (r.ok && host.trusted() && root.settings.enable && root.settings.provenance.enable && root.settings.provenance.signals.git) {
      try {
        evidence.set(file, host.gitEvidence ? await host.gitEvidence(file, r.text) : await (git ??= new GitEvidenceSource()).evidenceFor(file));
      } catch { /* no git, no signal */ }
    }
    return r;
  }

  async function makeRoot(target: string): Promise<Root> {
    const folder = host.folders()
      .filter(f => { const p = URI.toPath(f.uri); return target === p || target.startsWith(p.endsWith(path.sep) ? p : p + path.sep); })
      .sort((a, b) => b.uri.length - a.uri.length)[0];
    const folderUri = folder?.uri ?? URI.fromPath(target);
    const folderPath = URI.toPath(folderUri);
    const settings = await host.settingsFor(folderUri);
    let filesExclude: unknown = {};
    if (canFetchConfiguration) {
      try { filesExclude = await connection.workspace.getConfiguration({ scopeUri: folderUri, section: 'files.exclude' }); } catch { /* keep none */ }
    }
    const patterns = [...enabledPatterns(filesExclude), ...settings.exclude, ...host.configFor(folderUri + '/x').exclude];
    return { path: target, folderPath, folderUri, settings, excluded: compileExcludes(patterns) };
  }

  const relativeTo = (root: Root, file: string) => path.relative(root.folderPath, file).split(path.sep).join('/');
  const rootOf = (file: string) => [...roots.values()]
    .filter(r => file === r.path || file.startsWith(r.path.endsWith(path.sep) ? r.path : r.path + path.sep))
    .sort((a, b) => b.path.length - a.path.length)[0];

  async function runScan(params: ScanWorkspaceRequest.Params, token: CancellationToken | undefined): Promise<ScanWorkspaceRequest.Result> {
    const started = performance.now();
    const abort = new AbortController();
    const cancelled = () => abort.signal.aborted;
    token?.onCancellationRequested(() => abort.abort());
    const progress = await progressReporter(params, abort);
    const previous = running;
    previous?.abort.abort(); // a new scan supersedes the one in flight
    let finish!: () => void;
    running = { abort, finished: new Promise<void>(r => { finish = r; }) };
    await previous?.finished;

    const result: ScanWorkspaceRequest.Result = {
      total: 0, filesScanned: 0, filesSkipped: 0, secrets: 0, untaggedAiBlocks: 0, otherFindings: 0,
      errors: 0, warnings: 0, durationMs: 0, cancelled: false,
    };
    try {
      progress.begin('Vouch: scanning', 0, 'listing files…', true);
      status({ scanning: true, done: 0, total: 0, last });
      const targets = params.uris?.length ? params.uris.map(u => URI.toPath(u)) : host.folders().map(f => URI.toPath(f.uri));
      const work: { root: Root; files: string[] }[] = [];
      for (const target of targets) {
        if (cancelled()) break;
        const root = await makeRoot(target);
        let listed: string[];
        try { listed = await listFiles(target, abort.signal, host.trusted()); } catch (e) {
          connection.console.warn(`Vouch: cannot scan ${target}: ${(e as Error).message}`);
          continue;
        }
        const files = listed.filter(f => !root.excluded(relativeTo(root, f)));
        work.push({ root, files });
        result.total += files.length;
      }

      let done = 0;
      let lastReport = 0;
      const report = (force = false) => {
        const now = performance.now();
        if (!force && now - lastReport < PROGRESS_INTERVAL_MS) return;
        lastReport = now;
        const pct = result.total ? Math.floor((done / result.total) * 100) : 100;
        progress.report(pct, `${done.toLocaleString('en-US')}/${result.total.toLocaleString('en-US')} files`);
        status({ scanning: true, done, total: result.total, last });
      };
      for (const { root, files } of work) {
        if (cancelled()) break;
        const open = openPaths();
        const seen = new Set<string>();
        // Registered before scanning, so that files found by a cancelled scan are still cleared when deleted.
        for (const key of [...roots.keys()]) if (key.startsWith(root.path.endsWith(path.sep) ? root.path : root.path + path.sep)) roots.delete(key);
        roots.set(root.path, root);
        const r = await scanFiles({
          files,
          read: file => readFile(root, file),
          analyze: (file, text) => (root.settings.enable ? analyzeFile(root, file, text) : []),
          onResult: (file, found) => {
            seen.add(file);
            scanned.add(file);
            publish(file, found, open);
            for (const f of found) {
              if (f.code.startsWith('secret/')) result.secrets++;
              else if (f.code === 'ai/untagged-block') result.untaggedAiBlocks++;
              else result.otherFindings++;
              if (f.severity === 'error') result.errors++;
              else if (f.severity === 'warning') result.warnings++;
            }
          },
          onSkip: file => { seen.add(file); result.filesSkipped++; forget(file, open); },
          onProgress: () => { done++; report(); },
          isCancelled: cancelled,
        });
        result.filesScanned += r.scanned;
        if (r.cancelled) break;
        // A complete rescan replaces what an earlier scan found: files since deleted or excluded lose their findings.
        for (const file of [...scanned]) if (rootOf(file) === root && !seen.has(file)) forget(file, open);
      }
      result.cancelled = cancelled();
      evidence.clear(); // read ahead for files a cancelled scan never analysed
      if (result.cancelled) connection.console.info(`Vouch: workspace scan cancelled after ${done} of ${result.total} files`);
      void registerWatcher(); // not awaited: a cancelled scan answers at once
      return result;
    } finally {
      result.durationMs = performance.now() - started;
      last = { ...result, finishedAt: new Date().toISOString() };
      progress.done();
      status({ scanning: false, done: result.filesScanned, total: result.total, last });
      if (running?.abort === abort) running = undefined;
      finish();
    }
  }

  /** The client's progress token if it sent one; else server-created progress when the client supports it. */
  async function progressReporter(params: ScanWorkspaceRequest.Params, abort: AbortController): Promise<WorkDoneProgressReporter> {
    if (params.workDoneToken !== undefined || !canServerProgress) return connection.window.attachWorkDoneProgress(params.workDoneToken);
    try {
      const p = await connection.window.createWorkDoneProgress();
      p.token.onCancellationRequested(() => abort.abort());
      return p;
    } catch {
      return connection.window.attachWorkDoneProgress(undefined);
    }
  }

  /** Follows files changed outside the editor once something was scanned; `**\/*` because a checkout touches anything. */
  async function registerWatcher(): Promise<void> {
    if (!canWatchFiles || watcherRegistered || roots.size === 0) return;
    watcherRegistered = true;
    try {
      await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] });
    } catch (e) {
      connection.console.warn(`Vouch: cannot watch files; findings of unopened files update on the next scan (${(e as Error).message})`);
    }
  }

  function filesChanged(changes: readonly FileEvent[]): void {
    if (roots.size === 0) return;
    pendingEvents.push(...changes);
    clearTimeout(eventTimer);
    // A checkout sends thousands of events at once: handle them as one batch.
    eventTimer = setTimeout(() => { const batch = pendingEvents; pendingEvents = []; void applyChanges(batch); }, WATCH_DEBOUNCE_MS);
  }

  async function applyChanges(events: readonly FileEvent[]): Promise<void> {
    const open = openPaths();
    const latest = new Map<string, FileChangeType>();
    for (const e of events) {
      const file = URI.toPath(e.uri);
      if (!path.isAbsolute(file) || file.split(path.sep).includes('.git')) continue;
      latest.set(file, e.type);
    }
    const toScan = new Map<Root, string[]>();
    const created: string[] = [];
    for (const [file, type] of latest) {
      if (type === FileChangeType.Deleted) {
        // A deleted folder arrives as one event: drop everything scanned under it.
        const prefix = file + path.sep;
        for (const s of [...scanned]) if (s === file || s.startsWith(prefix)) forget(s, open);
        continue;
      }
      const root = rootOf(file);
      if (!root || root.excluded(relativeTo(root, file))) continue;
      if (scanned.has(file)) toScan.set(root, [...(toScan.get(root) ?? []), file]);
      else if (type === FileChangeType.Created || type === FileChangeType.Changed) created.push(file);
    }
    // New files count only if git would not ignore them, as in a full scan.
    const byRepo = new Map<Root, string[]>();
    for (const f of created) { const r = rootOf(f)!; byRepo.set(r, [...(byRepo.get(r) ?? []), f]); }
    for (const [root, files] of byRepo) {
      const kept = await notIgnored(root.path, files, host.trusted());
      if (kept.length) toScan.set(root, [...(toScan.get(root) ?? []), ...kept]);
    }
    for (const [root, listed] of toScan) {
      // As in a full listing, symlinks are not followed (a link to /dev/zero or out of the workspace): regular files only.
      const files = listed.filter(f => { try { return fs.lstatSync(f).isFile(); } catch { return true; /* gone: the read says so */ } });
      const kept = new Set(files);
      for (const f of listed) if (!kept.has(f)) forget(f, open);
      await scanFiles({
        files,
        read: file => readFile(root, file),
        analyze: (file, text) => (root.settings.enable ? analyzeFile(root, file, text) : []),
        onResult: (file, found) => { scanned.add(file); publish(file, found, open); },
        onSkip: file => forget(file, open),
      });
    }
  }

  // A scanned file that is closed goes back to its findings on disk (server.ts has just cleared its diagnostics).
  host.documents.onDidClose(e => {
    const file = URI.toPath(e.document.uri);
    const root = scanned.has(file) ? rootOf(file) : undefined;
    if (root) void applyChanges([{ uri: e.document.uri, type: FileChangeType.Changed }]);
  });

  connection.onRequest(ScanWorkspaceRequest.method, (params: ScanWorkspaceRequest.Params, token: CancellationToken) => runScan(params ?? {}, token));

  connection.onRequest(ExportSarifRequest.method, (): ExportSarifRequest.Result => {
    const base = host.folders()[0] ? URI.toPath(host.folders()[0].uri) : undefined;
    const report = [...findings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).flatMap(([file, found]) => {
      const rel = base ? path.relative(base, file) : '';
      const name = base && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : URI.fromPath(file);
      return found.map(f => toReportFinding(f, name));
    });
    const baseUri = base ? URI.fromPath(base).replace(/\/?$/, '/') : undefined;
    return { scanned: roots.size > 0, sarif: toSarif(report, { baseUri }), findings: report.length };
  });

  return {
    initialize(params) {
      canFetchConfiguration = !!params.capabilities.workspace?.configuration;
      canWatchFiles = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
      canServerProgress = !!params.capabilities.window?.workDoneProgress;
    },
    filesChanged,
  };
}
