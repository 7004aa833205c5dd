/** Prefect Cloud API keys: `pnu_` + 36 base62 characters. */
import type { SecretRule } from '../rule';

export const prefectApiKey: SecretRule = {
  id: 'secret/prefect-api-token',
  title: 'Prefect API key',
  keywords: ['pnu_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>pnu_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
  envName: 'PREFECT_API_KEY',
  docs: 'https://docs.prefect.io/v3/manage/cloud/manage-users/api-keys',
  samples: kit => ({
    secret: [`PREFECT_API_KEY=pnu_${kit.base62(36)}`],
    clean: ['PREFECT_API_KEY = "pnu_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"', `pnu_${kit.base62(12)}`],
  }),
};
