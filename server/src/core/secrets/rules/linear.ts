/** Linear personal API keys: `lin_api_` + 40 base62 characters. */
import type { SecretRule } from '../rule';

export const linearApiKey: SecretRule = {
  id: 'secret/linear-api-key',
  title: 'Linear API key',
  keywords: ['lin_api_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>lin_api_[A-Za-z0-9]{40})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
  envName: 'LINEAR_API_KEY',
  docs: 'https://developers.linear.app/docs/graphql/working-with-the-graphql-api#personal-api-keys',
  samples: kit => ({
    secret: [`LINEAR_API_KEY=lin_api_${kit.base62(40)}`, `headers: { Authorization: "lin_api_${kit.base62(40)}" }`],
    clean: ['LINEAR_API_KEY=lin_api_', `lin_api_${kit.base62(12)}`],
  }),
};
