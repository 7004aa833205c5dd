/**
 * Fly.io tokens (fly.io/docs/security/tokens): older personal tokens are `fo1_` + 43 base64url characters;
 * macaroon tokens are `fm1a_`, `fm1r_` or `fm2_` + a long base64 body (often written `FlyV1 fm2_…`).
 */
import type { SecretRule } from '../rule';

export const flyioToken: SecretRule = {
  id: 'secret/flyio-token',
  title: 'Fly.io access token',
  keywords: ['fo1_', 'fm1a_', 'fm1r_', 'fm2_'],
  pattern: /(?<![A-Za-z0-9_+/-])(?<secret>fo1_[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])|fm(?:1[ar]|2)_[A-Za-z0-9+/_-]{100,4000}={0,3}(?![A-Za-z0-9+/=_-]))/,
  minEntropy: 4,
  envName: 'FLY_API_TOKEN',
  docs: 'https://fly.io/docs/security/tokens/',
  samples: kit => ({
    secret: [`Fly access token: fo1_${kit.base64url(43)}`, `FLY_API_TOKEN="FlyV1 fm2_${kit.base64(300)}=="`],
    clean: ['api_key = "fo1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"', `value="7SWa-Fo1_${kit.base64url(60)}"`, `fm2_${kit.base64(20)}`],
  }),
};
