/** Perplexity API keys: `pplx-` + 48 base62 characters. */
import type { SecretRule } from '../rule';

export const perplexityApiKey: SecretRule = {
  id: 'secret/perplexity-api-key',
  title: 'Perplexity API key',
  keywords: ['pplx-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>pplx-[A-Za-z0-9]{48})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  envName: 'PERPLEXITY_API_KEY',
  docs: 'https://docs.perplexity.ai/guides/getting-started',
  samples: kit => ({
    secret: [`PERPLEXITY_API_KEY=pplx-${kit.base62(48)}`, `api_key: "pplx-${kit.base62(48)}"`],
    clean: ['PERPLEXITY_API_KEY=pplx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', `pplx-${kit.base62(20)}`],
  }),
};
