/** Pulumi Cloud access tokens: `pul-` + 40 hex characters. */
import type { SecretRule } from '../rule';

export const pulumiAccessToken: SecretRule = {
  id: 'secret/pulumi-api-token',
  title: 'Pulumi access token',
  keywords: ['pul-'],
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>pul-[a-f0-9]{40})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  envName: 'PULUMI_ACCESS_TOKEN',
  docs: 'https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/',
  samples: kit => ({
    secret: [`PULUMI_ACCESS_TOKEN=pul-${kit.hex(40)}`],
    clean: [`<img src="./assets/vipul-${kit.hex(64)}.png">`, `pul-${kit.hex(20)}`],
  }),
};
