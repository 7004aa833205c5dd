/** HubSpot legacy API keys (hapikey) are UUIDs; recognised next to the word "hubspot" or a `hapikey` parameter. */
import type { SecretRule } from '../rule';
import { assignedNear } from './keywordContext';

export const hubspotApiKey: SecretRule = {
  id: 'secret/hubspot-api-key',
  title: 'HubSpot API key',
  keywords: ['hubspot', 'hapikey'],
  pattern: assignedNear('hubspot|hapikey', String.raw`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![A-Za-z0-9-])`),
  minEntropy: 3,
  envName: 'HUBSPOT_API_KEY',
  docs: 'https://developers.hubspot.com/docs/api/migrate-an-api-key-integration-to-a-private-app',
  samples: kit => ({
    secret: [`HUBSPOT_API_KEY=${kit.uuid().toUpperCase()}`, `https://api.hubapi.com/contacts/v1/lists?hapikey=${kit.uuid()}`],
    clean: [`portal_id = "${kit.uuid()}"`, 'hubspotKey = "00000000-0000-0000-0000-000000000000"'],
  }),
};
