/**
 * Grafana credentials (grafana.com/docs): legacy API keys are base64 of `{"k":…,"n":…,"id":…}` and so start
 * `eyJrIjoi`; Grafana Cloud access policy tokens are `glc_` + base64 of a JSON document; service account tokens are
 * `glsa_` + 32 alphanumerics + `_` + 8 hex digits. The JSON-bearing kinds are decoded offline.
 */
import type { SecretRule, Validation } from '../rule';

function decodesToJson(b64: string, key: string): Validation {
  const text = Buffer.from(b64, 'base64').toString('latin1');
  return text.startsWith('{') && text.includes(`"${key}":`)
    ? { valid: true, detail: 'Grafana token, decodes to its JSON payload' }
    : { valid: false, detail: 'Grafana token prefix but the payload does not decode — probably a placeholder' };
}

export const grafanaApiKey: SecretRule = {
  id: 'secret/grafana-api-key',
  title: 'Grafana API key',
  keywords: ['eyjrijoi'],
  pattern: /(?<![A-Za-z0-9+/])(?<secret>eyJrIjoi[A-Za-z0-9+/]{70,400}={0,3})(?![A-Za-z0-9+/=])/,
  minEntropy: 4,
  envName: 'GRAFANA_API_KEY',
  docs: 'https://grafana.com/docs/grafana/latest/administration/service-accounts/',
  validate: s => decodesToJson(s, 'k'),
  samples: kit => ({
    secret: [`GRAFANA_API_KEY=${Buffer.from(`{"k":"${kit.base62(32)}","n":"ci-deploy-key","id":1}`).toString('base64')}`],
    clean: ['eyJrIjoi', `eyJrIjoi${kit.base62(20)}`],
  }),
};

export const grafanaCloudToken: SecretRule = {
  id: 'secret/grafana-cloud-token',
  title: 'Grafana Cloud access policy token',
  keywords: ['glc_'],
  pattern: /(?<![A-Za-z0-9_+/])(?<secret>glc_[A-Za-z0-9+/]{32,400}={0,3})(?![A-Za-z0-9+/=_])/,
  minEntropy: 3.5,
  envName: 'GRAFANA_CLOUD_TOKEN',
  docs: 'https://grafana.com/docs/grafana-cloud/security-and-account-management/authentication-and-permissions/access-policies/',
  validate: s => decodesToJson(s.slice(4), 'k'),
  samples: kit => ({
    secret: [`loki_key: glc_${Buffer.from(`{"o":"${kit.digits(6)}","n":"stack-write","k":"${kit.base62(24)}","m":{"r":"us"}}`).toString('base64')}`],
    clean: ['glc_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', '   API_KEY="glc_111111111111111111111111111111111111111111="', 'void GLC_CreateLightmapTextureArray(void);'],
  }),
};

export const grafanaServiceAccountToken: SecretRule = {
  id: 'secret/grafana-service-account-token',
  title: 'Grafana service account token',
  keywords: ['glsa_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
  envName: 'GRAFANA_SERVICE_ACCOUNT_TOKEN',
  docs: 'https://grafana.com/docs/grafana/latest/administration/service-accounts/',
  samples: kit => ({
    secret: [`GRAFANA_TOKEN=glsa_${kit.base62(32)}_${kit.hex(8)}`],
    clean: ['glsa_', `glsa_${kit.base62(32)}`],
  }),
};
