/**
 * Custom messages between the extension and the language server, typed once for both sides (as vscode-eslint
 * does in its shared customMessages). Only plain types here: no `vscode`, no connection.
 */

export namespace StatusNotification {
  export const method = 'vouch/status';
  export interface Params {
    /** Document the counts are for. */
    uri: string;
    errors: number;
    warnings: number;
    /** Analysis time for this document in milliseconds. */
    durationMs: number;
    /** Set when the analysis of this document failed; the message never contains file content. */
    failure?: string;
  }
}

/** One block the editor saw arrive as AI output (signal C), in 0-based inclusive lines of the document. */
export interface EditorCaptureBlock {
  startLine: number;
  endLine: number;
  /** completion: one multi-line insertion; paste: from outside the workspace; chat: a chat-editing session. */
  source: 'completion' | 'paste' | 'chat';
  /** ISO time of the capture. */
  capturedAt: string;
}

/** Client → server: the current capture ranges of a document (the whole list; an empty list clears it). */
export namespace EditorCaptureNotification {
  export const method = 'vouch/editorCapture';
  export interface Params {
    uri: string;
    /** The document version the lines refer to. */
    version: number;
    blocks: EditorCaptureBlock[];
  }
}

/** Client → server: the edit behind the palette commands "Tag Selection as AI-Generated" and "Mark AI Block as
 *  Reviewed". The result is a workspace edit in LSP shape (plain data), or null when there is nothing to do. */
export namespace ProvenanceEditRequest {
  export const method = 'vouch/provenanceEdit';
  export interface Params {
    uri: string;
    kind: 'tag' | 'review';
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
  }
  export type Result = { changes: Record<string, { range: Params['range']; newText: string }[]> } | { error: string };
}

/** Settings under `vouch.*`, fetched per resource through workspace/configuration. */
export interface VouchSettings {
  enable: boolean;
  secrets: { enable: boolean };
  provenance: {
    enable: boolean;
    /** Which signals may flag untagged AI-generated blocks (DESIGN §4). */
    signals: { content: boolean; git: boolean; editor: boolean };
  };
  /** Files larger than this many bytes are not analysed. */
  maxFileSize: number;
  /** Milliseconds to wait after the last keystroke before re-analysing. */
  debounce: number;
  /** Globs (files.exclude syntax, relative to the workspace folder) that workspace scans skip. */
  exclude: string[];
  /** Where "Move secret to an environment variable" writes: relative to the workspace folder, or absolute. */
  env: { path: string };
  /** Severity overrides per category of finding; `off` hides the category, `default` keeps each rule's own. */
  severity: Record<SeverityCategory, SeverityOverride>;
}

/** The categories a severity override applies to: `secret/*` findings, provenance-tag problems (malformed tag,
 *  changed since review) and `ai/untagged-block`. */
export type SeverityCategory = 'secrets' | 'provenance' | 'aiUntagged';
export type SeverityOverride = 'default' | 'error' | 'warning' | 'information' | 'hint' | 'off';
export const SEVERITY_OVERRIDES: readonly SeverityOverride[] = ['default', 'error', 'warning', 'information', 'hint', 'off'];

/** `vouch.*` settings only the extension reads (the server never asks for them). */
export const CLIENT_ONLY_SETTINGS: readonly string[] = ['vouch.trace.server'];

export const DEFAULT_SETTINGS: VouchSettings = {
  enable: true,
  secrets: { enable: true },
  provenance: { enable: true, signals: { content: true, git: true, editor: true } },
  maxFileSize: 2 * 1024 * 1024,
  debounce: 150,
  exclude: [],
  env: { path: '.env' },
  severity: { secrets: 'default', provenance: 'default', aiUntagged: 'default' },
};

/** What the extension passes in `initializationOptions`; every field optional (other editors send nothing). */
export interface InitializationOptions {
  /** False in an untrusted VS Code workspace (restricted mode); absent means trusted (no trust model). */
  workspaceTrusted?: boolean;
}

/**
 * Client → server: the workspace's trust changed (VS Code: trust granted). Until trusted, the server ignores the
 * custom rules of `.vouch.json` (`patterns`, `allow`, `disable`) and never runs git (no git signal, no .gitignore
 * listing, no "is .env tracked" probe), since git reads hooks and config from the repository.
 */
export namespace WorkspaceTrustNotification {
  export const method = 'vouch/workspaceTrust';
  export interface Params { trusted: boolean }
}

export const COMMANDS = {
  addAllowComment: 'vouch.addAllowComment',
  showOutput: 'vouch.showOutput',
  restartServer: 'vouch.restartServer',
  tagSelection: 'vouch.tagSelection',
  markReviewed: 'vouch.markReviewed',
  scanWorkspace: 'vouch.scanWorkspace',
  scanFolder: 'vouch.scanFolder',
  exportSarif: 'vouch.exportSarif',
  /** Server-side: carried by the move-to-env fix when `.env` is tracked by git; shows a warning after applying. */
  warnEnvTracked: 'vouch.warnEnvTracked',
} as const;

/** The code action kind of "move every secret in this file to .env" (runs on save with `source.fixAll`). */
export const FIX_ALL_KIND = 'source.fixAll.vouch';

/**
 * Scans workspace folders (or the given folders and files) from disk and publishes diagnostics for files that are
 * not open. Reports work-done progress ("120/1,234 files") when the request carries a `workDoneToken`, or through
 * server-created progress when the client supports it; cancelling the request stops the scan and keeps what was
 * found (the result then says `cancelled`).
 */
export namespace ScanWorkspaceRequest {
  export const method = 'vouch/scanWorkspace';
  export interface Params {
    /** file: URIs of folders or files to scan; all workspace folders when absent. */
    uris?: string[];
    workDoneToken?: string | number;
  }
  export interface Result {
    /** Files listed for the scan (after .gitignore and exclude globs). */
    total: number;
    /** Files analysed. */
    filesScanned: number;
    /** Binary, oversized or unreadable files. */
    filesSkipped: number;
    secrets: number;
    untaggedAiBlocks: number;
    /** Other findings: malformed tags, blocks changed since review. */
    otherFindings: number;
    errors: number;
    warnings: number;
    durationMs: number;
    cancelled: boolean;
  }
}

/** Server → client: the state of workspace scanning, for the status bar. */
export namespace ScanStatusNotification {
  export const method = 'vouch/scanStatus';
  export interface Params {
    scanning: boolean;
    done: number;
    total: number;
    /** The last finished (or cancelled) scan, with when it finished (ISO 8601). */
    last?: ScanWorkspaceRequest.Result & { finishedAt: string };
  }
}

/** The findings of the last workspace scan (files on disk) as SARIF 2.1.0, the same SARIF `vouch scan` writes. */
export namespace ExportSarifRequest {
  export const method = 'vouch/exportSarif';
  export type Params = Record<string, never>;
  export interface Result {
    /** False when no workspace scan has run yet: scan first. */
    scanned: boolean;
    sarif: string;
    findings: number;
  }
}
