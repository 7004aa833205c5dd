/** Brevo (formerly Sendinblue) API keys: `xkeysib-` + 64 hex + `-` + 16 base62 characters. */
import type { SecretRule } from '../rule';

export const brevoApiKey: SecretRule = {
  id: 'secret/sendinblue-api-token',
  title: 'Brevo (Sendinblue) API key',
  keywords: ['xkeysib-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  envName: 'BREVO_API_KEY',
  docs: 'https://developers.brevo.com/docs/getting-started',
  samples: kit => ({
    secret: [`BREVO_API_KEY=xkeysib-${kit.hex(64)}-${kit.base62(16)}`],
    clean: ['xkeysib-', `xkeysib-${kit.hex(64)}`],
  }),
};
