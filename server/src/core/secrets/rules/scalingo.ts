/** Scalingo API tokens: `tk-us-` + 48 base64url characters. */
import type { SecretRule } from '../rule';

export const scalingoApiToken: SecretRule = {
  id: 'secret/scalingo-api-token',
  title: 'Scalingo API token',
  keywords: ['tk-us-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>tk-us-[A-Za-z0-9_-]{48})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  envName: 'SCALINGO_API_TOKEN',
  docs: 'https://developers.scalingo.com/index#authentication',
  samples: kit => ({
    secret: [`SCALINGO_API_TOKEN=tk-us-${kit.base64url(48)}`, `scalingo_api_token = "tk-us-${kit.base64url(48)}"`],
    clean: ['tk-us-', `tk-us-${kit.base62(20)}`],
  }),
};
