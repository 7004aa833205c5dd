/** ReadMe API keys: `rdme_` + 70 lower-case alphanumeric characters. */
import type { SecretRule } from '../rule';

export const readmeApiKey: SecretRule = {
  id: 'secret/readme-api-token',
  title: 'ReadMe API key',
  keywords: ['rdme_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>rdme_[a-z0-9]{70})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
  envName: 'README_API_KEY',
  docs: 'https://docs.readme.com/main/reference/intro/authentication',
  samples: kit => ({
    secret: [`README_API_KEY=rdme_${kit.lowerAlnum(70)}`],
    clean: [`const API_KEY = 'rdme_${'X'.repeat(70)}';`, `rdme_${kit.lowerAlnum(20)}`],
  }),
};
