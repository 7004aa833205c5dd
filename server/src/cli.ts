/**
 * CLI wiring only: argument parsing, output formats, exit codes. Exit 0: nothing at or above --fail-on;
 * 1: something is; 2: usage or I/O error, with a one-line message on stderr.
 */
import * as fs from 'fs';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';
import { scan } from './cli/scan';
import { PathError } from './cli/walk';
import { formatJson } from './cli/formatJson';
import { formatText } from './cli/formatText';
import { formatSarif } from './cli/formatSarif';
import { ConfigError } from './core/config/vouchConfig';
import { SEVERITY_ORDER, Severity } from './core/findings';
import { VERSION } from './version';

const USAGE = `Usage:
  vouch scan [paths…] [--format text|json|sarif] [--output FILE] [--fail-on error|warning|information|never]
             [--max-file-size BYTES]
  vouch lsp --stdio          run the language server for any LSP editor (also --node-ipc, --socket=N)
  vouch --version | --help`;

class UsageError extends Error {}

interface ScanArgs { paths: string[]; format: 'text' | 'json' | 'sarif'; output?: string; failOn: Severity | 'never'; maxFileSize: number }

function parseScanArgs(args: string[]): ScanArgs {
  const out: ScanArgs = { paths: [], format: 'text', failOn: 'warning', maxFileSize: 2 * 1024 * 1024 };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? args[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--format': {
        const v = value();
        if (v !== 'text' && v !== 'json' && v !== 'sarif') throw new UsageError(`--format must be text, json or sarif, not "${v}"`);
        out.format = v;
        break;
      }
      case '--output': case '-o': out.output = value(); break;
      case '--fail-on': {
        const v = value();
        if (!['error', 'warning', 'information', 'never'].includes(v)) throw new UsageError(`--fail-on must be error, warning, information or never, not "${v}"`);
        out.failOn = v as ScanArgs['failOn'];
        break;
      }
      case '--max-file-size': {
        const v = Number(value());
        if (!Number.isFinite(v) || v <= 0) throw new UsageError('--max-file-size must be a positive number of bytes');
        out.maxFileSize = v;
        break;
      }
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
        out.paths.push(a);
    }
  }
  if (out.paths.length === 0) out.paths.push('.');
  return out;
}

function runScan(args: string[]): number {
  const opts = parseScanArgs(args);
  const report = scan({ paths: opts.paths, maxFileSize: opts.maxFileSize, cwd: process.cwd() });
  const color = !opts.output && process.stdout.isTTY && !process.env.NO_COLOR;
  const text = opts.format === 'json' ? formatJson(report) : opts.format === 'sarif' ? formatSarif(report) : formatText(report, !!color);
  if (opts.output) {
    try { fs.writeFileSync(opts.output, text); } catch (e) {
      throw new PathError(`${opts.output}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    process.stderr.write(`vouch: wrote ${report.findings.length} findings from ${report.filesScanned} files to ${opts.output}\n`);
  } else {
    process.stdout.write(text);
  }
  if (opts.format !== 'text') for (const s of report.skipped) process.stderr.write(`vouch: skipped ${s.file}: ${s.reason}\n`);
  if (opts.failOn === 'never') return 0;
  const threshold = SEVERITY_ORDER[opts.failOn];
  return report.findings.some(f => SEVERITY_ORDER[f.severity] <= threshold) ? 1 : 0;
}

export function main(argv: string[]): number | 'serving' {
  const [command, ...rest] = argv;
  switch (command) {
    case 'scan': return runScan(rest);
    case 'lsp':
      if (!rest.some(a => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
        throw new UsageError('lsp needs a transport: --stdio, --node-ipc, --socket=PORT or --pipe=NAME');
      }
      startServer(createConnection(ProposedFeatures.all));
      return 'serving';
    case '--version': case '-v': process.stdout.write(`${VERSION}\n`); return 0;
    case '--help': case '-h': case 'help': process.stdout.write(`${USAGE}\n`); return 0;
    case undefined: throw new UsageError('missing command (try "vouch scan .")');
    default: throw new UsageError(`unknown command "${command}"`);
  }
}

export function run(): void {
  let code: number | 'serving';
  try {
    code = main(process.argv.slice(2));
  } catch (e) {
    const msg = e instanceof UsageError ? `${e.message}\n${USAGE}` : e instanceof PathError || e instanceof ConfigError ? e.message : `internal error: ${(e as Error).message}`;
    process.stderr.write(`vouch: ${msg}\n`);
    code = 2;
  }
  if (code !== 'serving') process.exitCode = code;
}

if (require.main === module) run();
