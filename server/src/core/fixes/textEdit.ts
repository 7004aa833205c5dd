import type { Range } from '../text/lineIndex';

/** An edit in LSP shape, so the server passes it through unchanged and the CLI applies it. */
export interface TextEdit { range: Range; newText: string }
