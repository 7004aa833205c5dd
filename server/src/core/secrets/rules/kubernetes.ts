/**
 * Kubernetes Secret manifests: in a YAML document of `kind: Secret`, every entry under `data:` is a base64-encoded
 * secret value (https://kubernetes.io/docs/concepts/configuration/secret/). Block scalars (`key: |` / `key: >` with
 * the value on the next line) count too. Other kinds (`ExternalSecret`, `SopsSecret`, `SealedSecret`) hold references
 * or ciphertext and are not flagged, nor are empty values, templates or values shorter than 12 base64 characters.
 */
import type { MatchContext, SecretRule } from '../rule';

/** The YAML document (between `---` lines) around an offset, bounded to 64 KB each way. */
function documentAround(text: string, at: number): string {
  const from = Math.max(0, at - 65536), to = Math.min(text.length, at + 65536);
  const before = text.slice(from, at), after = text.slice(at, to);
  const start = before.search(/(?:^|\n)---[^\n]*\n(?![\s\S]*\n---[^\n]*\n)/);
  const end = after.search(/\n---[^\n]*(?:\n|$)/);
  return (start >= 0 ? before.slice(start) : before) + (end >= 0 ? after.slice(0, end) : after);
}

/** Is the entry at `at` directly under a `data:` key (the nearest less-indented key above it)? */
function underData(text: string, at: number, indent: number): boolean {
  const lines = text.slice(Math.max(0, at - 16384), at).split('\n');
  lines.pop(); // the entry's own line
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i];
    if (!l.trim() || /^\s*#/.test(l)) continue;
    const ind = l.length - l.trimStart().length;
    if (ind < indent || (indent === 0 && ind === 0)) return /^\s*data:\s*$/.test(l);
  }
  return false;
}

function accept(secret: string, _line: string, ctx: MatchContext): boolean {
  if (secret.length < 12) return false;
  const doc = documentAround(ctx.text, ctx.start);
  if (!/(?:^|\n)[ \t]*kind:[ \t]*["']?secret["']?[ \t]*(?:#.*)?(?:\r?\n|$)/i.test(doc)) return false;
  return underData(ctx.text, ctx.start, (ctx.groups.indent ?? '').length);
}

export const kubernetesSecret: SecretRule = {
  id: 'secret/kubernetes-secret',
  title: 'Kubernetes Secret data',
  keywords: ['secret'],
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
