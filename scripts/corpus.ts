/**
 * Measures secret detection on ../shared/corpus (cases derived from gitleaks, secretlint and detect-secrets test
 * suites). Usage: node out/scripts/corpus.js [--rule <gitleaks-rule>] [--misses N] [--json FILE] [--placeholder-hints]
 * Prints recall and false-positive rates per part; never prints a secret (misses are shown masked).
 * `--placeholder-hints` is an experiment, not the product: provider-shaped placeholders (`ghp_xxxx…`, `AKIAZZZZ…`)
 * count as findings, which shows that the corpus parts label the same kind of value oppositely (docs/corpus.md).
 */
import { measureCorpus, formatReport } from '../test/corpus/measure';

const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const placeholderHints = args.includes('--placeholder-hints');
const report = measureCorpus({ rule: opt('--rule'), showMisses: Number(opt('--misses') ?? 0), placeholderHints });
if (placeholderHints) console.log('EXPERIMENT: provider-shaped placeholders are counted as findings (hints); the product drops them.');
console.log(formatReport(report));
if (opt('--json')) require('fs').writeFileSync(opt('--json')!, JSON.stringify(report, null, 2));
