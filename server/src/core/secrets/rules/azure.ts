/**
 * Microsoft Azure credentials. Entra ID (Azure AD) application client secrets issued since 2021 are 37–40
 * characters: 3 characters, a digit, `Q~`, then 31–34 characters of `[A-Za-z0-9_~.-]`. Storage account keys are 64
 * random bytes in base64 (88 characters ending `==`), usually seen as `AccountKey=` in a connection string.
 */
import type { SecretRule } from '../rule';

const AZ = '[A-Za-z0-9_~.-]';

export const azureAdClientSecret: SecretRule = {
  id: 'secret/azure-ad-client-secret',
  title: 'Azure AD (Entra ID) client secret',
  keywords: [...'0123456789'].map(d => `${d}q~`),
  pattern: new RegExp(String.raw`(?<!${AZ})(?<secret>${AZ}{3}[0-9]Q~${AZ}{31,34})(?!${AZ})`),
  minEntropy: 3.5,
  envName: 'AZURE_CLIENT_SECRET',
  docs: 'https://learn.microsoft.com/en-us/entra/identity-platform/how-to-add-credentials',
  samples: kit => ({
    secret: [`client_secret=${kit.base62(3)}8Q~${kit.base64url(34)}`, `"CLIENT_SECRET": "${kit.base62(3)}7Q~${kit.base62(31)}"`],
    clean: ['client_secret=bP88Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', '~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~', `USK@${kit.base62(20)},4~q8Q~${kit.base62(37)},AQACAAE`],
  }),
};

export const azureStorageAccountKey: SecretRule = {
  id: 'secret/azure-storage-account-key',
  title: 'Azure storage account key',
  keywords: ['accountkey'],
  pattern: /AccountKey\s{0,3}=\s{0,3}(?<secret>[A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])/i,
  minEntropy: 4.5,
  envName: 'AZURE_STORAGE_KEY',
  docs: 'https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage',
  samples: kit => ({
    secret: [`DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${kit.base64Of(64)};EndpointSuffix=core.windows.net`],
    clean: ['AccountKey=<your-key>', `AccountKey=${kit.base64Of(16)}`],
  }),
};
