/**
 * Meta / Facebook Graph API tokens (developers.facebook.com/docs/facebook-login/guides/access-tokens): user and page
 * access tokens start `EAA` followed by a long alphanumeric body; an app access token is the app id (15–16 digits),
 * `|`, and the app secret or a signature.
 */
import type { SecretRule } from '../rule';

export const facebookAccessToken: SecretRule = {
  id: 'secret/facebook-access-token',
  title: 'Facebook access token',
  keywords: ['eaa'],
  pattern: /(?<![A-Za-z0-9])(?<secret>EAA[A-Za-z0-9]{90,400})(?![A-Za-z0-9])/,
  minEntropy: 4,
  envName: 'FACEBOOK_ACCESS_TOKEN',
  docs: 'https://developers.facebook.com/docs/facebook-login/guides/access-tokens',
  samples: kit => ({
    secret: [`FACEBOOK_TOKEN=EAAC${kit.base62(160)}`, `access_token: "EAAM${kit.base62(200)}"`],
    clean: [`eaaaC0b75a9329fded2ffa9a02b47e0117831b82`, `EAA${kit.base62(30)}`],
  }),
};

export const facebookAppAccessToken: SecretRule = {
  id: 'secret/facebook-app-access-token',
  title: 'Facebook app access token',
  keywords: ['facebook', 'graph.facebook', 'fb_'],
  wholeText: true, // the keywords are context, not part of the token
  pattern: /(?<![A-Za-z0-9])(?<secret>[0-9]{15,16}(?:\||%7[Cc]|%)(?=[A-Za-z0-9_-]{0,39}[A-Za-z])[A-Za-z0-9_-]{27,40})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  envName: 'FACEBOOK_ACCESS_TOKEN',
  docs: 'https://developers.facebook.com/docs/facebook-login/guides/access-tokens#apptokens',
  samples: kit => ({
    secret: [`facebook access_token=${'1' + kit.digits(14)}|${kit.base64url(27)}`],
    clean: [`facebook id ${kit.digits(15)}`, `facebook ${kit.digits(15)}|${kit.digits(27)}`],
  }),
};
