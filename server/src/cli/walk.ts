/**
 * Synchronous listing and reading for CLI commands that are synchronous (`vouch fix`). The walking itself lives in
 * server/src/workspace/, shared with the language server's workspace scan; new code should import from there.
 */
export { listFilesSync as listFiles, PathError } from '../workspace/listFiles';
export { readForScanSync as readForScan, formatBytes } from '../workspace/readForScan';
export type { ReadResult } from '../workspace/readForScan';
