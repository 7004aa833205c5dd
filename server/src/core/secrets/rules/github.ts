/**
 * GitHub tokens. Format (GitHub blog, "Behind GitHub's new authentication token formats", 2021): a type prefix
 * `ghp_` (classic PAT), `gho_` (OAuth), `ghu_` (user-to-server), `ghs_` (server-to-server), `ghr_` (refresh), then
 * 30 base62 characters and a 6-character base62 CRC32 of those 30. Fine-grained PATs are `github_pat_` + 22 + `_` + 59.
 */
import type { SecretRule } from '../rule';
import { hasBase62Crc32Suffix } from '../checksum';

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
