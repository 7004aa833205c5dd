/**
 * Generic secrets: a name that says secret (password, token, api_key, client_secret, …) assigned a literal value,
 * in code, config files, .env, YAML, JSON and command lines. Passwords are flagged on any non-placeholder literal;
 * other names need a high-entropy value, because `token = "refresh"` is not a secret.
 */
import type { SecretRule } from '../rule';
import { shannonEntropy } from '../entropy';

const NAME = String.raw`(?<![A-Za-z0-9_.\-])[A-Za-z0-9_.\-]{0,40}?(?:passw(?:or)?d|passwd|pwd|secret|token|api[_.\-]?key|apikey|access[_.\-]?key|private[_.\-]?key|auth[_.\-]?key|credentials?|client[_.\-]?secret)[A-Za-z0-9_.\-]{0,40}`;
// Bounded repeats and a token-start anchor keep this linear on long lines (no catastrophic backtracking).
// name, optional closing quote, an assignment operator, optional opening quote, the value.
const ASSIGN = String.raw`(?<name>${NAME})["']?\s*(?:=|:=|::=|:::=|\?=|\.=|:|=>|,)\s*(?<q>["'\x60]?)(?<secret>[^\s"'\x60;,<>{}()\[\]]{4,200})\k<q>`;

const WEAK_VALUES = /^(?:true|false|null|none|nil|undefined|required|optional|string|str|int|bool|password|secret|token|bearer|basic|env|[a-z]+_(?:token|key|secret|password))$/i;

function isCodeExpression(value: string): boolean {
  // identifiers, member access and calls are not literals: `password = user.password`, `token: getToken`
  return /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value) || /^[a-z_$][\w$]*$/.test(value) && !/\d/.test(value);
}

export const genericSecret: SecretRule = {
  id: 'secret/generic',
  title: 'Hard-coded secret',
  keywords: ['pass', 'pwd', 'secret', 'token', 'key', 'credential'],
  pattern: new RegExp(ASSIGN, 'i'),
  envName: 'SECRET',
  accept(secret, line) {
    if (WEAK_VALUES.test(secret) || isCodeExpression(secret)) return false;
    if (/^\d+$/.test(secret) || /^[a-f0-9]{40}$/.test(secret) && /commit|sha|rev/i.test(line)) return false;
    if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(secret)) return false;
    if (/^(?:sha(?:256|384|512)-|data:)/.test(secret)) return false;
    const isPassword = /passw|pwd/i.test(line.slice(0, line.indexOf(secret)));
    if (isPassword) return secret.length >= 6 && shannonEntropy(secret) >= 2.5;
    return secret.length >= 12 && shannonEntropy(secret) >= 3.3 && /\d/.test(secret) && /[A-Za-z]/.test(secret);
  },
  samples: kit => ({
    secret: [
      `DB_PASSWORD = "${kit.base62(14)}"`,
      `api_key: ${kit.base62(32)}`,
      `const clientSecret = '${kit.base64url(40)}';`,
      `export STRIPE_TOKEN=${kit.base62(28)}`,
      `"password": "${kit.base62(12)}!"`,
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
    ],
  }),
};
