/**
 * PEM private keys (RFC 7468): `-----BEGIN <TYPE>PRIVATE KEY-----`, base64 body, matching END line (also OpenPGP's
 * `PRIVATE KEY BLOCK`, RFC 4880 §6.2, with its `=XXXX` checksum line). A key that Node's crypto parses is real key
 * material; encrypted keys are still flagged (the passphrase is often nearby). Bodies that are too short to hold any
 * key (the smallest, Ed25519 in PKCS#8, is 64 base64 characters) or that decode to plain text are placeholders.
 */
import { createPrivateKey } from 'crypto';
import type { SecretRule, Validation } from '../rule';

function body(secret: string): string {
  return secret.replace(/-{3,5}(?:BEGIN|END)[^-]*-{3,5}/g, '').replace(/^[A-Za-z-]+:.*$/gm, '').replace(/\\n|\s|"|'|\+(?=\s|\\n|$)/g, '');
}

function parsePem(secret: string): Validation {
  if (/ENCRYPTED/.test(secret)) return { valid: true, detail: 'encrypted private key' };
  if (/PGP PRIVATE KEY BLOCK/.test(secret)) return { valid: true, detail: 'OpenPGP private key block' };
  const pem = secret.replace(/\\n/g, '\n');
  try {
    const key = createPrivateKey(pem);
    const bits = key.asymmetricKeyDetails?.modulusLength;
    return { valid: true, detail: `key parses (${key.asymmetricKeyType}${bits ? ` ${bits}-bit` : ''})` };
  } catch {
    return { valid: false, detail: 'PEM block does not parse as a key — possibly truncated or a placeholder' };
  }
}

/** Parsing is the expensive step; the same block often appears many times (fixtures, generated files). */
const validated = new Map<string, Validation>();

export const privateKey: SecretRule = {
  id: 'secret/private-key',
  title: 'Private key',
  keywords: ['private key-----', 'private key block-----'],
  pattern: /(?<secret>-----BEGIN (?<kind>[A-Z0-9 ]{0,20})PRIVATE KEY(?: BLOCK)?-----[\s\S]{32,16384}?-----END \k<kind>PRIVATE KEY(?: BLOCK)?-{3,5})/,
  envName: 'PRIVATE_KEY',
  docs: 'https://www.rfc-editor.org/rfc/rfc7468',
  accept(secret) {
    const b = body(secret).replace(/=[A-Za-z0-9+/]{4}$/, ''); // OpenPGP armor checksum
    if (!/^[A-Za-z0-9+/]{64,}={0,2}$/.test(b) || new Set(b).size <= 16) return false;
    const decoded = Buffer.from(b.slice(0, 400), 'base64');
    return !/^[\x20-\x7e\s]+$/.test(decoded.toString('latin1')); // key material is binary, not text
  },
  validate(secret) {
    const known = validated.get(secret);
    if (known) return known;
    const v = parsePem(secret);
    if (validated.size > 256) validated.clear();
    validated.set(secret, v);
    return v;
  },
  samples: kit => ({
    secret: [
      `-----BEGIN RSA PRIVATE KEY-----\n${kit.base64Of(600).replace(/(.{64})/g, '$1\n')}\n-----END RSA PRIVATE KEY-----`,
      `key = "-----BEGIN PRIVATE KEY-----\\n${kit.base64Of(120)}\\n-----END PRIVATE KEY-----"`,
      `-----BEGIN PGP PRIVATE KEY BLOCK-----\n${kit.base64Of(48)}\n=${kit.base62(4)}\n-----END PGP PRIVATE KEY BLOCK-----`,
    ],
    clean: [
      '-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----',
      '-----BEGIN PRIVATE KEY-----\n***\n-----END PRIVATE KEY-----',
      `-----BEGIN PRIVATE KEY-----\n${Buffer.from('abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnop').toString('base64')}\n-----END PRIVATE KEY-----`,
      '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----',
      "if (line.startsWith('-----BEGIN PRIVATE KEY-----')) {",
    ],
  }),
};
