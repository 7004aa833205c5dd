/** The analysis core stays plain: no `vscode`, no LSP connection, no file system or processes (DESIGN §1). */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { REPO } from '../helpers/repo';

const CORE = path.join(REPO, 'server', 'src', 'core');
const ALLOWED_MODULES = new Set(['crypto', 'path']);

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []);
}

describe('layering: server/src/core', () => {
  it('imports only other core modules and pure Node built-ins', () => {
    const offences: string[] = [];
    for (const file of sources(CORE)) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/^import\b[^'"]*['"]([^'"]+)['"]|^\s*(?:const|let|var)\s[^=\n]+=\s*require\(\s*['"]([^'"]+)['"]/gm)) {
        const spec = m[1] ?? m[2];
        const rel = path.relative(CORE, file);
        if (spec.startsWith('.')) {
          const target = path.resolve(path.dirname(file), spec);
          if (!target.startsWith(CORE + path.sep)) offences.push(`${rel} imports ${spec} (outside core)`);
        } else if (!ALLOWED_MODULES.has(spec.replace(/^node:/, ''))) {
          offences.push(`${rel} imports ${spec}`);
        }
      }
    }
    assert.deepStrictEqual(offences, []);
  });
});
