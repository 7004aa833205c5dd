/**
 * npm tokens. Granular and automation tokens are `npm_` + 30 base62 characters + a 6-character base62 CRC32 of those
 * 30 (the GitHub layout, npm blog "Introducing new npm token formats", 2021). Older tokens are UUIDs and show up as
 * `_authToken` lines of `.npmrc` files: `//registry.npmjs.org/:_authToken=<token>`.
 */
import type { SecretRule } from '../rule';
import { hasBase62Crc32Suffix } from '../checksum';

export const npmToken: SecretRule = {
  id: 'secret/npm-access-token',
  title: 'npm access token',
  keywords: ['npm_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>npm_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
  envName: 'NPM_TOKEN',
  docs: 'https://github.blog/security/announcing-npms-new-access-token-format/',
  validate(secret) {
    return hasBase62Crc32Suffix(secret.slice(4))
      ? { valid: true, detail: 'npm token, checksum valid' }
      : { valid: false, detail: 'npm token format but the checksum fails — probably a placeholder' };
  },
  samples: kit => ({
    secret: [
      `//registry.npmjs.org/:_authToken=${kit.crcToken('npm_')}`,
      `NPM_TOKEN="${kit.crcToken('npm_')}"`,
      `<npmToken>\n  ${kit.badCrcToken('npm_')}\n</npmToken>`,
    ],
    clean: ['NPM_TOKEN=npm_', `npm_${kit.base62(20)}`, `xnpm_${kit.base62(36)}`, 'npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  }),
};

export const npmrcAuthToken: SecretRule = {
  id: 'secret/npm-registry-auth',
  title: 'npm registry credential in .npmrc',
  keywords: [':_authtoken', ':_auth', ':_password'],
  // `//host[:port]/path/:_authToken=value` — the scoped-registry form npm writes; a bare `_authToken=` is not scoped.
  pattern: /(?<![/A-Za-z0-9])\/\/[A-Za-z0-9][A-Za-z0-9.\-]{0,100}(?::[0-9]{1,5})?[A-Za-z0-9._~/\-]{0,150}\/:_(?:authToken|auth|password)[ \t]{0,3}=[ \t]{0,3}["']?(?<secret>[A-Za-z0-9+/=._~\-]{8,500})/,
  minEntropy: 3,
  envName: 'NPM_TOKEN',
  docs: 'https://docs.npmjs.com/cli/configuring-npm/npmrc#auth-related-configuration',
  samples: kit => ({
    secret: [
      `//registry.npmjs.org/:_authToken=${kit.uuid()}`,
      `//npm.pkg.github.com/:_authToken= ${kit.base62(36)}`,
      `//registry.example.org:8443/repo/npm/:_password=${kit.base64Of(18)}`,
    ],
    clean: [
      '//registry.npmjs.org/:_authToken=${NPM_TOKEN}',
      `//registry.npmjs.org:_authToken=${kit.uuid()}`,
      `registry.npmjs.org/:_authToken=${kit.uuid()}`,
      `_authToken=${kit.uuid()}`,
    ],
  }),
};
