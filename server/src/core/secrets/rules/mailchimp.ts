/** Mailchimp Marketing API keys: 32 lower-case hex characters + `-us` + the data-center number. */
import type { SecretRule } from '../rule';

export const mailchimpApiKey: SecretRule = {
  id: 'secret/mailchimp-api-key',
  title: 'Mailchimp API key',
  keywords: ['-us'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>[a-f0-9]{32}-us[0-9]{1,2})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  envName: 'MAILCHIMP_API_KEY',
  docs: 'https://mailchimp.com/developer/marketing/guides/quick-start/#generate-your-api-key',
  samples: kit => ({
    secret: [`MAILCHIMP_API_KEY=${kit.hex(32)}-us18`, `mailchimp_api_key: ${kit.hex(32)}-us2`],
    clean: [`${kit.hex(32)}-2`, `${kit.hex(32)}-al32`, `${kit.hex(32).toUpperCase()}-us2`, `${kit.hex(15)}-us2`],
  }),
};
