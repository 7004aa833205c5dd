/**
 * A real VS Code (code-server, from the npm registry) with the packaged VSIX installed, served on a loopback port
 * and driven by playwright-core in Debian's headless Chromium — the keys and clicks a user makes.
 */
import * as assert from 'assert';
import { ChildProcess, execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as path from 'path';
import { Browser, chromium, Locator, Page } from 'playwright-core';
import { CHROMIUM_ARGS, E2eEnv } from '../helpers/e2eEnv';

// Page-side callbacks (page.evaluate / waitForFunction) run in Chromium and see the DOM; the test program is
// type-checked without lib.dom, so they get these module-local declarations.
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any;
declare function getComputedStyle(e: unknown): { color: string };

/** User settings that keep the run clean (DESIGN §6), plus an editor that does not type for us. */
export const USER_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'typescript.validate.enable': false,
  'javascript.validate.enable': false,
  'json.validate.enable': false,
  'workbench.colorTheme': 'Default Dark Modern',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'files.autoSave': 'off',
  'editor.minimap.enabled': false,
  'editor.quickSuggestions': { other: false, comments: false, strings: false },
  'editor.suggestOnTriggerCharacters': false,
  'editor.acceptSuggestionOnEnter': 'off',
  'editor.autoClosingBrackets': 'never',
  'editor.autoClosingQuotes': 'never',
  'editor.formatOnType': false,
  'editor.hover.delay': 200,
  'editor.hover.above': false,
  'editor.fontSize': 15,
  'window.commandCenter': false,
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

export class CodeServer {
  private constructor(
    readonly url: string,
    readonly proc: ChildProcess,
    readonly browser: Browser,
    readonly page: Page,
    readonly log: () => string,
  ) {}

  /** Installs the VSIX into a fresh extensions dir, serves the workspace and opens it in headless Chromium. */
  static async start(env: E2eEnv, opts: { vsix: string; workspace: string; home: string }): Promise<CodeServer> {
    const extDir = path.join(opts.home, 'extensions');
    const userDir = path.join(opts.home, 'user-data');
    fs.mkdirSync(path.join(userDir, 'User'), { recursive: true });
    fs.writeFileSync(path.join(userDir, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
    const config = path.join(opts.home, 'config.yaml');
    fs.writeFileSync(config, 'auth: none\ncert: false\n');
    const childEnv = {
      ...process.env,
      XDG_CONFIG_HOME: path.join(opts.home, 'xdg-config'),
      XDG_DATA_HOME: path.join(opts.home, 'xdg-data'),
      XDG_CACHE_HOME: path.join(opts.home, 'xdg-cache'),
    };
    const common = ['--config', config, '--extensions-dir', extDir, '--user-data-dir', userDir];
    const installed = execFileSync(env.node, [env.codeServer, ...common, '--install-extension', opts.vsix], { env: childEnv, encoding: 'utf8', stdio: 'pipe' });
    assert.match(installed, /successfully installed/i, `code-server --install-extension said: ${installed}`);

    const port = await freePort();
    let log = '';
    const proc = spawn(env.node, [env.codeServer, ...common, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', opts.workspace],
    { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    proc.stdout!.on('data', d => { log += d; });
    proc.stderr!.on('data', d => { log += d; });
    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 60000;
    for (;;) {
      if (proc.exitCode !== null) throw new Error(`code-server exited with ${proc.exitCode}:\n${log}`);
      try { if ((await fetch(`${url}/healthz`)).ok) break; } catch { /* not up yet */ }
      if (Date.now() > deadline) throw new Error(`code-server did not answer on ${url} within 60 s:\n${log}`);
      await sleep(250);
    }

    const browser = await chromium.launch({ executablePath: env.chromium, headless: true, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    await page.goto(`${url}/?folder=${encodeURIComponent(opts.workspace)}`);
    return new CodeServer(url, proc, browser, page, () => log);
  }

  async stop(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    if (this.proc.exitCode === null) {
      const exited = new Promise(r => this.proc.once('exit', r));
      this.proc.kill('SIGTERM');
      await Promise.race([exited, sleep(5000)]);
      if (this.proc.exitCode === null) this.proc.kill('SIGKILL');
    }
  }
}

export interface ProblemCounts { errors: number; warnings: number }

/** The workbench as a user sees it: keyboard shortcuts, the status bar, the Problems panel, hovers, menus. */
export class Workbench {
  constructor(readonly page: Page) {}

  /** Waits until the workbench is up and Vouch's status bar item says its server is running. */
  async ready(timeout = 120000): Promise<void> {
    await this.page.waitForSelector('.monaco-workbench', { timeout });
    const item = this.vouchStatus();
    await item.waitFor({ state: 'visible', timeout });
    await this.page.waitForFunction(() => {
      const el = document.getElementById('vouch-dev.vouch.vouch.status');
      const label = el?.getAttribute('aria-label') ?? '';
      return label.length > 0 && !/starting/i.test(label);
    }, undefined, { timeout });
    // The explorer has read the folder: quick open can find files.
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout });
  }

  vouchStatus(): Locator {
    return this.page.locator('[id="vouch-dev.vouch.vouch.status"]');
  }

  /** Ctrl+P, the file's name, Enter; resolves when its editor is active. */
  async openFile(rel: string): Promise<void> {
    const base = path.posix.basename(rel);
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(rel);
    await this.page.locator(`.quick-input-list .monaco-list-row[aria-label*="${base}"]`).first().waitFor({ timeout: 30000 });
    await this.page.keyboard.press('Enter');
    await this.page.locator(`.tab.active[aria-label*="${base}"]`).waitFor({ timeout: 30000 });
    await this.editor().locator('.view-lines').waitFor();
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  /** The active text editor. */
  editor(): Locator {
    return this.page.locator('.editor-group-container.active .monaco-editor[data-uri]').first();
  }

  /** Ctrl+G and `line:column`: puts the cursor there. */
  async goTo(line: number, column: number): Promise<void> {
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  /** The `#status.problems` counts ("Errors: 1, Warnings: 6" or "No Problems"). */
  async problemCounts(): Promise<ProblemCounts> {
    const label = (await this.page.locator('[id="status.problems"]').getAttribute('aria-label')) ?? '';
    const n = (re: RegExp) => Number(re.exec(label)?.[1] ?? 0);
    return { errors: n(/Errors:\s*(\d+)/), warnings: n(/Warnings:\s*(\d+)/) };
  }

  async waitForProblemCounts(pred: (c: ProblemCounts) => boolean, what: string, timeout = 30000): Promise<ProblemCounts> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const c = await this.problemCounts();
      if (pred(c)) return c;
      if (Date.now() > deadline) throw new Error(`status bar problems never showed ${what}; last: ${JSON.stringify(c)}`);
      await sleep(200);
    }
  }

  /** The squiggles in the active editor. */
  squiggles(kind: 'error' | 'warning' | 'info' = 'error'): Locator {
    return this.editor().locator(`.squiggly-${kind}`);
  }

  /** Moves the mouse onto the first squiggle of a kind and returns the hover's text. */
  async hoverSquiggle(kind: 'error' | 'warning' = 'error'): Promise<string> {
    const squiggle = this.squiggles(kind).first();
    await squiggle.waitFor();
    const box = (await squiggle.boundingBox())!;
    await this.page.mouse.move(box.x + Math.min(40, box.width / 2), box.y + box.height / 2);
    await this.hoverWidget().waitFor({ state: 'visible', timeout: 15000 });
    // Let the hover settle: the markers first, then the other hover providers and the quick-fix probe.
    let last = '';
    for (const deadline = Date.now() + 15000; Date.now() < deadline; await sleep(250)) {
      const text = await this.hoverWidget().innerText().catch(() => '');
      if (text && text === last && !/Loading|Checking for quick fixes/.test(text)) break;
      last = text;
    }
    return (await this.hoverWidget().innerText()).trim();
  }

  /** The editor hover showing a Vouch diagnostic. */
  hoverWidget(): Locator {
    return this.page.locator('.monaco-hover:visible').filter({ hasText: 'vouch' }).first();
  }

  /** The line number in the active editor's gutter, for placing screenshots by line. */
  line(n: number): Locator {
    return this.editor().locator('.margin-view-overlays .line-numbers').filter({ hasText: new RegExp(`^\\s*${n}\\s*$`) }).first();
  }

  quickFixWidget(): Locator {
    return this.page.locator('.action-widget:not(.action-list-submenu-panel)').first();
  }

  async dismiss(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.page.mouse.move(5, 5);
  }

  /** Ctrl+. at the cursor: the quick-fix menu's item titles. */
  async openQuickFixMenu(): Promise<string[]> {
    const items = this.quickFixWidget().locator('.monaco-list-row.action');
    // On a loaded machine a keypress can land while the editor is still taking focus back from a hover or the
    // Go to Line box, and VS Code then opens nothing: press again (Escape first) before calling it a failure.
    for (let attempt = 1; ; attempt++) {
      await this.page.keyboard.press('Control+.');
      if (await items.first().waitFor({ state: 'visible', timeout: 6000 }).then(() => true, () => false)) break;
      if (attempt === 3) {
        const said = await this.page.locator('.monaco-editor-overlaymessage, .monaco-hover:visible').allInnerTexts().catch(() => []);
        throw new Error(`Ctrl+. opened no quick-fix menu after ${attempt} tries; the editor said: ${JSON.stringify(said)}`);
      }
      console.log(`      (Ctrl+. opened nothing within 6 s, try ${attempt}; pressing it again)`);
      await this.page.keyboard.press('Escape');
      // Focus the editor's input element (this does not move the cursor).
      await this.editor().locator('textarea.inputarea, .native-edit-context').first().focus().catch(() => undefined);
    }
    await sleep(300); // the menu grows as every provider answers
    return (await items.allInnerTexts()).map(s => s.trim());
  }

  /** The quick-fix menu's "Quick Fix" entries (Vouch's), without the refactorings other extensions add below. */
  quickFixItems(): Locator {
    return this.quickFixWidget().locator('.monaco-list-row.action').filter({ has: this.page.locator('.codicon-lightbulb, .codicon-lightbulb-autofix, .codicon-light-bulb') });
  }

  async chooseQuickFix(title: RegExp): Promise<void> {
    const item = this.quickFixWidget().locator('.monaco-list-row.action').filter({ hasText: title }).first();
    await item.waitFor({ state: 'visible' });
    await item.hover();
    await item.click();
    await this.quickFixWidget().waitFor({ state: 'hidden' }).catch(() => undefined);
  }

  /** F1, the command's title, then the palette entry with exactly that title. */
  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${title}`);
    const rows = this.page.locator('.quick-input-list .monaco-list-row');
    await rows.filter({ hasText: title.replace(/^[^:]*:\s*/, '') }).first().waitFor({ timeout: 15000 });
    await sleep(200); // the list settles as the providers answer
    const labels = await rows.evaluateAll(els => els.map(e => (e.getAttribute('aria-label') ?? '').trim()));
    const i = labels.findIndex(l => l === title || l.startsWith(`${title},`));
    if (i < 0) throw new Error(`the command palette has no "${title}"; it shows ${JSON.stringify(labels)}`);
    await rows.nth(i).click();
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  /** "File: Save All Files", then waits until no editor tab is dirty. */
  async saveAll(): Promise<void> {
    await this.runCommand('File: Save All Files');
    await this.page.locator('.tab.dirty').first().waitFor({ state: 'detached', timeout: 10000 });
  }

  /** Ctrl+Shift+M: the Problems panel's rows (file rows and marker rows) as text. */
  async problemsPanel(): Promise<string[]> {
    const panel = this.page.locator('.markers-panel');
    if (!(await panel.isVisible())) await this.page.keyboard.press('Control+Shift+M');
    await panel.waitFor({ state: 'visible' });
    await sleep(300);
    return (await panel.locator('.monaco-list-row').allInnerTexts()).map(s => s.replace(/\s+/g, ' ').trim());
  }

  async waitForProblemsPanel(pred: (rows: string[]) => boolean, what: string, timeout = 30000): Promise<string[]> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const rows = await this.problemsPanel();
      if (pred(rows)) return rows;
      if (Date.now() > deadline) throw new Error(`the Problems panel never showed ${what}; rows: ${JSON.stringify(rows)}`);
      await sleep(300);
    }
  }

  async clearNotifications(): Promise<void> {
    await this.runCommand('Notifications: Clear All Notifications');
    await this.page.locator('.notification-toast').first().waitFor({ state: 'detached', timeout: 5000 }).catch(() => undefined);
  }

  async closePanel(): Promise<void> {
    if (await this.page.locator('.part.panel').isVisible()) await this.page.keyboard.press('Control+J');
  }

  /** The active editor's text as rendered (small files only: Monaco renders what is visible). */
  async editorText(): Promise<string> {
    return (await this.editor().locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');
  }

  async save(): Promise<void> {
    await this.page.keyboard.press('Control+S');
    await this.page.locator('.tab.active.dirty').waitFor({ state: 'detached', timeout: 10000 }).catch(() => undefined);
  }

  /**
   * Blurs every rendered editor span holding one of the fake secrets, so screenshots show no token in full (the
   * hover, the Problems panel and the menus show only the masked form). Monaco re-renders lines on edits, so
   * call this right before each screenshot.
   */
  async blurSecrets(secrets: string[]): Promise<void> {
    await this.page.evaluate((needles: string[]) => {
      for (const span of Array.from(document.querySelectorAll('.view-line span span') as ArrayLike<any>)) {
        const text = span.textContent ?? '';
        if (needles.some(s => text.includes(s.slice(0, 8)) || (text.length >= 8 && s.includes(text.replace(/["'`]/g, ''))))) {
          span.style.filter = 'blur(5px)';
        }
      }
    }, secrets);
  }

  /**
   * Saves a PNG of the page, or of the editor's full width between the top and bottom of some locators (lines,
   * hovers, menus), padded and clipped to the viewport.
   */
  async screenshot(file: string, around?: Locator[], pad = 12): Promise<void> {
    if (!around?.length) { await this.page.screenshot({ path: file }); return; }
    const boxes = (await Promise.all(around.map(l => l.boundingBox()))).filter((b): b is NonNullable<typeof b> => !!b);
    const editor = await this.editor().boundingBox();
    if (editor) boxes.push({ x: editor.x, y: boxes[0]?.y ?? editor.y, width: editor.width, height: 1 });
    const vp = this.page.viewportSize()!;
    const x = Math.max(0, Math.min(...boxes.map(b => b.x)));
    const y = Math.max(0, Math.min(...boxes.map(b => b.y)) - 4);
    const right = Math.min(vp.width, Math.max(...boxes.map(b => b.x + b.width)));
    const bottom = Math.min(vp.height, Math.max(...boxes.map(b => b.y + b.height)) + pad);
    await this.page.screenshot({ path: file, clip: { x, y, width: right - x, height: bottom - y } });
  }

}
