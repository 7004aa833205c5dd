/**
 * Which scenarios the editors can be held to today. Features still being built are switched on here the moment
 * they exist, so a scenario is never reported as passing for a feature that is missing, and never skipped once
 * the feature is there:
 * - a command counts as present when package.json contributes it;
 * - a server feature counts as present when the bundled server (dist/cli.js, the one packaged into the VSIX)
 *   offers it over LSP for the e2e workspace's own files.
 * A present feature that then fails in the editor fails the suite.
 */
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { CodeAction, Command, Diagnostic } from 'vscode-languageserver-protocol/node';
import { LspClient, REPO } from '../../helpers/lspClient';
import type { E2eWorkspace } from './workspace';

export const ACTIONS = {
  allow: /Allow this secret here/,
  moveToEnv: /Move secret to an environment variable/,
};

export interface Features {
  /** Command titles from package.json, keyed by command id. */
  commands: Map<string, string>;
  /** "Vouch: Scan Workspace" is contributed. */
  scanWorkspace: string | undefined;
  /** The server offers the move-to-env quick fix for a secret. */
  moveToEnv: boolean;
  /** The server reports `ai/untagged-block` for pasted chat output. */
  aiUntagged: boolean;
  /** Lines [first, last] (1-based) the server reports as the untagged block, when it does. */
  untaggedLines?: [number, number];
}

export function contributedCommands(): Map<string, string> {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
  const out = new Map<string, string>();
  for (const c of pkg.contributes?.commands ?? []) out.set(c.command, c.category ? `${c.category}: ${c.title}` : c.title);
  return out;
}

const titles = (actions: (CodeAction | Command)[] | null) => (actions ?? []).map(a => a.title);

export async function probeFeatures(ws: E2eWorkspace): Promise<Features> {
  const commands = contributedCommands();
  const client = new LspClient();
  try {
    // What VS Code itself advertises for workspace edits and code actions.
    await client.initialize(pathToFileURL(ws.dir).href, {
      workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] } },
      textDocument: { codeAction: { disabledSupport: true, isPreferredSupport: true, dataSupport: true } },
    });
    const open = async (rel: string, languageId: string): Promise<Diagnostic[]> => {
      const uri = pathToFileURL(path.join(ws.dir, rel)).href;
      await client.open(uri, languageId, fs.readFileSync(path.join(ws.dir, rel), 'utf8'));
      return (await client.diagnostics(uri, p => p.diagnostics.length > 0, 10000)).diagnostics;
    };
    const moveDiags = await open(ws.files.moveToEnv, 'typescript');
    const moveUri = pathToFileURL(path.join(ws.dir, ws.files.moveToEnv)).href;
    const moveToEnv = titles(await client.codeActions(moveUri, moveDiags.filter(d => d.source === 'vouch'))).some(t => ACTIONS.moveToEnv.test(t));

    let untagged: Diagnostic | undefined;
    try {
      untagged = (await open(ws.files.untagged, 'typescript')).find(d => d.code === 'ai/untagged-block');
    } catch { /* no diagnostics at all: the feature is not there */ }
    return {
      commands,
      scanWorkspace: commands.get('vouch.scanWorkspace'),
      moveToEnv,
      aiUntagged: !!untagged,
      untaggedLines: untagged && [untagged.range.start.line + 1, untagged.range.end.line + 1],
    };
  } finally {
    await client.shutdown();
  }
}

/**
 * For a scenario whose feature does not exist yet: says so in the test title and the output, and marks it
 * pending (never passing). Throws nothing, so a missing feature does not fail CI.
 */
export function notYetImplemented(ctx: Mocha.Context, what: string): never {
  const msg = `NOT YET IMPLEMENTED: ${what} — this scenario switches on by itself when the feature lands`;
  if (ctx.test) ctx.test.title += ` [${msg}]`;
  console.log(`      ! ${msg}`);
  ctx.skip();
}
