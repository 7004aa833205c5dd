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

  it('declares every setting the code reads, with the server defaults, and reads every setting it declares', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    const props: Record<string, { default: unknown; scope?: string; markdownDescription?: string; enum?: unknown[] }> = pkg.contributes.configuration.properties;
    const { DEFAULT_SETTINGS, CLIENT_ONLY_SETTINGS, SEVERITY_OVERRIDES } = require('../../server/src/protocol') as typeof import('../../server/src/protocol');
    const flat = (o: object, prefix = 'vouch'): [string, unknown][] => Object.entries(o).flatMap(([k, v]) =>
      typeof v === 'object' && v !== null && !Array.isArray(v) ? flat(v, `${prefix}.${k}`) : [[`${prefix}.${k}`, v] as [string, unknown]]);
    const read = new Map(flat(DEFAULT_SETTINGS));
    for (const [key, value] of read) {
      assert.ok(props[key], `package.json lacks the setting ${key}`);
      assert.deepStrictEqual(props[key].default, value, `default of ${key}`);
    }
    for (const key of CLIENT_ONLY_SETTINGS) assert.ok(props[key], `package.json lacks the client setting ${key}`);
    // And the other way: nothing declared that no code reads.
    for (const key of Object.keys(props).filter(k => k.startsWith('vouch.'))) {
      assert.ok(read.has(key) || CLIENT_ONLY_SETTINGS.includes(key), `${key} is declared in package.json but neither the server (DEFAULT_SETTINGS) nor the client reads it`);
    }
    for (const [key, p] of Object.entries(props)) {
      assert.ok(p.markdownDescription, `${key} has no markdownDescription`);
      assert.ok(['resource', 'window', 'application', 'machine', 'machine-overridable', 'language-overridable'].includes(p.scope ?? ''), `${key} has no scope`);
      // Per-file settings are resource-scoped (the server asks per document); only the trace is per window.
      assert.strictEqual(p.scope, key === 'vouch.trace.server' ? 'window' : 'resource', `scope of ${key}`);
      if (key.startsWith('vouch.severity.')) assert.deepStrictEqual(p.enum, [...SEVERITY_OVERRIDES], `enum of ${key}`);
    }
  });

  it('declares limited support for untrusted workspaces, restricting only settings it declares', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    const untrusted = pkg.capabilities?.untrustedWorkspaces;
    assert.strictEqual(untrusted?.supported, 'limited');
    assert.ok(typeof untrusted.description === 'string' && untrusted.description.length > 20);
    assert.ok(Array.isArray(untrusted.restrictedConfigurations) && untrusted.restrictedConfigurations.length > 0);
    for (const key of untrusted.restrictedConfigurations) assert.ok(pkg.contributes.configuration.properties[key], `restricted ${key} is not declared`);
  });
});
