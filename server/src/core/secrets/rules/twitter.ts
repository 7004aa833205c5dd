/** X (Twitter) app-only bearer tokens: 22 `A`s followed by URL-encoded base64 (`%` escapes), 80 to 200 characters in all. */
import type { SecretRule } from '../rule';
import { having } from './keywordContext';

export const twitterBearerToken: SecretRule = {
  id: 'secret/twitter-bearer-token',
  title: 'X (Twitter) bearer token',
  keywords: ['aaaaaaaaaaaaaaaaaaaaaa'],
  pattern: new RegExp(`(?<![A-Za-z0-9%])(?<secret>A{22}${having('[A-Za-z0-9%]', 200, '[a-z]', '[0-9]')}[A-Za-z0-9%]{60,200})(?![A-Za-z0-9%])`),
  minEntropy: 3.5,
  envName: 'TWITTER_BEARER_TOKEN',
  docs: 'https://docs.x.com/resources/fundamentals/authentication/oauth-2-0/bearer-tokens',
  samples: kit => ({
    secret: [`TWITTER_BEARER_TOKEN=${'A'.repeat(22)}${kit.base62(40)}%3D${kit.base62(50)}`],
    clean: ['A'.repeat(100), `${'A'.repeat(22)}${kit.base62(10)}`],
  }),
};
