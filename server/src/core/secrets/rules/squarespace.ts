/** Squarespace API keys are UUIDs; only one assigned to a name mentioning Squarespace is reported. */
import type { SecretRule } from '../rule';
import { assignedTo, UUID } from './keywordContext';

export const squarespaceApiKey: SecretRule = {
  id: 'secret/squarespace-api-key',
  title: 'Squarespace API key',
  keywords: ['squarespace'],
  pattern: assignedTo(['squarespace'], UUID),
  minEntropy: 3,
  envName: 'SQUARESPACE_API_KEY',
  docs: 'https://developers.squarespace.com/commerce-apis/authentication-and-permissions',
  samples: kit => ({
    secret: [`SQUARESPACE_API_KEY=${kit.uuid()}`, `<squarespaceToken>\n    ${kit.uuid()}\n</squarespaceToken>`, `var squarespaceToken string = "${kit.uuid()}"`],
    clean: [`id = "${kit.uuid()}"`, 'squarespace_token = "00000000-0000-0000-0000-000000000000"', 'SQUARESPACE_API_KEY=${SQUARESPACE_API_KEY}'],
  }),
};
