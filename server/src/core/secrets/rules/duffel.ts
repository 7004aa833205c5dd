/** Duffel API access tokens: `duffel_live_` or `duffel_test_` + 43 base64url characters. */
import type { SecretRule } from '../rule';

export const duffelToken: SecretRule = {
  id: 'secret/duffel-api-token',
  title: 'Duffel API token',
  keywords: ['duffel_live_', 'duffel_test_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>duffel_(?:live|test)_[A-Za-z0-9_=-]{43})(?![A-Za-z0-9_=-])/,
  minEntropy: 3.5,
  envName: 'DUFFEL_ACCESS_TOKEN',
  docs: 'https://duffel.com/docs/api/overview/making-requests/authentication',
  samples: kit => ({
    secret: [`DUFFEL_ACCESS_TOKEN=duffel_test_${kit.base64url(43)}`, `token: "duffel_live_${kit.base64url(43)}"`],
    clean: ['duffel_test_', `duffel_live_${kit.base64url(10)}`],
  }),
};
