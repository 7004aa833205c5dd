/**
 * Sendbird: the application id ("access id") is a UUID and the API token 40 hex characters; neither has a prefix, so
 * only values assigned to a name mentioning Sendbird are reported.
 */
import type { SecretRule } from '../rule';
import { assignedTo, UUID } from './keywordContext';

export const sendbirdAppId: SecretRule = {
  id: 'secret/sendbird-access-id',
  title: 'Sendbird application id',
  keywords: ['sendbird'],
  pattern: assignedTo(['sendbird'], UUID),
  minEntropy: 3,
  envName: 'SENDBIRD_APP_ID',
  docs: 'https://sendbird.com/docs/chat/platform-api/v3/prepare-to-use-api',
  samples: kit => ({
    secret: [`SENDBIRD_APP_ID=${kit.uuid()}`, `"sendbird_token": "${kit.uuid()}"`],
    clean: [`app_id = "${kit.uuid()}"`, 'SENDBIRD_APP_ID=${SENDBIRD_APP_ID}'],
  }),
};

export const sendbirdApiToken: SecretRule = {
  id: 'secret/sendbird-api-token',
  title: 'Sendbird API token',
  keywords: ['sendbird'],
  pattern: assignedTo(['sendbird'], '[a-f0-9]{40}'),
  minEntropy: 3,
  envName: 'SENDBIRD_API_TOKEN',
  docs: 'https://sendbird.com/docs/chat/platform-api/v3/prepare-to-use-api',
  samples: kit => ({
    secret: [`SENDBIRD_API_TOKEN=${kit.hex(40)}`, `<sendbirdToken>\n    ${kit.hex(40)}\n</sendbirdToken>`],
    clean: [`commit ${kit.hex(40)}`, 'SENDBIRD_API_TOKEN='],
  }),
};
