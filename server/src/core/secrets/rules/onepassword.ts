/**
 * 1Password. The account Secret Key (support.1password.com/secret-key-security) is `A3-` + a 6-character account
 * part + 26 more characters in groups, upper-case letters and digits. Service account tokens
 * (developer.1password.com/docs/service-accounts) are `ops_` + base64 of a JSON document, so they start `ops_eyJ`.
 */
import type { SecretRule } from '../rule';

export const onePasswordSecretKey: SecretRule = {
  id: 'secret/1password-secret-key',
  title: '1Password account Secret Key',
  keywords: ['a3-'],
  pattern: /(?<![A-Za-z0-9-])(?<secret>A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})(?![A-Za-z0-9-])/,
  minEntropy: 3.5,
  envName: 'OP_SECRET_KEY',
  docs: 'https://support.1password.com/secret-key-security/',
  samples: kit => {
    const g = (n: number) => kit.upperAlnum(n);
    return {
      secret: [
        `secret_key: A3-${g(6)}-${g(6)}-${g(5)}-${g(5)}-${g(5)}-${g(5)}`,
        `A3-${g(6)}-${g(11)}-${g(5)}-${g(5)}-${g(5)}`,
      ],
      clean: ['A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX', `A3-${g(6)}-${g(6)}`, 'A3-AAAAAA-AAAAAA-AAAAA-AAAAA-AAAAA-AAAAA'],
    };
  },
};

export const onePasswordServiceAccountToken: SecretRule = {
  id: 'secret/1password-service-account-token',
  title: '1Password service account token',
  keywords: ['ops_eyj'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>ops_eyJ[A-Za-z0-9+/_-]{200,4000}={0,3})(?![A-Za-z0-9+/=_-])/,
  minEntropy: 4,
  envName: 'OP_SERVICE_ACCOUNT_TOKEN',
  docs: 'https://developer.1password.com/docs/service-accounts/',
  validate(secret) {
    const head = Buffer.from(secret.slice(4, 4 + 64), 'base64').toString('latin1');
    return /^\{"[a-zA-Z]+":/.test(head)
      ? { valid: true, detail: '1Password service account token, decodes to JSON' }
      : { valid: false, detail: 'ops_ prefix but the body is not base64 JSON — probably a placeholder' };
  },
  samples: kit => ({
    secret: [`export OP_SERVICE_ACCOUNT_TOKEN=ops_${Buffer.from(`{"signInAddress":"my.1password.com","userAuth":"${kit.base62(300)}"}`).toString('base64')}`],
    clean: ['export OP_SERVICE_ACCOUNT_TOKEN=ops_eyJzaWduSW5BZGRyZXNzIjoiaHR0cHM6...', `ops_eyJ${kit.base62(40)}`],
  }),
};
