/**
 * Vouch in a real VS Code: code-server with the packaged VSIX, driven through headless Chromium with the keys a
 * user presses. Needs `node test/e2e/setup.mjs` (npm run test:e2e runs it) and dist/vouch.vsix (npm run package).
 * Screenshots go to $VOUCH_SCREENSHOTS (docs/images for the README: `npm run screenshots`), else out/e2e-screenshots.
 */
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO } from '../../helpers/repo';
import { e2eEnv, screenshotDir } from '../helpers/e2eEnv';
import { ACTIONS, Features, notYetImplemented, probeFeatures } from '../helpers/features';
import { E2eWorkspace, makeWorkspace } from '../helpers/workspace';
import { CodeServer, Workbench } from './codeServer';

// Page-side callbacks (page.evaluate / waitForFunction) run in Chromium and see the DOM; the test program is
// type-checked without lib.dom, so they get these module-local declarations.
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any;
declare function getComputedStyle(e: unknown): { color: string };

const VSIX = process.env.VOUCH_VSIX || path.join(REPO, 'dist', 'vouch.vsix');

/** Signal C's scenario: code that arrives in one change from outside the workspace, and the same code typed. */
const CAPTURE = {
  pasteFile: 'src/mathUtil.ts',
  pasteFileText: '// Small numeric helpers.\nexport const EPSILON = 1e-9;\n',
  typeFile: 'src/typed.ts',
  typeFileText: '// Written key by key.\n',
  /** Not in any workspace file: a completion or a paste from a browser would bring it. */
  block: [
    'export function clamp(n: number, lo: number, hi: number): number {',
    '  if (n < lo) return lo;',
    '  if (n > hi) return hi;',
    '  return n;',
    '}',
  ],
  /** A second block from outside, pasted below the typed lines. */
  other: [
    'export function lerp(a: number, b: number, t: number): number {',
    '  return a + (b - a) * t;',
    '}',
  ],
};
/** The Problems panel's marker rows under one file's row ("typed.tssrc 2": name, folder, count; no "[Ln"). */
function rowsOf(rows: string[], rel: string): string[] {
  const dir = path.posix.dirname(rel);
  const head = path.posix.basename(rel) + (dir === '.' ? '' : dir);
  const out: string[] = [];
  let inFile = false;
  for (const r of rows) {
    if (!/\[Ln \d+/.test(r)) inFile = r.startsWith(`${head} `);
    else if (inFile) out.push(r);
  }
  return out;
}
const EDITOR_SIGNAL = /Signals: editor: (pasted from outside the workspace|inserted in one multi-line change)/;
const RESTART_MESSAGE = /language server stopped unexpectedly and was restarted/;

describe('code-server (VS Code in the browser) with the Vouch VSIX', function () {
  this.timeout(120000);
  let home: string;
  let ws: E2eWorkspace;
  let features: Features;
  let server: CodeServer | undefined;
  let wb: Workbench;
  let shots: string;
  const shot = (name: string) => path.join(shots, name);
  const read = (rel: string) => fs.readFileSync(path.join(ws.dir, rel), 'utf8');
  const noSecretIn = (text: string, where: string) => {
    for (const s of ws.secrets) assert.ok(!text.includes(s), `${where} shows a secret in full: ${text}`);
  };

  before(async function () {
    this.timeout(300000);
    const env = e2eEnv();
    assert.ok(fs.existsSync(VSIX), `${VSIX} is missing: run \`npm run package\` first`);
    shots = screenshotDir(REPO);
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'vouch-e2e-cs-'));
    ws = makeWorkspace(home);
    // Two clean files for the editor-capture scenario (signal C): one to paste into, one to type into.
    fs.writeFileSync(path.join(ws.dir, CAPTURE.pasteFile), CAPTURE.pasteFileText);
    fs.writeFileSync(path.join(ws.dir, CAPTURE.typeFile), CAPTURE.typeFileText);
    features = await probeFeatures(ws);
    // Each file read of a workspace scan waits 10 ms (8 in flight): the generated workspace of the cancel scenario
    // then takes several seconds to scan, long enough to click Cancel; the small workspace barely notices.
    process.env.VOUCH_TEST_SCAN_DELAY_MS = '10';
    console.log(`      code-server ${env.codeServerVersion}; features: ${JSON.stringify({ ...features, commands: undefined })}`);
    const t0 = Date.now();
    server = await CodeServer.start(env, { vsix: VSIX, workspace: ws.dir, home });
    wb = new Workbench(server.page);
    await wb.ready();
    console.log(`      workbench ready with Vouch running in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && server) {
      const name = `failed-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 60)}.png`;
      await server.page.screenshot({ path: path.join(screenshotDir(REPO), name) }).catch(() => undefined);
      console.log(`      screenshot of the failure: ${path.join(screenshotDir(REPO), name)}`);
      console.log(`      code-server log (tail):\n${server.log().split('\n').slice(-30).join('\n')}`);
      // Leave no menu or widget open for the next scenario.
      for (let i = 0; i < 3; i++) await server.page.keyboard.press('Escape').catch(() => undefined);

    }
  });

  after(async () => {
    await server?.stop();
    if (home && !process.env.VOUCH_E2E_KEEP) fs.rmSync(home, { recursive: true, force: true });
  });

  it('opens a file with Ctrl+P and shows an Error squiggle for a GitHub token, counted in the status bar', async () => {
    await wb.openFile(ws.files.secret);
    await wb.squiggles('error').first().waitFor({ timeout: 30000 });
    const counts = await wb.waitForProblemCounts(c => c.errors === 1, '1 error');
    assert.deepStrictEqual(counts, { errors: 1, warnings: 0 });
    const status = (await wb.vouchStatus().getAttribute('aria-label')) ?? '';
    assert.match(status, /\b1\s+error/, `Vouch's status bar item: ${status}`);
  });

  it('shows the masked message in the hover: checksum valid, the token never in full', async () => {
    const hover = await wb.hoverSquiggle('error');
    assert.match(hover, /checksum valid/);
    assert.match(hover, /ghp_…/);
    assert.match(hover, /vouch/);
    noSecretIn(hover, 'the hover');
    await wb.blurSecrets(ws.secrets);
    await wb.screenshot(shot('hover.png'), [wb.line(1), wb.hoverWidget()], 16);
    await wb.dismiss();
  });

  it('lists the finding in the Problems panel with its rule id, masked', async () => {
    const rows = await wb.waitForProblemsPanel(r => r.some(s => s.includes('secret/github-pat')), 'secret/github-pat');
    const row = rows.find(s => s.includes('secret/github-pat'))!;
    assert.match(row, /checksum valid/);
    assert.match(row, /vouch/);
    noSecretIn(rows.join('\n'), 'the Problems panel');
    await server!.page.locator('.notification-toast').filter({ hasText: /scanning/i }).waitFor({ state: 'detached', timeout: 60000 }).catch(() => undefined);
    await wb.clearNotifications();
    await wb.blurSecrets(ws.secrets);
    await wb.screenshot(shot('problems.png'));
    await wb.closePanel();
  });

  it('offers the quick fixes on Ctrl+. and "Allow this secret here" writes vouch:allow into the file', async () => {
    await wb.goTo(ws.secretAt.line, ws.secretAt.column + 4);
    const items = await wb.openQuickFixMenu();
    assert.ok(items.some(t => ACTIONS.allow.test(t)), `quick-fix menu: ${JSON.stringify(items)}`);
    if (features.moveToEnv) assert.ok(items.some(t => ACTIONS.moveToEnv.test(t)), `quick-fix menu: ${JSON.stringify(items)}`);
    await wb.blurSecrets(ws.secrets);
    await wb.screenshot(shot('quick-fix.png'), [wb.line(1), wb.quickFixItems().last()], 16);
    await wb.chooseQuickFix(ACTIONS.allow);
    await wb.save();
    const text = read(ws.files.secret);
    assert.match(text.split('\n')[ws.secretAt.line - 1], /vouch:allow/, text);
    await wb.squiggles('error').first().waitFor({ state: 'detached', timeout: 15000 });
    await wb.waitForProblemCounts(c => c.errors === 0, 'no errors after the fix');
  });

  it('runs a contributed command from F1: "Vouch: Show Output" opens the Vouch output channel', async () => {
    await wb.runCommand('Vouch: Show Output');
    const panel = server!.page.locator('.part.panel');
    await panel.waitFor({ state: 'visible' });
    await server!.page.waitForFunction(() => {
      const el = document.querySelector('.part.panel');
      const select = el?.querySelector('select.monaco-select-box');
      const picked = select ? select.options[select.selectedIndex]?.text ?? '' : '';
      return /Vouch/.test(picked) || /Vouch/.test(el?.querySelector('.monaco-select-box, .monaco-dropdown')?.textContent ?? '');
    }, undefined, { timeout: 15000 });
    await wb.closePanel();
  });

  it('highlights a provenance tag and flags a malformed one (missing by=) with a warning', async () => {
    await wb.openFile(ws.files.provenance);
    await wb.squiggles('warning').first().waitFor({ timeout: 30000 });
    const hover = await wb.hoverSquiggle('warning');
    assert.match(hover, /ai\/malformed-tag/);
    assert.match(hover, /by=/);
    await wb.dismiss();
    // The injection grammar colours `@ai-generated` and its fields apart from the rest of the comment.
    const colours = await server!.page.evaluate(() => {
      const line = Array.from(document.querySelectorAll('.editor-group-container.active .view-line') as ArrayLike<any>)
        .find(l => (l.textContent ?? '').includes('by=copilot'));
      const spans = Array.from((line?.querySelectorAll('span span') ?? []) as ArrayLike<any>);
      const colour = (pred: (t: string) => boolean) => { const s = spans.find(x => pred(x.textContent ?? '')); return s && getComputedStyle(s).color; };
      return { comment: colour(t => t.trim() === '//'), tag: colour(t => t.includes('@ai-generated')), field: colour(t => t === 'by') };
    });
    assert.ok(colours.tag && colours.comment && colours.tag !== colours.comment, `tag not highlighted: ${JSON.stringify(colours)}`);
    await wb.screenshot(shot('provenance-tag.png'), [wb.line(1), wb.line(14)], 16);
  });

  it('"Vouch: Scan Workspace" from F1 fills the Problems panel with files no editor has open', async function () {
    if (!features.scanWorkspace) notYetImplemented(this, 'package.json contributes no vouch.scanWorkspace command');
    assert.ok(!(await wb.problemsPanel()).some(r => r.includes('deploy.py')), 'deploy.py has problems before the scan');
    await wb.runCommand(features.scanWorkspace!);
    const rows = await wb.waitForProblemsPanel(r => r.some(s => s.includes('deploy.py')) && r.some(s => s.includes('aws-access-key-id')),
      'deploy.py with secret/aws-access-key-id', 60000);
    noSecretIn(rows.join('\n'), 'the Problems panel');
    await server!.page.locator('.notification-toast').filter({ hasText: /scanning/i }).waitFor({ state: 'detached', timeout: 60000 }).catch(() => undefined);
    await wb.clearNotifications();
    await wb.blurSecrets(ws.secrets);
    await wb.screenshot(shot('problems.png'));
  });

  it('moves a secret to .env with the quick fix, and one undo reverts it', async function () {
    if (!features.moveToEnv) notYetImplemented(this, 'the server offers no "Move secret to an environment variable" action');
    await wb.openFile(ws.files.moveToEnv);
    await wb.squiggles('error').first().waitFor({ timeout: 30000 });
    await wb.hoverSquiggle('error');
    await wb.blurSecrets(ws.secrets);
    await wb.screenshot(shot('move-to-env-1-finding.png'), [wb.line(1), wb.hoverWidget()], 16);
    await wb.dismiss();
    await wb.goTo(ws.moveToEnvAt.line, ws.moveToEnvAt.column + 4);
    const items = await wb.openQuickFixMenu();
    assert.ok(items.some(t => ACTIONS.moveToEnv.test(t)), `quick-fix menu: ${JSON.stringify(items)}`);
    await wb.blurSecrets(ws.secrets);
    await wb.screenshot(shot('move-to-env-2-menu.png'), [wb.line(1), wb.quickFixItems().last()], 16);
    await wb.chooseQuickFix(ACTIONS.moveToEnv);
    await server!.page.waitForFunction((tok: string) => {
      const text = document.querySelector('.editor-group-container.active .view-lines')?.textContent ?? '';
      return text.includes('process.env.') && !text.includes(tok);
    }, ws.envToken, { timeout: 15000 });
    await wb.saveAll();
    const source = read(ws.files.moveToEnv);
    assert.match(source, /process\.env\.[A-Z_]+/);
    noSecretIn(source, ws.files.moveToEnv);
    const envFile = path.join(ws.dir, '.env');
    assert.ok(fs.existsSync(envFile), '.env was not written');
    assert.ok(fs.readFileSync(envFile, 'utf8').includes(ws.envToken), '.env lacks the secret');
    await wb.squiggles('error').first().waitFor({ state: 'detached', timeout: 15000 });
    await wb.screenshot(shot('move-to-env-3-after.png'), [wb.line(1), wb.line(4)], 16);

    // One undo (in the source editor) reverts the whole edit; VS Code asks whether to undo across files.
    await wb.editor().click();
    await server!.page.keyboard.press('Control+Z');
    const dialog = server!.page.locator('.monaco-dialog-box');
    if (await dialog.waitFor({ timeout: 3000 }).then(() => true, () => false)) {
      console.log(`      VS Code asked: ${(await dialog.innerText()).replace(/\s+/g, ' ').slice(0, 160)}`);
      await dialog.locator('.monaco-button').filter({ hasText: /Undo in \d+ Files|Undo/ }).first().click();
    }
    await server!.page.waitForFunction((tok: string) =>
      (document.querySelector('.editor-group-container.active .view-lines')?.textContent ?? '').includes(tok.slice(0, 12)), ws.envToken, { timeout: 15000 });
    await wb.saveAll();
    assert.ok(read(ws.files.moveToEnv).includes(ws.envToken), 'undo did not restore the literal');
    assert.ok(!fs.existsSync(envFile) || !fs.readFileSync(envFile, 'utf8').includes(ws.envToken), 'undo left the secret in .env');
  });

  it('flags pasted chat output as an untagged AI block, and tagging it clears the warning', async function () {
    if (!features.aiUntagged) notYetImplemented(this, 'the server reports no ai/untagged-block');
    await wb.openFile(ws.files.untagged);
    await wb.squiggles('warning').first().waitFor({ timeout: 30000 });
    const hover = await wb.hoverSquiggle('warning');
    assert.match(hover, /ai\/untagged-block/);
    assert.match(hover, /chat preamble/i);
    await wb.screenshot(shot('untagged-block.png'), [wb.line(1), wb.hoverWidget()], 16);
    await wb.dismiss();
    const [first, last] = features.untaggedLines ?? [ws.untaggedBlock.first, ws.untaggedBlock.last];
    // Type the tag as a user would: the end marker first, so the opening line does not shift it.
    await wb.goTo(last, 1);
    await server!.page.keyboard.press('End');
    await server!.page.keyboard.press('Enter');
    await server!.page.keyboard.insertText('// @ai-generated end');
    // Enter at column 1 opens a line above without continuing a comment.
    await wb.goTo(first, 1);
    await server!.page.keyboard.press('Home');
    await server!.page.keyboard.press('Enter');
    await server!.page.keyboard.press('ArrowUp');
    await server!.page.keyboard.insertText('// @ai-generated by=chatgpt:gpt-5 date=2026-11-21 source=paste');
    await wb.squiggles('warning').first().waitFor({ state: 'detached', timeout: 15000 });
    await wb.save();
    const text = read(ws.files.untagged);
    assert.match(text, /@ai-generated by=chatgpt:gpt-5[^\n]*\n\/\/ Here's the updated code/);
    assert.match(text, /\n}\n\/\/ @ai-generated end\n/);
    await wb.screenshot(shot('tagged-block.png'), [wb.line(1), wb.line(last + 2)], 16);
  });

  it('"Vouch: Scan Workspace" on a few thousand files shows progress in a notification, and Cancel there stops it', async function () {
    if (!features.scanWorkspace) notYetImplemented(this, 'package.json contributes no vouch.scanWorkspace command');
    const GENERATED = 3000;
    const gen = path.join(ws.dir, 'generated');
    for (let i = 0; i < GENERATED; i++) {
      const sub = path.join(gen, `pkg${Math.floor(i / 100)}`);
      if (i % 100 === 0) fs.mkdirSync(sub, { recursive: true });
      fs.writeFileSync(path.join(sub, `mod${i}.ts`), `export const value${i} = ${i};\nexport function f${i}(x: number) { return x + ${i}; }\n`);
    }
    try {
      await wb.clearNotifications();
      await wb.runCommand(features.scanWorkspace!);
      const toast = server!.page.locator('.notification-toast').filter({ hasText: /Vouch: scanning/ });
      await toast.waitFor({ timeout: 30000 });
      // The notification counts files as they are done: "120/3,012 files".
      await toast.filter({ hasText: /[\d,]+\/[\d,]+ files/ }).waitFor({ timeout: 30000 });
      const during = (await wb.vouchStatus().getAttribute('aria-label')) ?? '';
      await toast.hover();
      await toast.getByRole('button', { name: 'Cancel' }).click();
      await toast.waitFor({ state: 'detached', timeout: 10000 });
      const summary = server!.page.locator('.notification-toast').filter({ hasText: /scan cancelled after/ });
      await summary.waitFor({ timeout: 10000 });
      const text = (await summary.innerText()).replace(/\s+/g, ' ');
      const m = text.match(/cancelled after ([\d,]+) of ([\d,]+) files/);
      assert.ok(m, `summary: ${text}`);
      const [done, total] = [Number(m[1].replace(/,/g, '')), Number(m[2].replace(/,/g, ''))];
      assert.ok(total >= GENERATED && done < total, `summary: ${text}`);
      // The status bar spun with the count while scanning and stops when cancelled; its tooltip says so.
      assert.match(during, /Vouch [\d,]+\/[\d,]+/, `status bar while scanning: ${during}`);
      await server!.page.waitForFunction(() => !/Vouch [\d,]+\/[\d,]+/.test(document.getElementById('vouch-dev.vouch.vouch.status')?.getAttribute('aria-label') ?? 'Vouch 0/0'), undefined, { timeout: 10000 });
      // The tooltip can still be the one from before the cancel when the hover first opens: move away and back.
      const hover = server!.page.locator('.monaco-hover').filter({ hasText: /Last scan/ });
      for (let attempt = 1; ; attempt++) {
        await server!.page.mouse.move(5, 5);
        await wb.vouchStatus().hover();
        if (await hover.waitFor({ timeout: 4000 }).then(() => true, () => false)) break;
        if (attempt === 3) throw new Error(`the status bar tooltip never showed "Last scan": ${await server!.page.locator('.monaco-hover').allInnerTexts()}`);
      }
      assert.match((await hover.innerText()).replace(/\s+/g, ' '), /\(cancelled\)/);
      await wb.screenshot(path.join(screenshotDir(REPO), 'scan-cancelled.png'));
      await wb.dismiss();
      await wb.clearNotifications();
    } finally {
      fs.rmSync(gen, { recursive: true, force: true });
    }
  });

  it('signal C: a multi-line paste from outside the workspace is flagged naming the editor signal, and tagging it clears it', async () => {
    const page = server!.page;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server!.url });
    await wb.openFile(CAPTURE.pasteFile);
    assert.strictEqual(await wb.squiggles('warning').count(), 0, `${CAPTURE.pasteFile} has warnings before the paste`);
    // Text copied outside VS Code (a chat answer in the browser): on the system clipboard, never in the workspace.
    const pasted = CAPTURE.block.join('\n') + '\n';
    await page.evaluate((t: string) => (globalThis as any).navigator.clipboard.writeText(t), pasted);
    assert.strictEqual(await page.evaluate(() => (globalThis as any).navigator.clipboard.readText()), pasted, 'the clipboard did not take the text');
    const first = 3, last = first + CAPTURE.block.length - 1;
    await wb.goTo(first, 1);
    await page.keyboard.press('Control+V');
    await page.waitForFunction((line: string) => (document.querySelector('.editor-group-container.active .view-lines')?.textContent ?? '').replace(/\u00a0/g, ' ').includes(line), CAPTURE.block[1]);
    // The client first reports a multi-line insertion, then (once it has read the clipboard) a paste from outside.
    await wb.waitForProblemsPanel(r => rowsOf(r, CAPTURE.pasteFile).some(s => /ai\/untagged-block/.test(s) && /Signals: editor: pasted from outside the workspace/.test(s)),
      `an ai/untagged-block in ${CAPTURE.pasteFile} naming the editor signal (pasted from outside the workspace)`, 15000);
    await wb.closePanel();
    const hover = await wb.hoverSquiggle('warning');
    assert.match(hover, /ai\/untagged-block/);
    assert.match(hover, EDITOR_SIGNAL, `the hover does not name the editor signal: ${hover}`);
    assert.match(hover, /pasted from outside the workspace/, `the paste was not told from a completion: ${hover}`);
    assert.match(hover, new RegExp(`lines ${first}\\D${last}\\b`), `the flagged lines are not the pasted ones (${first}–${last}): ${hover}`);
    await wb.screenshot(shot('editor-capture.png'), [wb.line(1), wb.hoverWidget()], 16);
    await wb.dismiss();

    // The quick fix tags the block, pre-filled with source=paste; the warning goes.
    await wb.goTo(first + 1, 3);
    const items = await wb.openQuickFixMenu();
    const tag = items.find(t => /Tag as AI-generated/.test(t));
    assert.ok(tag, `quick-fix menu: ${JSON.stringify(items)}`);
    assert.match(tag, /source=paste/);
    await wb.chooseQuickFix(/Tag as AI-generated/);
    await wb.squiggles('warning').first().waitFor({ state: 'detached', timeout: 15000 });
    await wb.save();
    const text = read(CAPTURE.pasteFile);
    assert.match(text, new RegExp(`// @ai-generated by=unknown[^\\n]*source=paste[^\\n]*\\n${CAPTURE.block[0].replace(/[()[\]{}.*+?^$|\\]/g, '\\$&')}`), text);
    assert.match(text, /\n}\n\/\/ @ai-generated end\n/, text);
  });

  it('signal C: the same lines typed key by key are not flagged; a multi-line paste below them is', async () => {
    const page = server!.page;
    await wb.openFile(CAPTURE.typeFile);
    await wb.goTo(2, 1);
    // Typed as a person types: one change per key; Enter indents, "}" outdents.
    for (const line of CAPTURE.block) {
      await page.keyboard.type(line.trimStart());
      await page.keyboard.press('Enter');
    }
    await page.keyboard.press('Enter');
    const typedText = await wb.editorText();
    for (const line of CAPTURE.block) assert.ok(typedText.includes(line.trim()), `typing went wrong: ${typedText}`);
    // Then a paste from outside of other lines: one multi-line change, on the line the editor has just indented
    // (VS Code reports the trim of that indentation in the same event). It is the barrier: the client reports
    // captures in order, so once the pasted lines are flagged, a capture of the typed lines would show too.
    // (playwright's keyboard.insertText is not used: Monaco takes it as typed input, never one multi-line change.)
    const first = CAPTURE.block.length + 3, last = first + CAPTURE.other.length - 1;
    const pasted = CAPTURE.other.join('\n') + '\n';
    await page.evaluate((t: string) => (globalThis as any).navigator.clipboard.writeText(t), pasted);
    await wb.goTo(first, 1);
    await page.keyboard.press('Control+V');
    await wb.waitForProblemsPanel(r => rowsOf(r, CAPTURE.typeFile).some(s => /ai\/untagged-block/.test(s) && /Signals: editor: pasted from outside the workspace/.test(s)),
      `an ai/untagged-block in ${CAPTURE.typeFile} naming the editor signal (pasted from outside the workspace)`, 15000);
    await wb.closePanel();
    const hover = await wb.hoverSquiggle('warning');
    assert.match(hover, /ai\/untagged-block/);
    assert.match(hover, EDITOR_SIGNAL, `the hover does not name the editor signal: ${hover}`);
    assert.match(hover, /pasted from outside the workspace/, `the paste was not told from a completion: ${hover}`);
    assert.match(hover, new RegExp(`lines ${first}\\D${last}\\b`), `expected only the inserted lines ${first}–${last} flagged, not the typed ones: ${hover}`);
    await wb.dismiss();
    const rows = rowsOf(await wb.problemsPanel(), CAPTURE.typeFile);
    const flagged = rows.filter(s => /ai\/untagged-block/.test(s));
    assert.strictEqual(flagged.length, 1, `the typed lines were captured too: ${JSON.stringify(rows)}`);
    assert.match(flagged[0], new RegExp(`\\[Ln ${first}, Col 1\\]`), `Problems panel: ${JSON.stringify(rows)}`);
    await wb.closePanel();
  });

  it('restarts a killed language server, says so once, and diagnostics (and captured blocks) come back', async () => {
    const page = server!.page;
    const extDir = path.join(home, 'extensions');
    const serverPids = () => execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n')
      .filter(l => l.includes(extDir) && /dist\/cli\.js lsp\b.*--node-ipc/.test(l)).map(l => Number(l.trim().split(/\s+/)[0]));
    const waitForNewServer = async (old: number): Promise<number> => {
      const deadline = Date.now() + 20000;
      for (;;) {
        const pids = serverPids();
        if (pids.length === 1 && pids[0] !== old) return pids[0];
        if (Date.now() > deadline) throw new Error(`no new language server after killing ${old}; servers: ${JSON.stringify(pids)}`);
        await new Promise(r => setTimeout(r, 200));
      }
    };
    const waitRunning = () => page.waitForFunction(() => {
      const label = document.getElementById('vouch-dev.vouch.vouch.status')?.getAttribute('aria-label') ?? '';
      return label.length > 0 && !/starting|stopped/i.test(label);
    }, undefined, { timeout: 20000 });
    const toasts = page.locator('.notification-toast').filter({ hasText: RESTART_MESSAGE });

    await wb.openFile(CAPTURE.typeFile);
    await wb.squiggles('warning').first().waitFor({ timeout: 15000 });
    await wb.clearNotifications();
    const before = serverPids();
    assert.strictEqual(before.length, 1, `expected one Vouch language server under ${extDir}; found ${JSON.stringify(before)}`);

    process.kill(before[0], 'SIGKILL');
    await toasts.first().waitFor({ timeout: 15000 });
    const second = await waitForNewServer(before[0]);
    await waitRunning();
    assert.strictEqual(await toasts.count(), 1, 'the restart message is shown more than once');
    await wb.screenshot(shot('server-restarted.png'));

    // A second crash is restarted too, without telling the user again.
    await wb.clearNotifications();
    process.kill(second, 'SIGKILL');
    await waitForNewServer(second);
    await waitRunning();
    await new Promise(r => setTimeout(r, 1500));
    assert.strictEqual(await toasts.count(), 0, 'the restart message came again on the second crash');

    // The new server analyses the open file: a new edit gets its diagnostic, and the block captured before the
    // crashes (only the client remembers it) is flagged again.
    const lineCount = (await wb.editorText()).split('\n').length;
    await wb.goTo(lineCount + 5, 1);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('// @ai-generated date=2026-11-21');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('// @ai-generated end');
    await wb.waitForProblemsPanel(all => {
      const r = rowsOf(all, CAPTURE.typeFile);
      return r.some(s => /ai\/malformed-tag/.test(s)) && r.some(s => /ai\/untagged-block/.test(s) && EDITOR_SIGNAL.test(s));
    }, `in ${CAPTURE.typeFile} the new malformed tag and the captured block, from the restarted server`, 20000);
    await wb.closePanel();
  });
});
