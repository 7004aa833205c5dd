/**
 * Twilio API key SIDs: `SK` + 32 hex characters. The SID alone is not distinctive, so the rule runs on text that
 * mentions Twilio; pair it with the API key secret, which the generic rule finds by its name.
 */
import type { SecretRule } from '../rule';

export const twilioApiKey: SecretRule = {
  id: 'secret/twilio-api-key',
  title: 'Twilio API key',
  keywords: ['twilio'],
  wholeText: true, // the word gates the rule; the key itself is `SK…`
  pattern: /(?<![A-Za-z0-9_])(?<secret>SK[0-9a-fA-F]{32})(?![A-Za-z0-9_])/,
  minEntropy: 3,
  envName: 'TWILIO_API_KEY',
  docs: 'https://www.twilio.com/docs/iam/api-keys',
  samples: kit => ({
    secret: [`TWILIO_API_KEY=SK${kit.hex(32)}`, `<twilioToken>\n    SK${kit.hex(32)}\n</twilioToken>`],
    clean: [`TWILIO_API_KEY=SK${kit.hex(16)}`, `twilio sid: XSK${kit.hex(32)}`],
  }),
};
