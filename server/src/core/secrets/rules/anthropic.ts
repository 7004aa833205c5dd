/**
 * Anthropic API keys (docs.anthropic.com, "API keys"): `sk-ant-api03-` for API keys and `sk-ant-admin01-` for Admin
 * API keys, then 93 base64url characters and the terminator `AA` (the key body is base64url of a fixed-size binary
 * blob whose trailing zero bits encode as `AA`). The fixed length and the terminator are the offline structure check.
 */
import type { SecretRule, Validation } from '../rule';

function structure(secret: string, prefix: string): Validation {
  const body = secret.slice(prefix.length);
  return body.length === 95 && body.endsWith('AA') && /^[A-Za-z0-9_-]+$/.test(body)
    ? { valid: true, detail: 'Anthropic key structure valid (length and AA terminator)' }
    : { valid: false, detail: 'Anthropic key prefix but the structure fails — probably a placeholder' };
}

export const anthropicApiKey: SecretRule = {
  id: 'secret/anthropic-api-key',
  title: 'Anthropic API key',
  keywords: ['sk-ant-api'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-ant-api03-[A-Za-z0-9_-]{93}AA)(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  envName: 'ANTHROPIC_API_KEY',
  docs: 'https://docs.anthropic.com/en/api/getting-started#authentication',
  validate: s => structure(s, 'sk-ant-api03-'),
  samples: kit => ({
    secret: [
      `ANTHROPIC_API_KEY=sk-ant-api03-${kit.base64url(93)}AA`,
      `client = Anthropic(api_key="sk-ant-api03-${kit.base64url(93)}AA")`,
    ],
    clean: [
      `sk-ant-api03-${kit.base64url(93)}BB`,
      `sk-ant-api03-${kit.base64url(60)}AA`,
      'ANTHROPIC_API_KEY=sk-ant-api03-...',
    ],
  }),
};

export const anthropicAdminKey: SecretRule = {
  id: 'secret/anthropic-admin-key',
  title: 'Anthropic Admin API key',
  keywords: ['sk-ant-admin'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-ant-admin01-[A-Za-z0-9_-]{93}AA)(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  envName: 'ANTHROPIC_ADMIN_KEY',
  docs: 'https://docs.anthropic.com/en/api/administration-api',
  validate: s => structure(s, 'sk-ant-admin01-'),
  samples: kit => ({
    secret: [`admin_key: sk-ant-admin01-${kit.base64url(93)}AA`],
    clean: [`sk-ant-admin01-${kit.base64url(93)}BB`, `sk-ant-admin01-${kit.base64url(40)}AA`],
  }),
};
