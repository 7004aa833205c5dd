/**
 * Sentry auth tokens. Organization tokens are `sntrys_` + base64 of a JSON claim (`{"iat":…,"url":…,
 * "region_url":…,"org":…}`) + `_` + a base64 secret; user tokens are `sntryu_` + 64 hex characters.
 */
import type { SecretRule } from '../rule';

/** The org slug of an org token's claim, or undefined when the claim does not decode. */
export function sentryOrgClaim(token: string): { org?: string } | undefined {
  const body = token.slice('sntrys_'.length);
  const cut = body.lastIndexOf('_');
  if (cut <= 0) return undefined;
  try {
    const claim = JSON.parse(Buffer.from(body.slice(0, cut), 'base64').toString('utf8'));
    return claim && typeof claim === 'object' && 'iat' in claim ? claim : undefined;
  } catch {
    return undefined;
  }
}

export const sentryOrgToken: SecretRule = {
  id: 'secret/sentry-org-token',
  title: 'Sentry organization auth token',
  keywords: ['sntrys_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>sntrys_eyJ[A-Za-z0-9+/=_]{60,800})/,
  minEntropy: 4,
  envName: 'SENTRY_AUTH_TOKEN',
  docs: 'https://docs.sentry.io/account/auth-tokens/',
  validate(secret) {
    const claim = sentryOrgClaim(secret);
    return claim
      ? { valid: true, detail: `Sentry org token, claim decodes${typeof claim.org === 'string' ? ` (org ${claim.org})` : ''}` }
      : { valid: false, detail: 'Sentry org token prefix but the claim does not decode — probably a placeholder' };
  },
  samples: kit => {
    const claim = Buffer.from(JSON.stringify({ iat: 1700000000.5, url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: 'acme' })).toString('base64');
    return {
      secret: [
        `SENTRY_AUTH_TOKEN=sntrys_${claim}_${kit.base64(43)}`,
        `auth.token: "sntrys_${claim.replace(/=+$/, '')}_${kit.base62(43)}"`,
      ],
      clean: ['SENTRY_AUTH_TOKEN=sntrys_', `sntrys_${kit.base62(20)}`],
    };
  },
};

export const sentryUserToken: SecretRule = {
  id: 'secret/sentry-user-token',
  title: 'Sentry user auth token',
  keywords: ['sntryu_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>sntryu_[a-f0-9]{64})(?![A-Za-z0-9_])/,
  minEntropy: 3,
  envName: 'SENTRY_AUTH_TOKEN',
  docs: 'https://docs.sentry.io/account/auth-tokens/',
  samples: kit => ({
    secret: [`SENTRY_AUTH_TOKEN=sntryu_${kit.hex(64)}`],
    clean: [`sntryu_${kit.hex(20)}`, 'sntryu_'],
  }),
};
