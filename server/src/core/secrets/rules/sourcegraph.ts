/**
 * Sourcegraph access tokens: `sgp_` + 40 hex, `sgp_<16 hex instance id>_` + 40 hex, `sgp_local_` + 40 hex; legacy
 * tokens are 40 bare hex characters and are reported only when assigned to a name mentioning Sourcegraph.
 */
import type { SecretRule } from '../rule';
import { assignedTo } from './keywordContext';

export const sourcegraphToken: SecretRule = {
  id: 'secret/sourcegraph-access-token',
  title: 'Sourcegraph access token',
  keywords: ['sgp_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>sgp_(?:[a-fA-F0-9]{16}_|local_)?[a-fA-F0-9]{40})(?![A-Za-z0-9_!])/,
  minEntropy: 3.3,
  envName: 'SRC_ACCESS_TOKEN',
  docs: 'https://sourcegraph.com/docs/cli/how-tos/creating_an_access_token',
  samples: kit => ({
    secret: [`SRC_ACCESS_TOKEN=sgp_${kit.hex(40)}`, `token: sgp_${kit.hex(16)}_${kit.hex(40)}`, `sgp_local_${kit.hex(40)}`],
    clean: ['sgp_5555555dAAAAA7777777CcccCFaaaaaaaaaaaaaa', `sgp_local_${kit.hex(10)}G${kit.hex(29)}`, `sgp_${kit.hex(20)}_${kit.hex(40)}`],
  }),
};

export const sourcegraphLegacyToken: SecretRule = {
  id: 'secret/sourcegraph-legacy-token',
  title: 'Sourcegraph access token',
  keywords: ['sourcegraph'],
  pattern: assignedTo(['sourcegraph'], '[a-fA-F0-9]{40}'),
  minEntropy: 3.3,
  envName: 'SRC_ACCESS_TOKEN',
  docs: 'https://sourcegraph.com/docs/cli/how-tos/creating_an_access_token',
  samples: kit => ({
    secret: [`sourcegraph: ${kit.hex(40)}`, `<sourcegraphToken>\n    ${kit.hex(40)}\n</sourcegraphToken>`],
    clean: [`commit ${kit.hex(40)}`, 'sourcegraph: https://sourcegraph.com'],
  }),
};
