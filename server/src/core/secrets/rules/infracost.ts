/** Infracost API keys: `ico-` + 32 base62 characters. */
import type { SecretRule } from '../rule';

export const infracostApiKey: SecretRule = {
  id: 'secret/infracost-api-token',
  title: 'Infracost API key',
  keywords: ['ico-'],
  // Not after a dot or slash: `favicon.ico-<hash>.png` is an asset name.
  pattern: /(?<![A-Za-z0-9_.\/-])(?<secret>ico-[A-Za-z0-9]{32})(?![A-Za-z0-9_.-])/,
  minEntropy: 3.5,
  envName: 'INFRACOST_API_KEY',
  docs: 'https://www.infracost.io/docs/integrations/environment_variables/',
  samples: kit => ({
    secret: [`INFRACOST_API_KEY=ico-${kit.base62(32)}`, `secret_value = "ico-${kit.base62(32)}"`],
    clean: ['ico-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', `/assets/video_box.ico-${kit.hex(32)}.png`],
  }),
};
