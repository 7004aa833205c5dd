/** Mailgun keys: private API keys `key-` + 32 hex characters and public validation keys `pubkey-` + 32 hex characters. */
import type { SecretRule } from '../rule';

export const mailgunApiKey: SecretRule = {
  id: 'secret/mailgun-api-key',
  title: 'Mailgun API key',
  keywords: ['key-'],
  pattern: /(?<![A-Za-z0-9_.\/-])(?<secret>(?:pub)?key-[a-f0-9]{32})(?![A-Za-z0-9_.-])/,
  minEntropy: 3,
  envName: 'MAILGUN_API_KEY',
  docs: 'https://documentation.mailgun.com/docs/mailgun/api-reference/authentication',
  samples: kit => ({
    secret: [`MAILGUN_API_KEY=key-${kit.hex(32)}`, `mailgun_pub_key: "pubkey-${kit.hex(32)}"`],
    clean: [`cache-key-${kit.hex(32)}`, `key-${kit.hex(16)}`, `/assets/key-${kit.hex(32)}.png`],
  }),
};
