/**
 * Shopify tokens: `shpat_` (Admin API access token), `shpca_` (custom app), `shppa_` (private app password) and
 * `shpss_` (app shared secret), each + 32 hex characters; since 2024 Shopify issues longer base62 values
 * (32 to 38 characters and growing, shopify.dev changelog "length of the Shopify access token is increasing").
 */
import type { SecretRule } from '../rule';

export const shopifyToken: SecretRule = {
  id: 'secret/shopify-token',
  title: 'Shopify access token',
  keywords: ['shpat_', 'shpca_', 'shppa_', 'shpss_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>shp(?:at|ca|pa|ss)_[A-Za-z0-9]{32,64})(?![A-Za-z0-9_])/,
  minEntropy: 3,
  envName: 'SHOPIFY_ACCESS_TOKEN',
  docs: 'https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens',
  samples: kit => ({
    secret: [`SHOPIFY_ACCESS_TOKEN=shpat_${kit.hex(32)}`, `"X-Shopify-Access-Token": "shpca_${kit.hex(32)}"`, `secret: shpss_${kit.hex(32)}`, `shpca_${kit.base62(38)}`],
    clean: ['shpat_', `shpat_${kit.hex(16)}`, 'shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  }),
};
