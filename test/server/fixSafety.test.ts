/**
 * Data safety of every quick fix (issue 9): for every fixture, every code action the server offers on every
 * diagnostic (and source.fixAll) is applied to a fresh copy of the workspace, as an editor would. Nothing outside
 * the intended range may change, and no secret may be lost: after a move it is in `.env` exactly once and gone
 * from the source.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { CodeAction, Diagnostic, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { LspClient } from '../helpers/lspClient';
import { applyWorkspaceEdit } from '../helpers/applyWorkspaceEdit';
import { ENV_FIX_CASES } from '../helpers/envFixCases';
import { fakeSecrets } from '../helpers/fakeSecrets';

interface Fixture { file: string; languageId: string; text: string; secrets: string[] }

const count = (hay: string, needle: string) => hay.split(needle).length - 1;
const IMPORTISH = /^\s*(import\b|from\b|package\b|use\b|require\b|\)|"os"|\(|$)/;

describe('data safety of every quick fix', function () {
  this.timeout(120000);
  const fake = fakeSecrets(2024);
  const fixtures: Fixture[] = ENV_FIX_CASES.map(c => { const s = fake.githubToken(); return { file: c.file, languageId: c.languageId, text: c.before(s), secrets: [s] }; });
  {
    const a = fake.githubToken(), b = fake.password();
    fixtures.push(
      { file: 'twice.ts', languageId: 'typescript', text: `const apiKey = "${a}";\r\nconst again = "${a}";\r\nconst password = "${b}";\r\n`, secrets: [a, b] },
      { file: 'url.py', languageId: 'python', text: `import os\nDB = "postgres://app:${b}@db/app"\n`, secrets: [b] },
      { file: 'ai.js', languageId: 'javascript', text: `Here is the updated code:\nconst token = "${a}";\nfunction f() {\n  return 1;\n}\n`, secrets: [a] },
      { file: 'settings.json', languageId: 'json', text: `{\n  "api_token": "${a}"\n}\n`, secrets: [a] },
    );
  }

  for (const fx of fixtures) {
    it(`${fx.file}: every action keeps the rest of the workspace and every secret`, async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vouch-fixsafe-'));
      fs.writeFileSync(path.join(dir, '.env'), 'EXISTING=keep me\n');
      fs.writeFileSync(path.join(dir, fx.file), fx.text);
      const client = new LspClient();
      const applied: string[] = [];
      try {
        await client.initialize(pathToFileURL(dir).href, {
          textDocument: { codeAction: { disabledSupport: true } },
          workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } },
        });
        const uri = pathToFileURL(path.join(dir, fx.file)).href;
        await client.open(uri, fx.languageId, fx.text);
        const { diagnostics } = await client.diagnostics(uri, p => p.diagnostics.length > 0);
        const actions: { a: CodeAction; d?: Diagnostic }[] = [];
        for (const d of diagnostics) for (const a of ((await client.codeActions(uri, [d])) ?? []) as CodeAction[]) actions.push({ a, d });
        const all = await client.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics, only: ['source.fixAll.vouch'] } }) as CodeAction[] | null;
        for (const a of all ?? []) actions.push({ a });
        for (const { a, d } of actions) {
          if (!a.edit) continue;
          applied.push(a.title);
          check(dir, fx, uri, a.title, a.edit, d);
        }
        assert.ok(applied.length > 0 || fx.languageId === 'json', 'some fix applies');
      } finally {
        await client.shutdown();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }

  function check(dir: string, fx: Fixture, uri: string, title: string, edit: WorkspaceEdit, d?: Diagnostic): void {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'vouch-fixsafe-apply-'));
    try {
      fs.cpSync(dir, copy, { recursive: true });
      const rebase = (u: string) => pathToFileURL(path.join(copy, path.relative(dir, new URL(u).pathname))).href;
      const moved: WorkspaceEdit = {
        documentChanges: edit.documentChanges?.map(c => ('kind' in c ? { ...c, uri: rebase((c as { uri: string }).uri) } : { ...c, textDocument: { ...c.textDocument, uri: rebase(c.textDocument.uri) } })) as WorkspaceEdit['documentChanges'],
        changes: edit.changes && Object.fromEntries(Object.entries(edit.changes).map(([u, e]) => [rebase(u), e])),
      };
      const sourceEdits: TextEdit[] = [
        ...(edit.documentChanges ?? []).filter((c): c is TextDocumentEdit => 'textDocument' in c && c.textDocument.uri === uri).flatMap(c => c.edits as TextEdit[]),
        ...(edit.changes?.[uri] ?? []),
      ];
      applyWorkspaceEdit(moved);
      const after = fs.readFileSync(path.join(copy, fx.file), 'utf8');
      const env = fs.readFileSync(path.join(copy, '.env'), 'utf8');
      const what = `${fx.file} "${title}"`;
      assert.ok(env.startsWith('EXISTING=keep me\n'), `${what}: .env keeps what it had`);
      const beforeLines = fx.text.split(/\r?\n/), afterLines = after.split(/\r?\n/);
      if (/^Move/.test(title)) {
        for (const s of fx.secrets.filter(s => fx.text.includes(s) && !after.includes(s))) assert.strictEqual(count(env, s), 1, `${what}: a moved secret is in .env exactly once`);
        // Every edit lies on a secret's line or on an import line; every other line survives, in order.
        const secretLines = new Set(beforeLines.flatMap((l, i) => (fx.secrets.some(s => l.includes(s)) ? [i] : [])));
        for (const e of sourceEdits) {
          for (let l = e.range.start.line; l <= e.range.end.line; l++) {
            assert.ok(secretLines.has(l) || IMPORTISH.test(beforeLines[l] ?? '') || e.range.start.line === e.range.end.line && e.range.start.character === 0 && IMPORTISH.test(e.newText),
              `${what}: an edit touches line ${l + 1}, neither a secret's line nor an import`);
          }
        }
        let j = 0;
        for (const [i, l] of beforeLines.entries()) {
          if (secretLines.has(i) || IMPORTISH.test(l)) continue;
          while (j < afterLines.length && afterLines[j] !== l) j++;
          assert.ok(j < afterLines.length, `${what}: line ${i + 1} is missing or changed after the fix`);
          j++;
        }
      } else {
        // Allow comment, ignore, tag, not-AI: nothing removed from the source; secrets all still where they were.
        for (const s of fx.secrets) assert.strictEqual(count(after, s), count(fx.text, s), `${what}: the secret stays in place`);
        for (const e of sourceEdits) {
          assert.deepStrictEqual(e.range.start, e.range.end, `${what}: only insertions in the source`);
          if (/vouch:allow/.test(e.newText)) assert.strictEqual(e.range.start.line, d?.range.start.line, `${what}: the allow comment goes on the finding's line`);
        }
        assert.strictEqual(env, 'EXISTING=keep me\n', `${what}: .env untouched`);
        const inserted = afterLines.filter(l => !beforeLines.includes(l));
        assert.ok(beforeLines.every(l => afterLines.includes(l) || afterLines.some(a => a.startsWith(l))), `${what}: every line survives`);
        assert.ok(inserted.length <= 2, `${what}: at most two lines inserted`);
        if (/\.vouch\.json/.test(title)) JSON.parse(fs.readFileSync(path.join(copy, '.vouch.json'), 'utf8'));
      }
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  }
});
