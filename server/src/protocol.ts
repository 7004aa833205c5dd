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

/** Settings under `vouch.*`, fetched per resource through workspace/configuration. */
export interface VouchSettings {
  enable: boolean;
  secrets: { enable: boolean };
  provenance: { enable: boolean };
  /** Files larger than this many bytes are not analysed. */
  maxFileSize: number;
  /** Milliseconds to wait after the last keystroke before re-analysing. */
  debounce: number;
}

export const DEFAULT_SETTINGS: VouchSettings = {
  enable: true,
  secrets: { enable: true },
  provenance: { enable: true },
  maxFileSize: 2 * 1024 * 1024,
  debounce: 150,
};

export const COMMANDS = {
  addAllowComment: 'vouch.addAllowComment',
  showOutput: 'vouch.showOutput',
  restartServer: 'vouch.restartServer',
} as const;
