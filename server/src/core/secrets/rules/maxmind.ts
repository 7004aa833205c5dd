/** MaxMind license keys (2024 format): 6 base62 + `_` + 29 base62 + `_mmk`. */
import type { SecretRule } from '../rule';

export const maxmindLicenseKey: SecretRule = {
  id: 'secret/maxmind-license-key',
  title: 'MaxMind license key',
  keywords: ['_mmk'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk)(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
  envName: 'MAXMIND_LICENSE_KEY',
  docs: 'https://dev.maxmind.com/license-key-format/',
  samples: kit => ({
    secret: [`MAXMIND_LICENSE_KEY=${kit.base62(6)}_${kit.base62(29)}_mmk`],
    clean: ['license_key = "xxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxx_mmk"', `${kit.base62(6)}_${kit.base62(10)}_mmk`],
  }),
};
