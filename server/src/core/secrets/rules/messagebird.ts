/**
 * MessageBird (Bird): access keys are 25 alphanumeric characters and OAuth client ids are UUIDs; neither has a prefix,
 * so only values assigned to a name mentioning MessageBird are reported.
 */
import type { SecretRule } from '../rule';
import { assignedTo, having, UUID } from './keywordContext';

const NAMES = ['messagebird', 'message_bird', 'message-bird', 'message.bird'];

export const messagebirdClientId: SecretRule = {
  id: 'secret/messagebird-client-id',
  title: 'MessageBird client id',
  keywords: NAMES,
  pattern: assignedTo(NAMES, UUID),
  minEntropy: 2.5,
  envName: 'MESSAGEBIRD_CLIENT_ID',
  docs: 'https://developers.messagebird.com/api/#authentication',
  samples: kit => ({
    secret: [`const MessageBirdClientID = "${kit.uuid()}"`, `messagebird_token: ${kit.uuid()}`],
    clean: [`client_id = "${kit.uuid()}"`, 'MESSAGEBIRD_CLIENT_ID=${MESSAGEBIRD_CLIENT_ID}'],
  }),
};

export const messagebirdAccessKey: SecretRule = {
  id: 'secret/messagebird-api-token',
  title: 'MessageBird access key',
  keywords: NAMES,
  pattern: assignedTo(NAMES, `${having('[A-Za-z0-9]', 25, '[0-9]', '[A-Za-z]')}[A-Za-z0-9]{25}`),
  minEntropy: 3.3,
  envName: 'MESSAGEBIRD_API_KEY',
  docs: 'https://developers.messagebird.com/api/#authentication',
  samples: kit => ({
    secret: [`MESSAGEBIRD_API_KEY=${kit.base62(25)}`, `var messagebirdToken string = "${kit.lowerAlnum(25)}"`],
    clean: ['messagebird_api_key = "live_XXXXXXXXXXXXXXXXXXXXX"', `MESSAGEBIRD_ORIGINATOR=${'acme'}`],
  }),
};
