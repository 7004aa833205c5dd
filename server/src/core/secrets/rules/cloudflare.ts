/**
 * Cloudflare credentials (developers.cloudflare.com/fundamentals/api/get-started): Origin CA keys are
 * `v1.0-` + 24 hex + `-` + 146 hex; API tokens are 40 base64url characters and the legacy Global API key is
 * 37 hex digits — those two have no prefix, so they are recognised next to the word "cloudflare".
 */
import type { SecretRule } from '../rule';
import { assignedNear } from './keywordContext';

export const cloudflareOriginCaKey: SecretRule = {
  id: 'secret/cloudflare-origin-ca-key',
  title: 'Cloudflare Origin CA key',
  keywords: ['v1.0-'],
  pattern: /(?<![A-Za-z0-9.-])(?<secret>v1\.0-[a-f0-9]{24}-[a-f0-9]{146})(?![A-Za-z0-9-])/,
  minEntropy: 3.5,
  envName: 'CLOUDFLARE_ORIGIN_CA_KEY',
  docs: 'https://developers.cloudflare.com/fundamentals/api/get-started/ca-keys/',
  samples: kit => ({
    secret: [`CLOUDFLARE_ORIGIN_CA: v1.0-${kit.hex(24)}-${kit.hex(146)}`],
    clean: [`version: v1.0-${kit.hex(8)}`, `v1.0-${kit.hex(24)}-${kit.hex(40)}`],
  }),
};

export const cloudflareApiToken: SecretRule = {
  id: 'secret/cloudflare-api-token',
  title: 'Cloudflare API token',
  keywords: ['cloudflare'],
  pattern: assignedNear('cloudflare', String.raw`(?=[A-Za-z_-]{0,39}[0-9])(?=[0-9_-]{0,39}[A-Za-z])[A-Za-z0-9_-]{40}(?![A-Za-z0-9_-])`),
  minEntropy: 3.5,
  envName: 'CLOUDFLARE_API_TOKEN',
  docs: 'https://developers.cloudflare.com/fundamentals/api/get-started/create-token/',
  samples: kit => ({
    secret: [`CLOUDFLARE_API_TOKEN=${kit.base64url(40)}`, `cloudflare: "${kit.base62(40)}"`],
    clean: [`CLOUDFLARE_ZONE=${kit.lowerAlnum(12)}`, 'cloudflare_api_token = "${CF_TOKEN}"', `cloudflare_account_name = "${'a'.repeat(40)}"`],
  }),
};

export const cloudflareGlobalApiKey: SecretRule = {
  id: 'secret/cloudflare-global-api-key',
  title: 'Cloudflare Global API key',
  keywords: ['cloudflare'],
  pattern: assignedNear('cloudflare', String.raw`[a-f0-9]{37}(?![A-Za-z0-9_-])`),
  minEntropy: 3,
  envName: 'CLOUDFLARE_API_KEY',
  docs: 'https://developers.cloudflare.com/fundamentals/api/get-started/keys/',
  samples: kit => ({
    secret: [`CLOUDFLARE_GLOBAL_API_KEY: ${kit.hex(37)}`, `cloudflare_api_key = "${kit.hex(37)}"`],
    clean: [`CLOUDFLARE_ZONE_ID=${kit.hex(32)}`, `commit = "${kit.hex(37)}"`],
  }),
};
