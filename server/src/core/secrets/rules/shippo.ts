/** Shippo API tokens: `shippo_live_` or `shippo_test_` + 40 hex characters. */
import type { SecretRule } from '../rule';

export const shippoApiToken: SecretRule = {
  id: 'secret/shippo-api-token',
  title: 'Shippo API token',
  keywords: ['shippo_live_', 'shippo_test_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>shippo_(?:live|test)_[a-fA-F0-9]{40})(?![A-Za-z0-9_])/,
  minEntropy: 3,
  envName: 'SHIPPO_API_TOKEN',
  docs: 'https://docs.goshippo.com/docs/guides_general/authentication/',
  samples: kit => ({
    secret: [`SHIPPO_API_TOKEN=shippo_live_${kit.hex(40)}`],
    clean: ['shippo_live_', `shippo_test_${kit.hex(12)}`],
  }),
};
