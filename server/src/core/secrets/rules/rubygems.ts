/** RubyGems.org API keys: `rubygems_` + 48 hex characters. */
import type { SecretRule } from '../rule';

export const rubygemsApiKey: SecretRule = {
  id: 'secret/rubygems-api-token',
  title: 'RubyGems API key',
  keywords: ['rubygems_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>rubygems_[a-f0-9]{48})(?![A-Za-z0-9_])/,
  minEntropy: 3,
  envName: 'GEM_HOST_API_KEY',
  docs: 'https://guides.rubygems.org/api-key-scopes/',
  samples: kit => ({
    secret: [`GEM_HOST_API_KEY=rubygems_${kit.hex(48)}`, `:rubygems_api_key: rubygems_${kit.hex(48)}`],
    clean: ['rubygems_', `rubygems_${kit.hex(20)}`],
  }),
};
