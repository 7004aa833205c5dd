/**
 * PEM private keys (RFC 7468): `-----BEGIN <TYPE>PRIVATE KEY-----`, base64 body, matching END line. A key that
 * Node's crypto parses is real key material; encrypted keys are still flagged (the passphrase is often nearby).
 */
import { createPrivateKey } from 'crypto';
import type { SecretRule } from '../rule';

export const privateKey: SecretRule = {
  id: 'secret/private-key',
  title: 'Private key',
  keywords: ['private key-----'],
  pattern: /(?<secret>-----BEGIN (?<kind>[A-Z0-9 ]{0,20})PRIVATE KEY(?: BLOCK)?-----[\s\S]{32,16384}?-----END \k<kind>PRIVATE KEY(?: BLOCK)?-----)/,
  envName: 'PRIVATE_KEY',
  docs: 'https://www.rfc-editor.org/rfc/rfc7468',
  accept(secret) {
    const body = secret.replace(/-----(?:BEGIN|END)[^-]*-----/g, '').replace(/^[A-Za-z-]+:.*$/gm, '').replace(/\\n|\s|"|'|\+/g, '');
    return /^[A-Za-z0-9+/=]{32,}$/.test(body) && new Set(body).size > 16;
  },
  validate(secret) {
    if (/ENCRYPTED/.test(secret)) return { valid: true, detail: 'encrypted private key' };
    const pem = secret.replace(/\\n/g, '\n');
    try {
      const key = createPrivateKey(pem);
      const bits = key.asymmetricKeyDetails?.modulusLength;
      return { valid: true, detail: `key parses (${key.asymmetricKeyType}${bits ? ` ${bits}-bit` : ''})` };
    } catch {
      return { valid: false, detail: 'PEM block does not parse as a key — possibly truncated or a placeholder' };
    }
  },
  samples: kit => ({
    secret: [
      `-----BEGIN RSA PRIVATE KEY-----\n${kit.base64Of(600).replace(/(.{64})/g, '$1\n')}\n-----END RSA PRIVATE KEY-----`,
      `key = "-----BEGIN PRIVATE KEY-----\\n${kit.base64Of(120)}\\n-----END PRIVATE KEY-----"`,
    ],
    clean: [
      '-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----',
      '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----',
      "if (line.startsWith('-----BEGIN PRIVATE KEY-----')) {",
    ],
  }),
};
