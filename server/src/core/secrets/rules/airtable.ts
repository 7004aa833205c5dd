/**
 * Airtable personal access tokens (airtable.com/developers/web/guides/personal-access-tokens): `pat` + 14
 * alphanumerics (the token id) + `.` + 64 hex characters (the secret part).
 */
import type { SecretRule } from '../rule';

export const airtablePat: SecretRule = {
  id: 'secret/airtable-pat',
  title: 'Airtable personal access token',
  keywords: ['pat'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>pat[A-Za-z0-9]{14}\.[a-f0-9]{64})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
  envName: 'AIRTABLE_TOKEN',
  docs: 'https://airtable.com/developers/web/guides/personal-access-tokens',
  samples: kit => ({
    secret: [`AIRTABLE_TOKEN=pat${kit.base62(14)}.${kit.hex(64)}`, `Authorization: Bearer pat${kit.base62(14)}.${kit.hex(64)}`],
    clean: [`pat${kit.base62(14)}.${kit.hex(20)}`, `spat${kit.base62(14)}.${kit.hex(64)}`],
  }),
};
