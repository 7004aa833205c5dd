/** Databricks personal access tokens: `dapi` + 32 hex digits, optionally `-` + a one-digit suffix. */
import type { SecretRule } from '../rule';

export const databricksToken: SecretRule = {
  id: 'secret/databricks-token',
  title: 'Databricks personal access token',
  keywords: ['dapi'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>dapi[a-f0-9]{32}(?:-[0-9])?)(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  envName: 'DATABRICKS_TOKEN',
  docs: 'https://docs.databricks.com/en/dev-tools/auth/pat.html',
  samples: kit => ({
    secret: [`DATABRICKS_TOKEN=dapi${kit.hex(32)}`, `token = dapi${kit.hex(32)}-2`],
    clean: ['DATABRICKS_TOKEN=dapi123456789012345678a9bc01234defg5', `dapi${kit.hex(16)}`],
  }),
};
