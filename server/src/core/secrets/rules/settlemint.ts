/** SettleMint access tokens: `sm_aat_` (application), `sm_pat_` (personal), `sm_sat_` (service) + 16 base62 characters. */
import type { SecretRule } from '../rule';

export const settlemintToken: SecretRule = {
  id: 'secret/settlemint-access-token',
  title: 'SettleMint access token',
  keywords: ['sm_aat_', 'sm_pat_', 'sm_sat_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>sm_[aps]at_[A-Za-z0-9]{16})(?![A-Za-z0-9_])/,
  minEntropy: 3,
  envName: 'SETTLEMINT_ACCESS_TOKEN',
  docs: 'https://console.settlemint.com/documentation/platform-components/security-and-authentication/personal-access-tokens',
  samples: kit => ({
    secret: [`SETTLEMINT_ACCESS_TOKEN=sm_pat_${kit.base62(16)}`, `token: sm_aat_${kit.base62(16)}`],
    clean: ['sm_pat_', `sm_pat_${kit.base62(8)}`],
  }),
};
