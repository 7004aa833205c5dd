/**
 * Dropbox OAuth tokens: short-lived access tokens start `sl.` and run well over 100 base64url characters;
 * long-lived tokens are 11 characters, ten `A`s, then 43 characters.
 */
import type { SecretRule } from '../rule';

export const dropboxShortLivedToken: SecretRule = {
  id: 'secret/dropbox-short-lived-token',
  title: 'Dropbox short-lived access token',
  keywords: ['sl.'],
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>sl\.[A-Za-z0-9_=-]{130,1400})(?![A-Za-z0-9_=-])/,
  minEntropy: 4,
  envName: 'DROPBOX_ACCESS_TOKEN',
  docs: 'https://developers.dropbox.com/oauth-guide',
  samples: kit => ({
    secret: [`DROPBOX_ACCESS_TOKEN=sl.${kit.base64url(135)}`, `dbx = dropbox.Dropbox("sl.B${kit.base64url(140)}")`],
    clean: ['ssl.verify = false', `sl.${kit.base64url(40)}`],
  }),
};

export const dropboxLongLivedToken: SecretRule = {
  id: 'secret/dropbox-long-lived-token',
  title: 'Dropbox long-lived access token',
  keywords: ['aaaaaaaaaa'],
  pattern: /(?<![A-Za-z0-9_=-])(?<secret>[A-Za-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_=-]{43})(?![A-Za-z0-9_=-])/,
  minEntropy: 3.5,
  envName: 'DROPBOX_ACCESS_TOKEN',
  docs: 'https://developers.dropbox.com/oauth-guide',
  samples: kit => ({
    secret: [`dropbox_token = "${kit.base62(11)}AAAAAAAAAA${kit.base64url(43)}"`],
    clean: [`${kit.base62(11)}AAAAAAAAAA${kit.base62(10)}`, 'A'.repeat(64)],
  }),
};
