/**
 * Dynatrace access tokens (docs.dynatrace.com, "Access tokens"): `dt0c01.` + a 24-character public part + `.` +
 * a 64-character secret part, upper-case letters and digits.
 */
import type { SecretRule } from '../rule';

export const dynatraceToken: SecretRule = {
  id: 'secret/dynatrace-token',
  title: 'Dynatrace access token',
  keywords: ['dt0c01.'],
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>dt0c01\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{64})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  envName: 'DT_API_TOKEN',
  docs: 'https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/access-tokens',
  samples: kit => ({
    secret: [`DT_API_TOKEN=dt0c01.${kit.upperAlnum(24)}.${kit.upperAlnum(64)}`, `Api-Token dt0c01.${kit.upperAlnum(24)}.${kit.upperAlnum(64)}`],
    clean: [`dt0c01.${kit.upperAlnum(24)}`, 'dt0c01.ABC.DEF'],
  }),
};
