import * as fs from 'fs';
import * as path from 'path';

/** The repository root, found upwards from the bundled test file (tests run from out/test/…). */
export const REPO = (() => {
  for (let d = __dirname; d !== path.dirname(d); d = path.dirname(d)) {
    try { if (JSON.parse(fs.readFileSync(path.join(d, 'package.json'), 'utf8')).name === 'vouch') return d; } catch { /* keep looking */ }
  }
  return process.cwd();
})();
