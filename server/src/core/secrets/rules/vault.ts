/**
 * HashiCorp Vault tokens. Since Vault 1.10 service tokens are `hvs.` + about 90 or more base64url characters, batch
 * tokens `hvb.` + 130 or more, recovery tokens `hvr.`; before 1.10 service tokens were `s.` + 24 base62 characters
 * (reported only in text that mentions Vault or a token, and only with digits and mixed content).
 */
import type { SecretRule } from '../rule';
import { having } from './keywordContext';

export const vaultServiceToken: SecretRule = {
  id: 'secret/vault-service-token',
  title: 'HashiCorp Vault service token',
  keywords: ['hvs.', 'hvr.'],
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>hv[sr]\.[A-Za-z0-9_-]{90,300})(?![A-Za-z0-9_.-])/,
  minEntropy: 4,
  envName: 'VAULT_TOKEN',
  docs: 'https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes',
  samples: kit => ({
    secret: [`VAULT_TOKEN=hvs.${kit.base64url(91)}`, `vault login hvs.CAESI${kit.base64url(100)}`],
    clean: ['VAULT_TOKEN=hvs.', `hvs.${kit.base62(20)}`],
  }),
};

export const vaultBatchToken: SecretRule = {
  id: 'secret/vault-batch-token',
  title: 'HashiCorp Vault batch token',
  keywords: ['hvb.'],
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>hvb\.[A-Za-z0-9_-]{100,400})(?![A-Za-z0-9_.-])/,
  minEntropy: 4,
  envName: 'VAULT_TOKEN',
  docs: 'https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes',
  samples: kit => ({
    secret: [`VAULT_TOKEN=hvb.AAAAAQ${kit.base64url(150)}`],
    clean: ['VAULT_TOKEN=hvb.', `hvb.${kit.base62(40)}`],
  }),
};

export const vaultLegacyToken: SecretRule = {
  id: 'secret/vault-legacy-token',
  title: 'HashiCorp Vault token (pre-1.10 format)',
  keywords: ['vault', 'token'],
  wholeText: true, // context words; the token itself is `s.…`
  pattern: new RegExp(`(?<![A-Za-z0-9_./-])(?<secret>s\\.${having('[A-Za-z0-9]', 24, '[0-9]', '[A-Za-z]')}[A-Za-z0-9]{24})(?![A-Za-z0-9_.-])`),
  minEntropy: 3.5,
  envName: 'VAULT_TOKEN',
  docs: 'https://developer.hashicorp.com/vault/docs/concepts/tokens',
  samples: kit => ({
    secret: [`VAULT_TOKEN=s.${kit.base62(24)}`, `token: s.${kit.lowerAlnum(24)}`],
    clean: ['token: s.xxxxxxxxxxxxxxxxxxxxxxxx', 'token: s.THISSTRINGISALLUPPERCASE', 'token: s.AcceptanceTimeoutSeconds ', 'vault token s.thisstringisalllowercase'],
  }),
};
