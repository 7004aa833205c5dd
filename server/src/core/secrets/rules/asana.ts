/** Asana OAuth app client ids are 16-digit numbers; recognised next to the word "asana". */
import type { SecretRule } from '../rule';
import { assignedNear } from './keywordContext';

export const asanaClientId: SecretRule = {
  id: 'secret/asana-client-id',
  title: 'Asana client id',
  keywords: ['asana'],
  pattern: assignedNear('asana', String.raw`[0-9]{16}(?![A-Za-z0-9])`),
  envName: 'ASANA_CLIENT_ID',
  docs: 'https://developers.asana.com/docs/oauth',
  minEntropy: 2.5,
  samples: kit => ({
    secret: [`ASANA_CLIENT_ID=${kit.digits(16)}`, `asanaToken := "${kit.digits(16)}"`, `<asanaClientId>\n    ${kit.digits(16)}\n</asanaClientId>`],
    clean: [`asana_project = "${kit.digits(12)}"`, 'asana_client_id = 0000000000000000', `order_id = ${kit.digits(16)}`],
  }),
};
