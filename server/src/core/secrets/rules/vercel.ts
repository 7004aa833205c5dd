/**
 * Vercel credentials in the prefixed formats Vercel introduced with GitHub secret scanning
 * (https://vercel.com/changelog/new-token-formats-and-secret-scanning): `vcp_` personal access tokens, `vci_`
 * integration tokens, `vca_` app access tokens, `vcr_` app refresh tokens and `vck_` API keys (AI Gateway), each
 * followed by a base62 body. Older unprefixed tokens (24 base62 characters) have no format to recognise; the generic
 * rule sees them when they are assigned to a `VERCEL_TOKEN`-style name.
 */
import type { SecretRule } from '../rule';

export const vercelToken: SecretRule = {
  id: 'secret/vercel-token',
  title: 'Vercel token',
  keywords: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>vc[piark]_[A-Za-z0-9]{24,120})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
  envName: 'VERCEL_TOKEN',
  docs: 'https://vercel.com/changelog/new-token-formats-and-secret-scanning',
  samples: kit => ({
    secret: [
      `VERCEL_TOKEN=vcp_${kit.base62(40)}`,
      `const key = "vck_${kit.base62(40)}";`,
      `refresh_token: vcr_${kit.base62(56)}`,
      `vca_${kit.base62(56)}`,
    ],
    clean: ['vcp_abc', 'VERCEL_TOKEN=vcp_', `xvcp_${kit.base62(40)}`, `vcx_${kit.base62(40)}`, `vcp_${'x'.repeat(40)}`],
  }),
};
