/**
 * New Relic keys: user API keys `NRAK-` + 27 characters, browser API tokens `NRJS-` + 19 hex, insert keys `NRII-` +
 * 32 characters, ingest license keys `…NRAL` (40 characters ending in NRAL).
 */
import type { SecretRule } from '../rule';

export const newRelicKey: SecretRule = {
  id: 'secret/new-relic-key',
  title: 'New Relic API key',
  keywords: ['nrak-', 'nrjs-', 'nrii-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>NRAK-[A-Za-z0-9]{27}|NRJS-[a-f0-9]{19}|NRII-[A-Za-z0-9\-]{32})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  envName: 'NEW_RELIC_API_KEY',
  docs: 'https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/',
  samples: kit => ({
    secret: [`NEW_RELIC_API_KEY=NRAK-${kit.upperAlnum(27)}`, `nrJsToken: "NRJS-${kit.hex(19)}"`, `insertKey = "NRII-${kit.base64url(32).replace(/_/g, 'x')}"`],
    clean: ['NRAK-', `NRAK-${kit.upperAlnum(10)}`],
  }),
};

export const newRelicLicenseKey: SecretRule = {
  id: 'secret/new-relic-license-key',
  title: 'New Relic license key',
  keywords: ['nral'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>[a-f0-9]{36}NRAL)(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  envName: 'NEW_RELIC_LICENSE_KEY',
  docs: 'https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/#license-key',
  samples: kit => ({
    secret: [`NEW_RELIC_LICENSE_KEY=${kit.hex(36)}NRAL`],
    clean: [`${kit.hex(20)}NRAL`, 'NRAL'],
  }),
};
