/**
 * KuCoin API credentials: the key is 24 hex characters and the secret a UUID; neither has a prefix, so only values
 * assigned to a name mentioning KuCoin are reported.
 */
import type { SecretRule } from '../rule';
import { assignedTo, UUID } from './keywordContext';

export const kucoinSecret: SecretRule = {
  id: 'secret/kucoin-secret-key',
  title: 'KuCoin API secret',
  keywords: ['kucoin'],
  pattern: assignedTo(['kucoin'], UUID),
  minEntropy: 3,
  envName: 'KUCOIN_API_SECRET',
  docs: 'https://www.kucoin.com/docs/basic-info/connection-method/authentication/creating-a-request',
  samples: kit => ({
    secret: [`KUCOIN_API_SECRET=${kit.uuid()}`, `kucoinToken := \`${kit.uuid()}\``],
    clean: [`secret = "${kit.uuid()}"`, 'KUCOIN_API_SECRET=${KUCOIN_API_SECRET}'],
  }),
};

export const kucoinApiKey: SecretRule = {
  id: 'secret/kucoin-access-token',
  title: 'KuCoin API key',
  keywords: ['kucoin'],
  pattern: assignedTo(['kucoin'], '[a-f0-9]{24}'),
  minEntropy: 3,
  envName: 'KUCOIN_API_KEY',
  docs: 'https://www.kucoin.com/docs/basic-info/connection-method/authentication/creating-a-request',
  samples: kit => ({
    secret: [`KUCOIN_API_KEY=${kit.hex(24)}`, `<kucoinToken>\n    ${kit.hex(24)}\n</kucoinToken>`],
    clean: [`key = "${kit.hex(24)}"`, 'KUCOIN_API_KEY='],
  }),
};
