/** ClickHouse Cloud API key secrets start `4b1d` followed by 38 alphanumerics. */
import type { SecretRule } from '../rule';

export const clickhouseCloudSecret: SecretRule = {
  id: 'secret/clickhouse-cloud-api-secret',
  title: 'ClickHouse Cloud API key secret',
  keywords: ['4b1d'],
  pattern: /(?<![A-Za-z0-9])(?<secret>4b1d[A-Za-z0-9]{38})(?![A-Za-z0-9])/,
  minEntropy: 4,
  envName: 'CLICKHOUSE_API_SECRET',
  docs: 'https://clickhouse.com/docs/cloud/manage/openapi',
  samples: kit => ({
    secret: [`CLICKHOUSE_KEY_SECRET=4b1d${kit.base62(38)}`, `secret: "4b1d${kit.base62(38)}"`],
    clean: [`4b1d${kit.hex(38)}`, `4b1d${kit.base62(10)}`],
  }),
};
