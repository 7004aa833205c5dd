/** Defined Networking (Managed Nebula) API tokens: `dnkey-` + 26 + `-` + 52 characters. */
import type { SecretRule } from '../rule';

export const definedNetworkingToken: SecretRule = {
  id: 'secret/defined-networking-api-token',
  title: 'Defined Networking API token',
  keywords: ['dnkey-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>dnkey-[A-Za-z0-9=_-]{26}-[A-Za-z0-9=_-]{52})(?![A-Za-z0-9=_-])/,
  minEntropy: 3.5,
  envName: 'DN_API_KEY',
  docs: 'https://docs.defined.net/guides/automating-host-creation/',
  samples: kit => ({
    secret: [`DN_API_KEY=dnkey-${kit.base62(26)}-${kit.base62(52)}`],
    clean: ['dnkey-', `dnkey-${kit.base62(26)}`],
  }),
};
