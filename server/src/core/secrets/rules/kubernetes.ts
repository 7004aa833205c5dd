/**
 * Kubernetes Secret manifests: in a YAML document of `kind: Secret`, every entry under `data:` is a base64-encoded
 * secret value (https://kubernetes.io/docs/concepts/configuration/secret/). Block scalars (`key: |` / `key: >` with
 * the value on the next line) count too. Other kinds (`ExternalSecret`, `SopsSecret`, `SealedSecret`) hold references
 * or ciphertext and are not flagged, nor are empty values, templates or values shorter than 12 base64 characters.
 */
import type { MatchContext, SecretRule } from '../rule';

/** Per text: the `---`-separated YAML documents and whether each declares `kind: Secret` (computed once per text). */
let cache: { text: string; starts: number[]; secret: boolean[] } | undefined;

function documents(text: string): { starts: number[]; secret: boolean[] } {
  if (cache?.text === text) return cache;
  const starts = [0];
  const sep = /^---[^\n]*$/gm;
  for (let m = sep.exec(text); m; m = sep.exec(text)) starts.push(m.index);
  const secret = starts.map((s, i) => /^[ \t]*kind:[ \t]*["']?secret["']?[ \t]*(?:#.*)?$/im.test(text.slice(s, starts[i + 1] ?? text.length)));
  cache = { text, starts, secret };
  return cache;
}

function inSecretDocument(text: string, at: number): boolean {
  const { starts, secret } = documents(text);
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid; else hi = mid - 1;
  }
  return secret[lo];
}

/** Is the entry at `at` directly under a `data:` key (the nearest less-indented key above it)? Looks back 200 lines. */
function underData(text: string, at: number, indent: number): boolean {
  let end = text.lastIndexOf('\n', at - 1);
  for (let n = 0; end > 0 && n < 200; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const l = text.slice(start, end);
    end = start - 1;
    if (!l.trim() || /^\s*#/.test(l)) continue;
    const ind = l.length - l.trimStart().length;
    if (ind < indent) return /^\s*data:\s*$/.test(l);
  }
  return false;
}

function accept(secret: string, _line: string, ctx: MatchContext): boolean {
  if (secret.length < 12) return false;
  if (!inSecretDocument(ctx.text, ctx.start)) return false;
  return underData(ctx.text, ctx.start, (ctx.groups.indent ?? '').length);
}

export const kubernetesSecret: SecretRule = {
  id: 'secret/kubernetes-secret',
  title: 'Kubernetes Secret data',
  keywords: ['secret'],
  wholeText: true, // `kind: Secret` can be anywhere in the document
  pattern: /(?<![^\n])(?<indent>[ \t]{1,20})(?<name>[A-Za-z0-9_.\-]{1,100}):[ \t]{0,20}(?:[|>][-+]?[ \t]{0,20}\r?\n[ \t]{1,40})?(?<q>["']?)(?<secret>[A-Za-z0-9+/]{4,16000}={0,2})\k<q>[ \t]{0,20}(?=\r?\n|$)/,
  envName: 'K8S_SECRET',
  docs: 'https://kubernetes.io/docs/concepts/configuration/secret/',
  accept,
  validate(secret) {
    const decoded = Buffer.from(secret, 'base64').toString('utf8');
    return /^[\x09\x0a\x0d\x20-\x7e]+$/.test(decoded)
      ? { valid: true, detail: 'base64 data of a Kubernetes Secret decodes to text' }
      : { valid: true, detail: 'base64 data of a Kubernetes Secret' };
  },
  samples: kit => ({
    secret: [
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ntype: Opaque\ndata:\n  password: ${kit.base64Of(18)}\n`,
      `apiVersion: v1\ndata:\n  .dockercfg: |\n    ${kit.base64Of(60)}\nmetadata:\n  name: secret-dockercfg\nkind: Secret\n`,
      `apiVersion: "v1"\ndata:\n\textra: "${kit.base64Of(15)}"\nkind: "secret"\n`,
    ],
    clean: [
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ndata:\n  htpasswd: ''\n  csrf: ""\n  password: {{ .Values.Password }}\n`,
      `apiVersion: v1\nkind: ConfigMap\ndata:\n  config: ${kit.base64Of(30)}\n`,
      `apiVersion: isindir.github.com/v1alpha3\nkind: SopsSecret\nspec:\n  secretTemplates:\n    - name: x\n      data:\n        data-name1: ${kit.base64Of(12)}\n`,
      `apiVersion: v1\nkind: Secret\ndata:\n\textra: YmFyCg==\n`,
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${kit.base64Of(20)}\n  labels:\n    app: x\n`,
    ],
  }),
};
