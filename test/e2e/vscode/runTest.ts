/**
 * Runs the integration suite inside desktop VS Code's extension host with @vscode/test-electron. It downloads a
 * VS Code build into .vscode-test/, so it runs only on machines that can reach update.code.visualstudio.com (not
 * in this project's CI, where the same scenarios run in code-server: test/e2e/codeserver). On Linux without a
 * display, run it under xvfb-run. `npm run test:vscode`; VOUCH_VSCODE_VERSION picks a version (default: stable);
 * VOUCH_VSCODE_EXECUTABLE uses a VS Code that is already installed instead of downloading one.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';
import { REPO } from '../../helpers/repo';
import { probeFeatures } from '../helpers/features';
import { makeWorkspace } from '../helpers/workspace';

async function main(): Promise<void> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'vouch-e2e-vscode-'));
  const ws = makeWorkspace(home);
  // Which scenarios can pass today is decided here, in plain Node, where the bundled server can be spawned.
  const features = await probeFeatures(ws);
  const userDir = path.join(home, 'user-data');
  fs.mkdirSync(path.join(userDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDir, 'User', 'settings.json'), JSON.stringify({
    'security.workspace.trust.enabled': false,
    'workbench.startupEditor': 'none',
    'typescript.validate.enable': false,
    'javascript.validate.enable': false,
    'json.validate.enable': false,
    'files.refactoring.autoSave': false,
  }, null, 2));
  try {
    await runTests({
      version: process.env.VOUCH_VSCODE_VERSION || 'stable',
      vscodeExecutablePath: process.env.VOUCH_VSCODE_EXECUTABLE || undefined,
      extensionDevelopmentPath: REPO,
      extensionTestsPath: path.join(__dirname, 'suite', 'index.js'),
      extensionTestsEnv: {
        VOUCH_E2E_WS: JSON.stringify(ws),
        VOUCH_E2E_FEATURES: JSON.stringify({ ...features, commands: Object.fromEntries(features.commands) }),
      },
      launchArgs: [ws.dir, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
        '--user-data-dir', userDir, '--extensions-dir', path.join(home, 'extensions')],
    });
  } finally {
    if (!process.env.VOUCH_E2E_KEEP) fs.rmSync(home, { recursive: true, force: true });
  }
}

main().catch(err => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
