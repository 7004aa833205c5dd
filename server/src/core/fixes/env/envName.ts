/**
 * The environment variable's NAME: from the assignment or key the secret is given to (`apiKey` → `API_KEY`,
 * `stripe.api_key` → `STRIPE_API_KEY`), else the rule's own (`GITHUB_TOKEN`); made unique against `.env`.
 */

/** What the value is assigned to, read from the text just before it on the same line. */
const ASSIGNED_TO: RegExp[] = [
  // Dockerfile `ENV NAME value` / `ARG NAME=value`
  /^\s*(?:ENV|ARG)\s+([A-Za-z_][\w.]*)(?:\s+|=)$/i,
  // `name: Type = `, `let name: &str = `
  /([A-Za-z_$@][\w$.@]*(?:(?:->|::)[A-Za-z_]\w*)*)\s*:\s*&?[A-Za-z_][\w<>\[\]|.?, ]*\s*=\s*$/,
  // `name = `, `name := `, `"name": `, `'name' => `, `:name => `, `name: `, `export NAME=`
  /([A-Za-z_$@][\w$.@\-]*(?:(?:->|::)[A-Za-z_]\w*)*)["'\]]?\s*(?:=|:=|\|\|=|\?\?=|:|=>)\s*$/,
  // `setApiKey(`, `.apiKey(`
  /\bset([A-Z]\w*)\(\s*$/,
  // `put("api_key", `, `setenv("NAME", `, `header("X-Api-Key", `
  /\(\s*["']([\w.\-]+)["']\s*,\s*$/,
];

/** Leading path segments that say where a value lives, not what it is. */
const CONTAINERS = new Set(['this', 'self', 'cls', 'config', 'conf', 'cfg', 'settings', 'options', 'opts', 'params', 'props', 'env', 'environment', 'app', 'module', 'exports', 'window', 'global', 'globalthis', 'os', 'process', 'environ', 'export', 'let', 'var', 'const', 'val', 'private', 'public', 'static', 'readonly', 'final']);

/** Names that say "a secret" but not which one: a provider rule's own name says more. */
const VAGUE = new Set(['TOKEN', 'KEY', 'SECRET', 'PASSWORD', 'PASS', 'PWD', 'PASSWD', 'API_KEY', 'APIKEY', 'AUTH', 'AUTHORIZATION', 'VALUE', 'CREDENTIALS', 'CREDENTIAL', 'ACCESS_TOKEN', 'SECRET_KEY', 'AUTH_TOKEN']);
const SAYS_SECRET = /KEY|TOKEN|SECRET|PASS|PWD|AUTH|CREDENTIAL|DSN|URL|URI|WEBHOOK|PRIVATE|ACCESS|SIGNING|CERT/;

export function isValidEnvName(name: string): boolean {
  return /^[A-Z_][A-Z0-9_]*$/.test(name) && name.length <= 100;
}

/** `apiKey` → `API_KEY`, `stripe.api_key` → `STRIPE_API_KEY`, `X-Api-Key` → `X_API_KEY`; '' when nothing usable. */
export function toEnvName(identifier: string): string {
  const segments = identifier.replace(/^[@$]+/, '').split(/\.|->|::/).map(s => s.replace(/^[@$]+/, '')).filter(Boolean);
  while (segments.length > 1 && CONTAINERS.has(segments[0].toLowerCase())) segments.shift();
  const kept = segments.slice(-2).join('_');
  const name = kept
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
  return isValidEnvName(name) ? name : '';
}

/** The name the value is assigned to, if the text before it on its line says. */
export function assignedName(textBefore: string): string | undefined {
  const line = textBefore.slice(textBefore.lastIndexOf('\n') + 1);
  for (const re of ASSIGNED_TO) {
    const m = re.exec(line);
    if (m) return m[1];
  }
  return undefined;
}

/**
 * The NAME for a secret: the assignment's when it says which secret this is; the rule's when the assignment
 * is vague (`token = "ghp_…"` → GITHUB_TOKEN) or absent. Generic rules have no better name than the assignment.
 * `partOfString`: only part of the assigned string moves (a password inside a URL).
 */
export function chooseEnvName(textBefore: string, ruleId: string, ruleEnvName: string, partOfString = false): string {
  let fromCode = toEnvName(assignedName(textBefore) ?? '');
  // The password moved out of `DATABASE_URL` is not the URL: call it DATABASE_PASSWORD.
  if (partOfString && /(?:^|_)(?:URL|URI|DSN|CONNECTION_STRING|CONN_STR)$/.test(fromCode)) {
    fromCode = fromCode.replace(/_?(?:URL|URI|DSN|CONNECTION_STRING|CONN_STR)$/, '');
    fromCode = fromCode ? `${fromCode}_PASSWORD` : 'PASSWORD';
    return fromCode;
  }
  const generic = ruleId === 'secret/generic' || ruleId.startsWith('secret/generic-');
  const fallback = isValidEnvName(ruleEnvName) ? ruleEnvName : 'SECRET';
  if (!fromCode) return fallback;
  if (generic) return fromCode;
  if (VAGUE.has(fromCode) || !SAYS_SECRET.test(fromCode)) return fallback;
  return fromCode;
}

/**
 * Resolves NAME against what `.env` already holds and what this edit already adds: the same value reuses the
 * entry; another value is never overwritten and gets NAME_2, NAME_3, ….
 */
export function uniqueEnvName(base: string, value: string, existing: ReadonlyMap<string, string>): { name: string; reused: boolean } {
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base}_${n}`;
    const have = existing.get(name);
    if (have === undefined) return { name, reused: false };
    if (have === value) return { name, reused: true };
  }
}
