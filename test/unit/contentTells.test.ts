/** Signal A: every content tell proves itself on its own samples; blocks, thresholds and must-not-fire cases. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CONTENT_TELLS } from '../../server/src/core/provenance/contentTells/index';
import { contentEvidence, findTellHits } from '../../server/src/core/provenance/contentTells/detectTells';
import type { TellSample } from '../../server/src/core/provenance/contentTells/tell';
import { LineIndex } from '../../server/src/core/text/lineIndex';
import { languageIdForPath } from '../../server/src/core/text/languages';
import { analyze } from '../../server/src/core/analyze';
import { REPO } from '../helpers/repo';

const sample = (s: TellSample) => (typeof s === 'string' ? { languageId: 'typescript', text: s } : s);
const hits = (text: string, languageId = 'typescript') => findTellHits(new LineIndex(text), languageId);
const blocks = (text: string, languageId = 'typescript') => contentEvidence(new LineIndex(text), languageId);
const untagged = (text: string, languageId = 'typescript') => analyze({ text, languageId }).filter(f => f.code === 'ai/untagged-block');

describe('content tells (signal A)', () => {
  for (const tell of CONTENT_TELLS) {
    describe(tell.id, () => {
      tell.samples.fire.forEach((s, i) => it(`fires on sample #${i + 1}`, () => {
        const { text, languageId } = sample(s);
        assert.ok(hits(text, languageId).some(h => h.tell.id === tell.id), `${tell.id} missed: ${JSON.stringify(text)}`);
      }));
      tell.samples.quiet.forEach((s, i) => it(`stays quiet on sample #${i + 1}`, () => {
        const { text, languageId } = sample(s);
        assert.ok(!hits(text, languageId).some(h => h.tell.id === tell.id), `${tell.id} fired on: ${JSON.stringify(text)}`);
      }));
    });
  }

  it('gives a pasted chat answer one block: from the preamble to the closing fence, nothing around it', () => {
    const text = "import x from 'y';\n\nHere's the updated code:\n\n```ts\nexport function retry() {\n  return 1;\n\n  // more\n}\n```\n\nconst after = 2;\n";
    const found = untagged(text);
    assert.strictEqual(found.length, 1);
    assert.deepStrictEqual([found[0].range.start.line, found[0].range.end.line], [2, 10]);
    assert.match(found[0].message, /content tells: chat preamble, markdown fence/);
    assert.strictEqual(found[0].severity, 'warning');
  });

  it('bounds an elision by its enclosing function (indentation), not the whole file', () => {
    const text = 'class A:\n    def f(self):\n        # ... rest of the code remains the same\n        return 1\n\n    def g(self):\n        pass\n';
    assert.deepStrictEqual(blocks(text, 'python').map(b => [b.start, b.end]), [[1, 3]]);
    const ts = 'export function a() {\n  return 1;\n}\n\nexport function b() {\n  const x = 1;\n\n  // ... existing code ...\n  return x;\n}\n\nexport const c = 3;\n';
    assert.deepStrictEqual(blocks(ts).map(b => [b.start, b.end]), [[4, 9]]);
  });

  it('needs two weak tells in the same block; one weak tell alone does not flag', () => {
    const one = 'export function connect() {\n  const key = "changeme"; // Replace with your actual API key\n  return open(key);\n}\n';
    assert.deepStrictEqual(blocks(one), []);
    const two = 'export function connect() {\n  // In a real application, load this from a vault\n  const key = "changeme"; // Replace with your actual API key\n  return open(key);\n}\n';
    const b = blocks(two);
    assert.strictEqual(b.length, 1);
    assert.deepStrictEqual([b[0].start, b[0].end], [0, 4]);
    const apart = 'function a() {\n  // In a real application, load this from a vault\n}\n\nfunction b() {\n  const k = "x"; // Replace with your actual API key\n}\n';
    assert.deepStrictEqual(blocks(apart), [], 'weak tells in different blocks do not add up');
  });

  it('does not fire on Markdown documentation, whatever it quotes', () => {
    const doc = "# Upgrading\n\nHere's the updated code:\n\n```ts\n// ... existing code ...\nconst key = 'YOUR_API_KEY_HERE'; // Replace with your actual API key\n```\n\nAs an AI-free project, we keep the existing code.\n";
    for (const lang of ['markdown', 'mdx', 'plaintext']) assert.deepStrictEqual(untagged(doc, lang), [], lang);
    assert.deepStrictEqual(analyze({ text: doc, languageId: languageIdForPath('docs/UPGRADE.md') }).filter(f => f.code === 'ai/untagged-block'), []);
  });

  it('does not fire on human prose that merely mentions existing code, or on fences in doc comments and strings', () => {
    const human = [
      '/**',
      ' * Migrates the existing code paths to the new client. Keep the existing code until v3.',
      ' * Example:',
      ' * ```ts',
      ' * migrate(client)',
      ' * ```',
      ' */',
      'export function migrate(client: Client) {',
      '  // The rest of the code relies on this being sync.',
      '  const help = `',
      '\\`\\`\\`sh',
      'npm run migrate',
      '\\`\\`\\`',
      '`;',
      '  return run(client, help, ...rest);',
      '}',
    ].join('\n');
    assert.deepStrictEqual(untagged(human), []);
  });

  it('stays quiet on this repository\'s own sources and docs (realistic human code)', function () {
    this.timeout(20000);
    const files: string[] = [];
    const walk = (d: string) => {
      for (const n of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, n.name);
        if (n.isDirectory()) { if (!['node_modules', 'out', 'dist', '.git', 'contentTells'].includes(n.name)) walk(p); }
        else if (/\.(ts|js|mjs|json|md|yml)$/.test(n.name)) files.push(p);
      }
    };
    for (const d of ['server', 'client', 'scripts', 'examples', '.github']) if (fs.existsSync(path.join(REPO, d))) walk(path.join(REPO, d));
    files.push(path.join(REPO, 'README.md'));
    const noisy = files.filter(f => untagged(fs.readFileSync(f, 'utf8'), languageIdForPath(f)).length > 0).map(f => path.relative(REPO, f));
    assert.deepStrictEqual(noisy, []);
  });
});
