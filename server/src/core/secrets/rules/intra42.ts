/** 42 (intra.42.fr) OAuth client secrets: `s-s4t2ud-` or `s-s4t2af-` + 64 hex characters. */
import type { SecretRule } from '../rule';

export const intra42ClientSecret: SecretRule = {
  id: 'secret/intra42-client-secret',
  title: '42 intra client secret',
  keywords: ['s-s4t2'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>s-s4t2(?:ud|af)-[a-f0-9]{64})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  envName: 'INTRA42_CLIENT_SECRET',
  docs: 'https://api.intra.42.fr/apidoc/guides/getting_started',
  samples: kit => ({
    secret: [`FT_CLIENT_SECRET=s-s4t2ud-${kit.hex(64)}`, `secret: "s-s4t2af-${kit.hex(64)}"`],
    clean: ['s-s4t2ud-', `s-s4t2ud-${kit.hex(20)}`],
  }),
};
