import { fileURLToPath, pathToFileURL } from 'url';

/** file: URIs ↔ paths, tolerant of non-file schemes (untitled:, vscode-notebook-cell:) which have no path. */
export const URI = {
  toPath(uri: string): string {
    try { return uri.startsWith('file:') ? fileURLToPath(uri) : uri; } catch { return uri; }
  },
  fromPath(p: string): string { return pathToFileURL(p).href; },
};
