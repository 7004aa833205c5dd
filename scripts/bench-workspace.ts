/**
 * `npm run bench:workspace`: "Vouch: Scan Workspace" on a 50,000-file workspace, through the language server.
 *
 * Generates N small source files (default 50,000, ~1 KB each, a fake secret in one file of 500 and pasted chat
 * output in one of 1,000) in a temporary folder, starts the bundled server (`vouch lsp --stdio`, as any editor
 * does), opens one file, and sends vouch/scanWorkspace. While the scan runs it
 *   - samples the server process's resident memory (VmRSS in /proc/<pid>/status) every 20 ms, and
 *   - types into the open file every 200 ms (didChange) and times each until its diagnostics arrive,
 * so it shows both the memory ceiling (target: under 150 MB) and that typing is not frozen by the scan.
 *
 * Options: --files=50000  --keep (leave the folder in place)  --git (make it a git repository: listing by git).
 * Exit code 1 when the peak RSS is over 150 MB or an edit waited more than a second.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { pathToFileURL } from 'url';
import { LspClient } from '../test/helpers/lspClient';
import { fakeSecrets } from '../test/helpers/fakeSecrets';
import { ScanWorkspaceRequest } from '../server/src/protocol';

const MEMORY_TARGET_MB = 150;
const EDIT_LIMIT_MS = 1000;

const arg = (name: string) => process.argv.find(a => a.startsWith(`--${name}=`))?.split('=')[1];
const FILES = Number(arg('files') ?? 50000);
const KEEP = process.argv.includes('--keep');
const GIT = process.argv.includes('--git');

function generate(dir: string, n: number): { bytes: number; secrets: number; aiBlocks: number } {
  const fake = fakeSecrets(50000);
  let bytes = 0, secrets = 0, aiBlocks = 0;
  for (let i = 0; i < n; i++) {
    const sub = path.join(dir, `pkg${String(Math.floor(i / 250)).padStart(3, '0')}`);
    if (i % 250 === 0) fs.mkdirSync(sub, { recursive: true });
    const lines = [
      `// module ${i}`,
      `import { helper${i % 17} } from './helper';`,
      '',
      `export function compute${i}(input: number[]): number {`,
      '  let total = 0;',
      '  for (const value of input) {',
      `    if (value > ${i % 100}) total += value * ${(i % 7) + 1};`,
      '    else total -= value;',
      '  }',
      `  return helper${i % 17}(total);`,
      '}',
      '',
      `export const NAME_${i} = "component-${i}";`,
      `export const TIMEOUT_MS = ${1000 + (i % 5000)};`,
    ];
    if (i % 500 === 7) { lines.push(`export const token = "${fake.githubToken()}";`); secrets++; }
    if (i % 1000 === 3) {
      lines.push("Here's the updated code:", '```ts', 'export function retry() {', '  return 3;', '}', '```');
      aiBlocks++;
    }
    while (lines.join('\n').length < 900) lines.push(`// padding line ${lines.length} for module ${i}`);
    const text = lines.join('\n') + '\n';
    bytes += text.length;
    fs.writeFileSync(path.join(sub, `file${i}.ts`), text);
  }
  return { bytes, secrets, aiBlocks };
}

function rssMb(pid: number): number | undefined {
  try {
    const m = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
    return m ? Number(m[1]) / 1024 : undefined;
  } catch { return undefined; }
}

const quantile = (xs: number[], q: number) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

async function main(): Promise<void> {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'vouch-bench-ws-')));
  let client: LspClient | undefined;
  try {
    const t0 = performance.now();
    const corpus = generate(dir, FILES);
    if (GIT) {
      execFileSync('git', ['init', '-q'], { cwd: dir });
      execFileSync('git', ['add', '-A'], { cwd: dir });
    }
    console.log(`Generated ${FILES.toLocaleString('en-US')} files (${(corpus.bytes / 1024 / 1024).toFixed(1)} MB, ${corpus.secrets} secrets, ${corpus.aiBlocks} pasted blocks) in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${dir}`);

    client = new LspClient();
    const pid = client.proc.pid!;
    client.settings = { debounce: 0 };
    await client.initialize(pathToFileURL(dir).href, { window: { workDoneProgress: true } });
    const edited = pathToFileURL(path.join(dir, 'pkg000', 'file0.ts')).href;
    const base = fs.readFileSync(path.join(dir, 'pkg000', 'file0.ts'), 'utf8');
    await client.open(edited, 'typescript', base);
    await client.diagnostics(edited);
    const idle = rssMb(pid)!;

    let peak = idle;
    const samples: number[] = [];
    const sampler = setInterval(() => { const r = rssMb(pid); if (r !== undefined) { samples.push(r); peak = Math.max(peak, r); } }, 20);

    const latencies: number[] = [];
    let scanning = true;
    const typing = (async () => {
      let n = 0;
      while (scanning) {
        await new Promise(r => setTimeout(r, 200));
        if (!scanning) break;
        const text = base + `export const typed${n++} = ${n};\n`;
        const sent = performance.now();
        const v = await client!.change(edited, text);
        await client!.diagnostics(edited, p => p.version === v, 30000);
        latencies.push(performance.now() - sent);
      }
    })();

    const started = performance.now();
    const result = await client.request<ScanWorkspaceRequest.Result>(ScanWorkspaceRequest.method, { workDoneToken: 'bench' });
    const wall = performance.now() - started;
    scanning = false;
    await typing;
    clearInterval(sampler);
    const after = rssMb(pid)!;

    const report = {
      files: FILES,
      git: GIT,
      scan: { ...result, durationMs: Math.round(result.durationMs) },
      wallSeconds: +(wall / 1000).toFixed(2),
      filesPerSecond: Math.round(result.filesScanned / (wall / 1000)),
      rssMb: { idle: +idle.toFixed(1), peak: +peak.toFixed(1), afterScan: +after.toFixed(1), median: +quantile(samples, 0.5).toFixed(1), samples: samples.length },
      editLatencyMs: {
        edits: latencies.length,
        median: +quantile(latencies, 0.5).toFixed(1), p95: +quantile(latencies, 0.95).toFixed(1), max: +Math.max(...latencies).toFixed(1),
      },
      node: process.version,
      cpus: os.cpus().length,
    };
    console.log(JSON.stringify(report, null, 2));
    const problems: string[] = [];
    if (peak > MEMORY_TARGET_MB) problems.push(`peak RSS ${peak.toFixed(1)} MB is over ${MEMORY_TARGET_MB} MB`);
    if (latencies.some(l => l > EDIT_LIMIT_MS)) problems.push(`an edit waited ${Math.max(...latencies).toFixed(0)} ms for its diagnostics during the scan`);
    if (result.filesScanned !== FILES) problems.push(`scanned ${result.filesScanned} of ${FILES} files`);
    console.log(problems.length ? `FAIL: ${problems.join('; ')}` : `OK: peak RSS ${peak.toFixed(1)} MB (< ${MEMORY_TARGET_MB} MB), edits answered in ${report.editLatencyMs.max} ms at most while scanning`);
    if (problems.length) process.exitCode = 1;
  } finally {
    await client?.shutdown().catch(() => undefined);
    if (!KEEP) fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch(e => { console.error(e); process.exit(2); });
