/** Frame.io developer tokens: `fio-u-` + 64 base64url characters. */
import type { SecretRule } from '../rule';

export const frameioToken: SecretRule = {
  id: 'secret/frameio-api-token',
  title: 'Frame.io API token',
  keywords: ['fio-u-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>fio-u-[A-Za-z0-9_=-]{64})(?![A-Za-z0-9_=-])/,
  minEntropy: 3.5,
  envName: 'FRAMEIO_TOKEN',
  docs: 'https://developer.frame.io/docs/getting-started/authentication',
  samples: kit => ({
    secret: [`FRAMEIO_TOKEN=fio-u-${kit.base64url(64)}`],
    clean: ['fio-u-', `fio-u-${kit.base64url(20)}`],
  }),
};
