/**
 * Microsoft Teams incoming-webhook URLs: `https://<tenant>.webhook.office.com/webhookb2/<group>@<tenant id>/
 * IncomingWebhook/<32-character id>/<connector id>` (formerly under outlook.office.com/webhook/). Anyone holding the
 * URL can post to the channel.
 */
import type { SecretRule } from '../rule';

export const teamsWebhook: SecretRule = {
  id: 'secret/microsoft-teams-webhook',
  title: 'Microsoft Teams incoming webhook URL',
  keywords: ['webhook.office.com', 'outlook.office.com/webhook'],
  pattern: /(?<secret>https:\/\/(?:[A-Za-z0-9\-]{1,60}\.webhook|outlook)\.office\.com\/webhook(?:b2)?\/[A-Za-z0-9\-]{36}@[A-Za-z0-9\-]{36}\/IncomingWebhook\/[A-Za-z0-9]{32}\/[A-Za-z0-9\-]{36}(?:\/[A-Za-z0-9_\-]{20,80})?)/,
  minEntropy: 3.5,
  envName: 'TEAMS_WEBHOOK_URL',
  docs: 'https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook',
  samples: kit => ({
    secret: [`TEAMS_WEBHOOK_URL=https://acme.webhook.office.com/webhookb2/${kit.uuid()}@${kit.uuid()}/IncomingWebhook/${kit.hex(32)}/${kit.uuid()}`],
    clean: ['https://acme.webhook.office.com/webhookb2/', 'see https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors'],
  }),
};
