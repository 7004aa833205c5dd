/**
 * DigitalOcean tokens (docs.digitalocean.com/reference/api/create-personal-access-token): `dop_v1_` personal access
 * tokens, `doo_v1_` OAuth access tokens and `dor_v1_` OAuth refresh tokens, each followed by 64 hex digits.
 */
import type { SecretRule } from '../rule';

export const digitaloceanToken: SecretRule = {
  id: 'secret/digitalocean-token',
  title: 'DigitalOcean token',
  keywords: ['dop_v1_', 'doo_v1_', 'dor_v1_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>do[opr]_v1_[a-f0-9]{64})(?![A-Za-z0-9_])/,
  minEntropy: 3,
  envName: 'DIGITALOCEAN_TOKEN',
  docs: 'https://docs.digitalocean.com/reference/api/create-personal-access-token/',
  samples: kit => ({
    secret: [`DIGITALOCEAN_TOKEN=dop_v1_${kit.hex(64)}`, `"access_token": "doo_v1_${kit.hex(64)}"`, `refresh: dor_v1_${kit.hex(64)}`],
    clean: ['dop_v1_', `dop_v1_${kit.hex(32)}`, `dop_v2_${kit.hex(64)}`],
  }),
};
