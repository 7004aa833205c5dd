/**
 * PlanetScale credentials: service tokens `pscale_tkn_`, OAuth tokens `pscale_oauth_` and database passwords
 * `pscale_pw_`, each + 32 to 64 characters of base64url (with `.` and `=`).
 */
import type { SecretRule } from '../rule';

export const planetscaleToken: SecretRule = {
  id: 'secret/planetscale-token',
  title: 'PlanetScale credential',
  keywords: ['pscale_tkn_', 'pscale_oauth_', 'pscale_pw_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>pscale_(?:tkn|oauth|pw)_[A-Za-z0-9_.=\-]{32,64})(?![A-Za-z0-9_.=-])/,
  minEntropy: 3.5,
  envName: 'PLANETSCALE_TOKEN',
  docs: 'https://planetscale.com/docs/concepts/service-tokens',
  samples: kit => ({
    secret: [`PLANETSCALE_SERVICE_TOKEN=pscale_tkn_${kit.base64url(43)}`, `password: pscale_pw_${kit.base64url(43)}`, `pscale_oauth_${kit.base64url(40)}`],
    clean: ['pscale_tkn_', `pscale_tkn_${kit.base62(12)}`],
  }),
};
