/** Postman API keys: `PMAK-` + 24 hex + `-` + 34 hex characters. */
import type { SecretRule } from '../rule';

export const postmanApiKey: SecretRule = {
  id: 'secret/postman-api-token',
  title: 'Postman API key',
  keywords: ['pmak-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>PMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  envName: 'POSTMAN_API_KEY',
  docs: 'https://learning.postman.com/docs/developer/postman-api/authentication/',
  samples: kit => ({
    secret: [`POSTMAN_API_KEY=PMAK-${kit.hex(24)}-${kit.hex(34)}`],
    clean: ['PMAK-', `PMAK-${kit.hex(24)}`],
  }),
};
