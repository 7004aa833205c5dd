/**
 * Measures secret detection on ../shared/corpus (cases derived from gitleaks, secretlint and detect-secrets test
 * suites). Usage: node out/scripts/corpus.js [--rule <gitleaks-rule>] [--misses N] [--json FILE]
 * Prints recall and false-positive rates per part; never prints a secret (misses are shown masked).
 */
import { measureCorpus, formatReport } from '../test/corpus/measure';

const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const report = measureCorpus({ rule: opt('--rule'), showMisses: Number(opt('--misses') ?? 0) });
console.log(formatReport(report));
if (opt('--json')) require('fs').writeFileSync(opt('--json')!, JSON.stringify(report, null, 2));
