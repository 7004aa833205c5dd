/** Adobe Developer Console OAuth client secrets start `p8e-` followed by 32 alphanumerics. */
import type { SecretRule } from '../rule';

export const adobeClientSecret: SecretRule = {
  id: 'secret/adobe-client-secret',
  title: 'Adobe client secret',
  keywords: ['p8e-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>p8e-[A-Za-z0-9]{32})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  envName: 'ADOBE_CLIENT_SECRET',
  docs: 'https://developer.adobe.com/developer-console/docs/guides/authentication/',
  samples: kit => ({
    secret: [`ADOBE_CLIENT_SECRET=p8e-${kit.base62(32)}`, `<clientSecret>p8e-${kit.lowerAlnum(32)}</clientSecret>`],
    clean: ['p8e-', `p8e-${kit.base62(12)}`, `xp8e-${kit.base62(32)}`],
  }),
};
