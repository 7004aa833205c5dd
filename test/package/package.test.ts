/** The VSIX a user installs: built by `vsce package`, holding only what the extension needs. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { REPO } from '../helpers/repo';

const VSCE = path.join(REPO, 'node_modules', '@vscode', 'vsce', 'vsce');

describe('VSIX packaging', function () {
  this.timeout(180000);

  it('packages (vsce finds no secrets in it), lists only the allowed files, and stays under 1 MB', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vouch-vsix-')), 'vouch.vsix');
    execFileSync(process.execPath, [VSCE, 'package', '--no-dependencies', '--out', out], { cwd: REPO, stdio: 'pipe' });
    const size = fs.statSync(out).size;
    assert.ok(size < 1024 * 1024, `VSIX is ${size} bytes`);
    const listed = execFileSync(process.execPath, [VSCE, 'ls', '--no-dependencies'], { cwd: REPO, encoding: 'utf8' })
      .split('\n').map(s => s.trim()).filter(Boolean).sort();
    assert.deepStrictEqual(listed, [
      'CHANGELOG.md', 'LICENSE', 'README.md', 'dist/cli.js', 'dist/client.js', 'images/icon.png', 'package.json',
      'syntaxes/provenance.injection.tmLanguage.json',
    ]);
  });

  it('declares every setting the server reads, with the server defaults', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    const props = pkg.contributes.configuration.properties;
    const { DEFAULT_SETTINGS } = require('../../server/src/protocol') as typeof import('../../server/src/protocol');
    const flat = (o: object, prefix = 'vouch'): [string, unknown][] => Object.entries(o).flatMap(([k, v]) =>
      typeof v === 'object' && v !== null && !Array.isArray(v) ? flat(v, `${prefix}.${k}`) : [[`${prefix}.${k}`, v] as [string, unknown]]);
    for (const [key, value] of flat(DEFAULT_SETTINGS)) {
      assert.ok(props[key], `package.json lacks the setting ${key}`);
      assert.deepStrictEqual(props[key].default, value, `default of ${key}`);
    }
  });
});
