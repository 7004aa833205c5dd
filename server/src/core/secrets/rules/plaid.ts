/** Plaid access tokens: `access-sandbox-`, `access-development-` or `access-production-` + a UUID. */
import type { SecretRule } from '../rule';
import { UUID } from './keywordContext';

export const plaidAccessToken: SecretRule = {
  id: 'secret/plaid-api-token',
  title: 'Plaid access token',
  keywords: ['access-sandbox-', 'access-development-', 'access-production-'],
  pattern: new RegExp(`(?<![A-Za-z0-9_-])(?<secret>access-(?:sandbox|development|production)-${UUID})(?![A-Za-z0-9_-])`),
  minEntropy: 3,
  envName: 'PLAID_ACCESS_TOKEN',
  docs: 'https://plaid.com/docs/api/tokens/',
  samples: kit => ({
    secret: [`PLAID_ACCESS_TOKEN=access-sandbox-${kit.uuid()}`, `token: "access-production-${kit.uuid()}"`],
    clean: ['access-sandbox-', 'access-production-00000000-0000-0000-0000-000000000000'],
  }),
};
