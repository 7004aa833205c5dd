/**
 * The CLI's fast paths must give exactly what the general code gives: the reused-buffer reader equals
 * readForScanSync, the chunked JSON report equals JSON.stringify, and a partial literal-line scan equals the
 * first lines of a whole one.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readForScanShared, readForScanSync } from '../../server/src/workspace/readForScan';
import { formatJson, formatJsonChunks } from '../../server/src/cli/formatJson';
import { LineIndex } from '../../server/src/core/text/lineIndex';
import { lineStarts } from '../../server/src/core/text/literalLines';
import type { ScanReport } from '../../server/src/workspace/report';

describe('scan fast paths', () => {
  it('the reused-buffer reader equals readForScanSync', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vouch-read-'));
    try {
      const files: [string, Buffer | string][] = [
        ['empty.txt', ''], ['small.ts', 'const a = "é ✓ 😀";\n'], ['bin.dat', Buffer.from([1, 2, 0, 3])],
        ['big.txt', 'x'.repeat(700 * 1024) + '\nend\n'], ['late-nul.txt', Buffer.concat([Buffer.alloc(9000, 65), Buffer.from([0])])],
        ['too-big.txt', 'y'.repeat(5000)], ['after-big.txt', 'short\n'],
      ];
      for (const [name, content] of files) fs.writeFileSync(path.join(dir, name), content);
      fs.mkdirSync(path.join(dir, 'sub'));
      for (const name of [...files.map(f => f[0]), 'sub', 'missing.txt']) {
        const file = path.join(dir, name);
        const max = name === 'too-big.txt' ? 4096 : 2 * 1024 * 1024;
        assert.deepStrictEqual(readForScanShared(file, max), readForScanSync(file, max), name);
      }
    } finally { fs.rmSync(dir, { recursive: true, force: true }); }
  });

  it('the chunked JSON report is byte for byte JSON.stringify', () => {
    const finding = (i: number) => ({
      file: `src/f${i}.ts`, line: i + 1, column: 2, endLine: i + 1, endColumn: 9, code: 'secret/generic',
      severity: 'warning' as const, message: `Hard-coded "secret"\nline\t${i} …`, fingerprint: `fp${i}`, docs: 'https://x',
    });
    for (const n of [0, 1, 2, 499, 500, 501, 1203]) {
      const r: ScanReport = { filesScanned: n * 3, findings: Array.from({ length: n }, (_, i) => finding(i)), skipped: [], durationMs: 1 };
      const expected = JSON.stringify({
        version: 1, filesScanned: r.filesScanned,
        findings: r.findings.map(f => ({ file: f.file, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, code: f.code, severity: f.severity, message: f.message, fingerprint: f.fingerprint })),
      }, null, 2) + '\n';
      assert.strictEqual(formatJson(r), expected, `${n} findings`);
      assert.strictEqual([...formatJsonChunks(r, 7)].join(''), expected, `${n} findings, small chunks`);
    }
  });

  it('line starts: lazy index, \\r\\n and lone \\r, partial literal-line scans', () => {
    for (const text of ['', 'a', 'a\nb\n', 'a\r\nb\rc\n\nd', '\r\r\n\n']) {
      const idx = new LineIndex(text);
      const expected: number[] = [0];
      for (let i = 0; i < text.length; i++) {
        if (text[i] === '\n') expected.push(i + 1);
        else if (text[i] === '\r') { if (text[i + 1] === '\n') i++; expected.push(i + 1); }
      }
      assert.deepStrictEqual(Array.from({ length: idx.lineCount }, (_, l) => idx.lineStart(l)), expected, JSON.stringify(text));
    }
    const src = 'const a = `\nline\n`;\n/* x\n y */\nconst s = "q";\n"""\ndoc\n"""\n';
    for (const lang of ['typescript', 'python']) {
      const whole = lineStarts(new LineIndex(src), lang);
      for (let through = 0; through < whole.length; through++) {
        const lines = new LineIndex(src);
        assert.deepStrictEqual(lineStarts(lines, lang, through).slice(0, through + 1), whole.slice(0, through + 1), `${lang} through ${through}`);
        assert.deepStrictEqual(lineStarts(lines, lang), whole, `${lang}: a longer request after a partial one`);
      }
    }
  });
});
