/**
 * GitHub tokens. Format (GitHub blog, "Behind GitHub's new authentication token formats", 2021): a type prefix
 * `ghp_` (classic PAT), `gho_` (OAuth), `ghu_` (user-to-server), `ghs_` (server-to-server), `ghr_` (refresh), then
 * 30 base62 characters and a 6-character base62 CRC32 of those 30. Fine-grained PATs are `github_pat_` + 22 + `_` + 59.
 * GitHub App installation tokens come in two more shapes: the stateless format rolled out from April 2026,
 * `ghs_` + the app id + `_` + a JWT (about 520 characters, signed by a GitHub-internal issuer), and the format used
 * before 2021, `v1.` + 40 hex digits, which has no distinctive prefix and so only counts next to a GitHub name.
 */
import type { SecretRule, Validation } from '../rule';
import { hasBase62Crc32Suffix } from '../checksum';
import { assignedTo } from './keywordContext';

const KINDS: Record<string, string> = {
  ghp: 'personal access token', gho: 'OAuth access token', ghu: 'user-to-server token',
  ghs: 'server-to-server token', ghr: 'refresh token',
};

export const githubClassic: SecretRule = {
  id: 'secret/github-pat',
  title: 'GitHub token',
  keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>gh[pousr]_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/,
  envName: 'GITHUB_TOKEN',
  docs: 'https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/',
  validate(secret) {
    const kind = KINDS[secret.slice(0, 3)] ?? 'token';
    return hasBase62Crc32Suffix(secret.slice(4))
      ? { valid: true, detail: `${kind}, checksum valid` }
      : { valid: false, detail: `${kind} format, but the checksum fails — probably a placeholder` };
  },
  samples: kit => ({
    secret: [
      `const token = "${kit.crcToken('ghp_')}";`,
      `GITHUB_TOKEN=${kit.crcToken('gho_')}`,
      `auth: ${kit.crcToken('ghs_')}`,
      `git clone https://${kit.crcToken('ghu_')}@github.com/o/r.git`,
    ],
    clean: [
      'const token = "ghp_";',
      `id = "xghp_${kit.base62(36)}"`,
      `ghp_${kit.base62(20)}`,
      'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  }),
};

export const githubFineGrained: SecretRule = {
  id: 'secret/github-fine-grained-pat',
  title: 'GitHub fine-grained personal access token',
  keywords: ['github_pat_'],
  // Issued as 22 + `_` + 59; the body alphabet includes `_`, so match the 82 characters as a whole.
  pattern: /(?<![A-Za-z0-9_])(?<secret>github_pat_[A-Za-z0-9_]{82})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
  envName: 'GITHUB_TOKEN',
  docs: 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens',
  samples: kit => ({
    secret: [`token: github_pat_${kit.base62(22)}_${kit.base62(59)}`],
    clean: [`github_pat_${kit.base62(22)}`, 'github_pat_ is the prefix of fine-grained tokens'],
  }),
};

function jsonSegment(segment: string): Record<string, unknown> | undefined {
  try {
    const v = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The JWT of a stateless installation token must decode (header and claims are JSON objects). Its signature cannot be
 * checked offline (GitHub's issuer key is internal), but its length must fit the declared algorithm: an RSA signature
 * is as long as the key, at least 256 bytes for the 2048-bit keys in use, so an `RS256` header over a 32-byte signature
 * was put together by hand.
 */
function validateStatelessInstallationToken(secret: string): Validation {
  const [header, claims, signature] = secret.slice(secret.indexOf('_', 4) + 1).split('.');
  const head = jsonSegment(header);
  if (!head || !jsonSegment(claims)) return { valid: false, detail: 'installation token shape, but its JWT does not decode — probably a placeholder' };
  const alg = typeof head.alg === 'string' ? head.alg : '';
  const sigBytes = Math.floor((signature.length * 6) / 8);
  if (/^(?:RS|PS)\d{3}$/.test(alg) && sigBytes < 256) {
    return { valid: false, detail: `installation token shape, but its ${alg} signature is too short — probably a hand-made sample` };
  }
  return { valid: true, detail: `installation token (stateless format), JWT decodes${alg ? ` (alg ${alg})` : ''}` };
}

export const githubInstallationToken: SecretRule = {
  id: 'secret/github-installation-token',
  title: 'GitHub App installation token',
  keywords: ['ghs_'],
  // ghs_ APPID _ header . claims . signature — three bounded runs split by characters outside their class.
  pattern: /(?<![A-Za-z0-9_])(?<secret>ghs_[0-9]{1,20}_eyJ[A-Za-z0-9_-]{8,2000}\.eyJ[A-Za-z0-9_-]{8,4000}\.[A-Za-z0-9_-]{16,2000})(?![A-Za-z0-9_.-])/,
  envName: 'GITHUB_TOKEN',
  docs: 'https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/generating-an-installation-access-token-for-a-github-app',
  validate: validateStatelessInstallationToken,
  samples: kit => {
    const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const appId = kit.digits(7).replace(/^0/, '1');
    const jwt = (sig: string) => `${enc({ alg: 'RS256', typ: 'JWT' })}.${enc({ iss: appId, sub: `installation|${kit.digits(8)}`, exp: 4734125453 })}.${sig}`;
    return {
      secret: [
        `GITHUB_TOKEN=ghs_${appId}_${jwt(kit.base64url(342))}`,
        `git clone https://x-access-token:ghs_${appId}_${jwt(kit.base64url(342))}@github.com/o/r.git`,
      ],
      clean: [
        `ghs_${appId}_`,
        `ghs_${appId}_eyJhbGciOiJSUzI1NiJ9`,
        `xghs_${appId}_${jwt(kit.base64url(342))}`,
        `ghs_app_${jwt(kit.base64url(342))}`,
      ],
    };
  },
};

export const githubInstallationTokenV1: SecretRule = {
  id: 'secret/github-installation-token-v1',
  title: 'GitHub App installation token (pre-2021 format)',
  keywords: ['github', 'x-access-token'],
  pattern: assignedTo(['github', 'x-access-token'], 'v1\\.[0-9a-f]{40}'),
  minEntropy: 3,
  envName: 'GITHUB_TOKEN',
  docs: 'https://github.blog/changelog/2021-03-31-authentication-token-format-updates-are-generally-available',
  samples: kit => ({
    secret: [
      `GITHUB_TOKEN=v1.${kit.hex(40)}`,
      `git clone https://x-access-token:v1.${kit.hex(40)}@github.com/o/r.git`,
      `"github_installation_token": "v1.${kit.hex(40)}"`,
    ],
    clean: [
      `version = "v1.${kit.hex(40)}"`,
      `GITHUB_TOKEN=v1.${kit.hex(20)}`,
      `GITHUB_TOKEN=v1.${kit.hex(44)}`,
      'GITHUB_TOKEN=v1.0000000000000000000000000000000000000000',
    ],
  }),
};
