/**
 * Generic secrets: a name that says secret (password, token, api_key, client_secret, …) given a literal value, in
 * code, config files, .env, YAML, JSON, XML, Makefiles and command lines. Three shapes:
 *   - assignment-like: `name = value`, `name: value`, `"name" => "value"`, `name := value`, `var name string = "v"`,
 *     `System.setProperty("NAME", "v")`, `--name value`, `if (name == "v")`;
 *   - reversed comparison: `if ("v" == password)`;
 *   - XML: `<apiToken>v</apiToken>` (also across lines) and `<add key="ApiToken" value="v"/>`.
 * The regexes only find candidates; `classifyName` decides whether the name says secret, and `acceptValue` whether the
 * value is a literal worth flagging. Passwords and secrets are flagged on any non-placeholder literal; token/key
 * names need a value that looks generated, because `token = "refresh"` is not a secret.
 */
import type { MatchContext, SecretRule } from '../rule';
import { shannonEntropy } from '../entropy';
import { hasSequentialRun, isRepeatedUnit, isReference } from '../placeholders';

/** Fragments that can make a name secret-ish; `classifyName` makes the real decision on the name's segments. */
const KW = 'pass|pwd|pw|secret|token|key|credential|cred|auth';
/** A name: identifier characters around one keyword fragment; starts at a token boundary. All repeats bounded. */
const NAME = String.raw`(?<![A-Za-z0-9_.\-$@])(?<name>[A-Za-z0-9_.\-$@]{0,40}?(?:${KW})[A-Za-z0-9_.\-]{0,40})`;
/** After the name: its closing quote, and an index (`secret[]`, `char key[25]`, `cfg['password']`). */
const AFTER_NAME = String.raw`(?<nq>["'\x60]?)(?:\]|\[[A-Za-z0-9_]{0,10}\])?`;
/** Operators, or a declared type (`var x string =`, `val x: String =`), or plain white space. */
const OP = String.raw`(?:[ \t]{0,20}(?<op>:{1,3}=|[?.+]=|=>|<-|[!=]==?|=|:|,)|(?<typed>[ \t]{1,10}[A-Za-z_][A-Za-z0-9_.*]{0,30}(?:\[\])?[ \t]{0,10}=|[ \t]{0,5}:[ \t]{0,10}[A-Za-z_][A-Za-z0-9_.?<>]{0,30}[ \t]{0,10}=)|(?<sp>[ \t]{1,10}))(?<ws>[ \t]{0,20})`;
/**
 * The value: a quoted literal (optionally prefixed `@"…"`, `r"…"`, `b'…'`) or an unquoted run. One `secret` group:
 * when a quote precedes it, the value runs to the next quote (and does not start with white space); otherwise up to white space, a quote or `;`
 * (and does not end on `,` `)` `}` `]` `>`).
 */
const VALUE = String.raw`(?:@|[rRbBuUfF]{1,2}(?=["'\x60]))?(?<q>["'\x60]?)(?<secret>(?<=["'\x60])[^"'\x60\s\\](?:[^"'\x60\n\\]|\\[^"'\x60\n]){0,299}(?=["'\x60])|(?<!["'\x60])[^\s"'\x60;\\]{2,299}[^\s"'\x60;\\,)}\]>])\k<q>`;

export type NameKind = 'password' | 'secret' | 'token' | 'key';

/** Segments that, after the secret word, say the value is about the secret rather than the secret itself. */
const DESCRIBES = new Set(('id ids name names url uri urls endpoint path file filename dir type length len size count max min ' +
  'field header prefix suffix env var label placeholder hint regex pattern format policy ttl timeout expiry expires expiration ' +
  'expire expired enabled enable required validation validator valid error errors message msg text title description desc mode ' +
  'class method fn func function callback route mask visible visibility toggle input form button btn icon strength reset ' +
  'changed change forgot rotation version algorithm alg kind ref reference arn location resource scope scopes audience issuer ' +
  'index idx position offset column col row rows list map cache schema spec template usage used number num status state ' +
  'request response req res param params arg args option options opt lifetime duration interval age time timestamp date at ' +
  'by hash hashed digest fingerprint checksum sha md5 salt iv nonce source src host hostname server domain address addr ' +
  'port user username login account email').split(' '));
/** Segments anywhere in the name that mark plumbing, not a value: `keyVaultToStoreSecrets`, `publicToken`, `csrf_token`. */
const PLUMBING = new Set(('public publishable csrf xsrf vault store manager provider factory builder helper handler resolver ' +
  'loader reader writer parser generator validator service util utils repository repo dao controller').split(' '));
/** Tokens that are not credentials: anti-forgery tokens embedded in pages, paging cursors. */
const NOT_CREDENTIAL_TOKENS = new Set(['csrf', 'xsrf', 'authenticity', 'next', 'page', 'continuation', 'pagination', 'cursor', 'sync', 'delta']);
const KEY_QUALIFIERS = 'api|access|secret|private|priv|auth|signing|sign|encryption|encrypt|enc|master|client|app|application|' +
  'account|consumer|service|session|hmac|shared|storage|subscription|admin|deploy|root|crypt|cipher|jwt|webhook|bot|' +
  'integration|write|server|live|prod|license|licence|ssh|rsa|gpg|pgp|aes|sl|softlayer|iam|cos|cloudant|cloud|artif|dev|user|' +
  'mgmt|management|partner|merchant|project|org|organization|team|personal|restricted|sdk|rest|graphql|search|admin';
const KEY_SEGMENT = new RegExp(`^(?:${KEY_QUALIFIERS})keys?$`);
const KEY_PREFIX = new RegExp(`^(?:${KEY_QUALIFIERS})$`);

/** Splits `AmazonAPIKey_id`, `db-pass`, `$adobeToken` into lower-case segments. */
export function nameSegments(name: string): string[] {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

/** What kind of secret the name announces, or undefined when it does not announce one. */
export function classifyName(name: string): NameKind | undefined {
  const segs = nameSegments(name);
  if (segs.some(s => PLUMBING.has(s))) return undefined;
  let kind: NameKind | undefined;
  let last = -1;
  const rank: Record<NameKind, number> = { password: 4, secret: 3, token: 2, key: 1 };
  const see = (k: NameKind, i: number) => { last = i; if (!kind || rank[k] > rank[kind]) kind = k; };
  segs.forEach((s, i) => {
    if (/pass(?:word|wd|phrase)|pwd/.test(s) || s === 'pass' || s === 'pw' || s === 'passw') see('password', i);
    else if (s.includes('secret') || /^(?:credentials?|creds?)$/.test(s)) see('secret', i);
    else if (/tokens?$/.test(s)) {
      const stem = /^tokens?$/.test(s) ? segs[i - 1] ?? '' : s.replace(/tokens?$/, '');
      if (!NOT_CREDENTIAL_TOKENS.has(stem)) see('token', i);
    }
    else if (s === 'auth' || s === 'authorization') see('token', i);
    else if (KEY_SEGMENT.test(s)) see('key', i);
    // A bare `key` (map keys, i18n keys, cache keys, `<entry key=…>`) says nothing; `api key`, `secret key` do.
    else if ((s === 'key' || s === 'keys') && i > 0 && KEY_PREFIX.test(segs[i - 1])) see('key', i);
  });
  if (kind === undefined) return undefined;
  // `password_hint`, `token_url`, `api_key_id`: the segments after the last secret word describe something else.
  if (segs.slice(last + 1).some(s => DESCRIBES.has(s))) return undefined;
  return kind;
}

const WEAK_VALUES = /^(?:true|false|yes|no|on|off|null|none|nil|nan|undefined|required|optional|string|str|int|integer|bool|boolean|number|object|any|bearer|basic|digest|oauth2?|jwt|hidden|text|password|passwd|secret|secrets|token|env|default|empty|blank|unknown|redacted|masked|encrypted|secure|private|public|admin|root|user|username|guest|test|demo|localhost|[a-z]+_(?:token|key|secret|password))$/i;
/** Languages where an unquoted right-hand side is an expression (a variable, a call), never a literal. */
const CODE_LANGUAGES = new Set(['javascript', 'javascriptreact', 'typescript', 'typescriptreact', 'python', 'java', 'kotlin',
  'csharp', 'c', 'cpp', 'objective-c', 'swift', 'scala', 'dart', 'rust', 'php', 'ruby', 'go', 'groovy', 'terraform', 'lua',
  'perl', 'r', 'julia', 'elixir', 'erlang', 'haskell', 'clojure', 'lisp', 'nim', 'zig', 'vue', 'svelte', 'powershell']);
/** Languages whose single quotes delimit one character, so `'abc'` is not a string literal there. */
const CHAR_QUOTE_LANGUAGES = new Set(['c', 'cpp', 'csharp', 'objective-c']);

/** Identifiers, member chains, calls and indexing are code: `user.password`, `getToken()`, `cfg["key"]`, `&pw`. */
function isCodeExpression(v: string): boolean {
  if (/^[a-z_$][\w$]{0,100}$/.test(v) && !/\d/.test(v)) return true;
  if (/^[!&*]?[A-Za-z_$][\w$]{0,100}(?:(?:\.|::|->|\?\.)[A-Za-z_$][\w$]{0,100}){1,20};?$/.test(v) && !/\d/.test(v)) return true;
  // calls and indexing, also when the run stops inside the argument list (`input("Password: ")`)
  return /^[!&*]?[A-Za-z_$][\w$.]{0,100}[([]/.test(v);
}

/** Natural language, not a credential: `value with spaces`, `shorter-version`, `Please enter your password`. */
function isPhrase(value: string): boolean {
  if (/^[a-z]+(?:[-_ ][a-z]+)+$/.test(value)) return true;
  return /^[A-Za-z]+(?: [A-Za-z]+){2,}[.!?:]?$/.test(value);
}

/** The value says what it is (`myapikey123`, `your-token-here`, `my_secret`). */
function namesItself(value: string): boolean {
  return /api_?key|secret|token|passw(?:or)?d/i.test(value) && !/[A-Z].*\d|\d.*[A-Z]/.test(value.replace(/api_?key|secret|token|passw(?:or)?d/gi, ''));
}

function looksLikeNonSecretValue(v: string): boolean {
  if (!/[A-Za-z0-9]/.test(v) || WEAK_VALUES.test(v)) return true;
  if (/^[+-]?\d+(?:\.\d+)*[a-z]{0,3}$/i.test(v)) return true; // numbers, versions, sizes
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v)) return true; // UUIDs are ids
  if (/^(?:sha(?:1|256|384|512)-|data:|[a-z][a-z0-9+.-]{1,20}:\/\/|\.{0,2}\/|~\/|[A-Za-z]:\\|#\/)/.test(v)) return true; // SRI, data/URLs, paths
  if (/\$\{[A-Za-z_][\w.]{0,80}(?:[:?+-]{1,2}[^}]{0,80})?\}|\{\{\s{0,5}[\w.|()' -]{1,80}\s{0,5}\}\}|%\([\w]{1,40}\)s|<%.{0,80}%>|#\{[\w.]{1,80}\}/.test(v)) return true; // templates
  if (/^(?:%s|%v|%d|\?|:\w+|\$\d+)$/.test(v)) return true; // format verbs and SQL parameters
  if (/\$\{[A-Za-z_$][\w$.]{0,80}(?:\([^()]{0,80}\))?\}|…|(?:token|key|secret|password)[-_]?here/i.test(v)) return true; // interpolation, masked values, `…TokenHere`
  if (/\$\{[A-Za-z_$][\w$.]{0,80}\(/.test(v)) return true; // `${call(` cut short by the value's stop characters
  if (/^[\w.-]{1,80}(?:\/[\w.-]{1,80}){1,20}\.[a-z]{1,6}$/.test(v)) return true; // a relative file path: `src/config.ts`
  if (/^--?[a-z]/.test(v)) return true; // a command-line flag in an argument list: `'--move-secrets', '--dry-run'`
  // a file name (`'package.json'`, `regexReach.ts`) or a regular expression's source (`v1\\.[0-9a-f]{40}`)
  if (/^[\w.-]{1,80}\.(?:ts|tsx|js|jsx|mjs|cjs|json|jsonc|py|go|rs|md|ya?ml|txt|java|rb|php|cs|kt|sh|toml|lock|html|css|xml|env)$/i.test(v)) return true;
  if (/\[[^\]]{1,40}\][{*+?]|\\[dwsbS]|\(\?<?[=!:]/.test(v)) return true;
  if (/^[A-Za-z_][A-Za-z0-9_]{0,60}$/.test(v) && classifyName(v)) return true; // another secret *name*: `'PASSWORD', 'CREDENTIAL'`
  if (isReference(v) || isRepeatedUnit(v) || hasSequentialRun(v)) return true;
  if (/^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,10}\.[a-z]{2,12}(?::\d{1,5})?$/i.test(v)) return true; // host names
  return false;
}

function strongEnough(kind: NameKind, v: string): boolean {
  const h = shannonEntropy(v);
  const digits = /\d/.test(v), letters = /[A-Za-z]/.test(v);
  if (isPhrase(v)) return false;
  switch (kind) {
    case 'password':
      return v.length >= 6 && h >= 2.3;
    case 'secret':
      // a lone word (`Secrets: GitHub`, `secret: Something`) is prose or a label, not a secret value
      if (/^[A-Za-z]+$/.test(v) && v.length < 12) return false;
      return v.length >= 6 && h >= 2.3;
    case 'token':
    case 'key':
      if (namesItself(v) || v.length < 10) return false;
      return (letters && digits && h >= 3.0) || (v.length >= 16 && h >= 3.5);
  }
}

/** What acceptAssignment rejects on the groups alone: most matches in code (`key: value`, `token = next()`). */
function precheckAssignment(g: Readonly<Record<string, string | undefined>>, lang: string): boolean {
  const op = g.op ?? '';
  if (op === ',' && !g.nq) return false; // only `("NAME", "value")`
  if (g.typed !== undefined && g.nq) return false; // `name="x" value="…"` is an attribute pair (see genericXml)
  if (!g.q) {
    if (CODE_LANGUAGES.has(lang)) return false;
    if (op === '=>' || op === ',' || op === '<-' || /^[!=]=/.test(op)) return false;
    if (op === ':' && !g.ws && !g.nq) return false; // `io.jsonwebtoken:jjwt`, `host:port`: not YAML's `key: value`
  }
  return classifyName(g.name ?? '') !== undefined;
}

/** The whole decision for an assignment-like match. */
function acceptAssignment(secret: string, line: string, ctx: MatchContext): boolean {
  const g = ctx.groups;
  if (!precheckAssignment(g, ctx.languageId)) return false;
  const kind = classifyName(g.name ?? '')!;
  const quoted = !!g.q;
  const op = g.op ?? '';
  const lang = ctx.languageId;
  if (g.sp !== undefined) {
    // `password "value";` or `--api-key value`: a bare space only separates a name that leads its line or is a flag.
    const leads = new RegExp(`^\\s*${escape(g.name ?? '')}`).test(line);
    if (!(g.name ?? '').startsWith('-') && !(quoted && leads)) return false;
  }
  if (!quoted) {
    // the whole unquoted run, including the closing `)` `}` the value itself stops before
    const run = secret + (/^[^\s"'\x60;]{0,50}/.exec(ctx.text.slice(ctx.end, ctx.end + 50))?.[0] ?? '');
    if (isCodeExpression(run) || looksLikeNonSecretValue(run)) return false;
  } else if (g.q === "'" && CHAR_QUOTE_LANGUAGES.has(lang) && secret.length > 1) {
    return false;
  }
  if (looksLikeNonSecretValue(secret)) return false;
  return strongEnough(kind, secret);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const genericSecret: SecretRule = {
  id: 'secret/generic',
  title: 'Hard-coded secret',
  keywords: ['pass', 'pwd', 'secret', 'token', 'key', 'credential', 'cred', 'auth', '_pw', '-pw'],
  anchors: ['pass', 'pwd', 'pw', 'secret', 'token', 'key', 'credential', 'cred', 'auth'], // every fragment of KW
  anchorWithin: 40, // NAME: at most 40 characters, then the fragment
  anchorRun: '[A-Za-z0-9_.\\-$@]', // NAME's characters, which its lookbehind excludes before the match
  pattern: new RegExp(`${NAME}${AFTER_NAME}${OP}${VALUE}`, 'i'),
  envName: 'SECRET',
  precheck: precheckAssignment,
  accept: acceptAssignment,
  samples: kit => ({
    secret: [
      `DB_PASSWORD = "${kit.base62(14)}"`,
      `api_key: ${kit.base62(32)}`,
      `const clientSecret = '${kit.base64url(40)}';`,
      `export STRIPE_TOKEN=${kit.base62(28)}`,
      `"password": "${kit.base62(12)}!"`,
      `var adobeToken string = "${kit.base62(30)}"`,
      `adobeToken := \`${kit.base62(30)}\``,
      `$adobeToken .= "${kit.base62(30)}"`,
      `  "adobeToken" => "${kit.base62(30)}"`,
      `System.setProperty("ADOBE_TOKEN", "${kit.base62(30)}")`,
      `{"config.ini": "ADOBE_TOKEN=${kit.base62(30)}\\nBACKUP_ENABLED=true"}`,
      `adobe_TOKEN :::= "${kit.base62(30)}"`,
      `char secret[25] = "${kit.base62(10)}";`,
      `if (api_key == "${kit.base62(24)}") {`,
      `mysql --user=admin --password=${kit.base62(10)}! --host=db`,
      `password "${kit.base62(10)}";`,
    ],
    clean: [
      'password = os.environ["DB_PASSWORD"]',
      'const token = process.env.GITHUB_TOKEN;',
      'api_key: ${API_KEY}',
      'password: "{{ vault_password }}"',
      'password = "<your-password>"',
      'const password = user.password;',
      'token_type: bearer',
      'api_key = "changeme"',
      'secret_key = "xxxxxxxxxxxxxxxx"',
      `token = "${kit.uuid()}"`,
      'integrity: sha512-abc',
      'password = ""',
      'password = "value with quotes and spaces"',
      'label: "Please enter your password"',
      `publicToken = "${kit.base62(30)}"`,
      `csrf-token=${kit.base64(40)}`,
      `credentialId: "${kit.base62(22)}"`,
      'LLM_SECRET_NAME = "NEXUS-GPT4-API-KEY"',
      'notes = "Maven - io.jsonwebtoken:jjwt-jackson-0.11.2"',
      'token_url = "https://auth.example.com/oauth/token"',
      'password: ",.:-@*?!"',
      'apikey = myapikey123',
      'DATABRICKS_TOKEN=dapi123456789012345678a9bc01234defg5',
      'password = getPassword()',
    ],
  }),
};

/** `if ("value" == password)`: the literal before a comparison with a secret-named variable. */
export const genericComparison: SecretRule = {
  id: 'secret/generic-comparison',
  title: 'Hard-coded secret (compared)',
  keywords: ['pass', 'pwd', 'secret', 'token', 'key', 'credential', 'auth'],
  anchors: ['pass', 'pwd', 'pw', 'secret', 'token', 'key', 'credential', 'cred', 'auth'], // every fragment of KW
  anchorWithin: 365, // quote 1, value 300, quote 1, spaces 10, operator 3, spaces 10, name prefix 40
  pattern: new RegExp(String.raw`(?<![A-Za-z0-9_"'\\])(?<q>["'])(?<secret>[^"'\x60\n\\]{1,300})\k<q>\s{0,10}[!=]==?\s{0,10}(?<name>[A-Za-z0-9_.$]{0,40}?(?:${KW})[A-Za-z0-9_]{0,40})(?![A-Za-z0-9_])`, 'i'),
  envName: 'SECRET',
  accept(secret, line, ctx) {
    const kind = classifyName(ctx.groups.name ?? '');
    if (!kind || looksLikeNonSecretValue(secret)) return false;
    if (ctx.groups.q === "'" && CHAR_QUOTE_LANGUAGES.has(ctx.languageId) && secret.length > 1) return false;
    return strongEnough(kind, secret);
  },
  samples: kit => ({
    secret: [`if ("${kit.base62(16)}" == password) {`, `if ('${kit.base62(24)}' !== my_private_key) {`],
    clean: ['if ("" == password) {', 'if ("admin" === role_token_type) {', `if ("${kit.base62(16)}" == username) {`],
  }),
};

/** `<apiToken>value</apiToken>` (also with the value on its own line) and `<add key="ApiToken" value="…"/>`. */
export const genericXml: SecretRule = {
  id: 'secret/generic-xml',
  title: 'Hard-coded secret (XML)',
  keywords: ['pass', 'pwd', 'secret', 'token', 'key', 'credential', 'auth'],
  anchors: ['pass', 'pwd', 'pw', 'secret', 'token', 'key', 'credential', 'cred', 'auth'], // every fragment of KW
  anchorWithin: 56, // `<` and 40 name characters; or `name`, 5 spaces, `=`, 5 spaces, quote, 40 characters
  pattern: new RegExp(String.raw`(?:(?<!\(\?)<(?<name>[A-Za-z0-9_.\-:]{0,40}?(?:${KW})[A-Za-z0-9_.\-]{0,40})(?:\s[^<>\n]{0,200})?>\s{0,100}|(?<![A-Za-z0-9_])(?:key|name)\s{0,5}=\s{0,5}(?<nq>["'])(?<attr>[A-Za-z0-9_.\-: ]{0,40}?(?:${KW})[A-Za-z0-9_.\-: ]{0,40})\k<nq>\s{1,20}value\s{0,5}=\s{0,5}["'])(?<secret>[^<>\s"']{1,300})(?:\s{0,100}<\/|["'])`, 'i'),
  envName: 'SECRET',
  accept(secret, line, ctx) {
    const kind = classifyName(ctx.groups.name ?? ctx.groups.attr ?? '');
    if (!kind || looksLikeNonSecretValue(secret)) return false;
    return strongEnough(kind, secret);
  },
  samples: kit => ({
    secret: [
      `<adobeToken>\n    ${kit.base62(30)}\n</adobeToken>`,
      `<password>${kit.base62(12)}</password>`,
      `<add key="ClearTextPassword" value="${kit.base62(16)}" />`,
    ],
    clean: ['<password>${env.PASSWORD}</password>', '<add key="ClearTextPassword" value="%NUGET_PASSWORD%" />', '<tokenUrl>https://example.com/token</tokenUrl>', '<secret>changeme</secret>'],
  }),
};
