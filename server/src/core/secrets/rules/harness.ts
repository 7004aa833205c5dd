/**
 * Harness API keys (developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys): `pat.` (personal)
 * or `sat.` (service account) + account id (22) + `.` + key id (24) + `.` + secret (20).
 */
import type { SecretRule } from '../rule';

export const harnessApiKey: SecretRule = {
  id: 'secret/harness-api-key',
  title: 'Harness API key',
  keywords: ['pat.', 'sat.'],
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>[ps]at\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20})(?![A-Za-z0-9_.-])/,
  minEntropy: 3.5,
  envName: 'HARNESS_API_KEY',
  docs: 'https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys/',
  samples: kit => ({
    secret: [`HARNESS_API_KEY=pat.${kit.base64url(22)}.${kit.base62(24)}.${kit.base62(20)}`, `x-api-key: sat.${kit.base62(22)}.${kit.base62(24)}.${kit.base62(20)}`],
    clean: ['pat.', `pat.${kit.base62(22)}.${kit.base62(24)}`],
  }),
};
