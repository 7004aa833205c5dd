/**
 * Flutterwave API keys (developer.flutterwave.com/docs/integration-guides/authentication): secret keys
 * `FLWSECK-…-X` / `FLWSECK_TEST-…-X` with a 32-character body, and encryption keys `FLWSECK_TEST` + 12 characters.
 * Public keys (`FLWPUBK`) are meant to be public and are not flagged here.
 */
import type { SecretRule } from '../rule';

export const flutterwaveSecretKey: SecretRule = {
  id: 'secret/flutterwave-secret-key',
  title: 'Flutterwave secret key',
  keywords: ['flwseck'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>FLWSECK(?:_TEST)?-[A-Za-z0-9]{32}-X)(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  envName: 'FLW_SECRET_KEY',
  docs: 'https://developer.flutterwave.com/docs/integration-guides/authentication',
  samples: kit => ({
    secret: [`FLW_SECRET_KEY=FLWSECK_TEST-${kit.hex(32)}-X`, `secretKey: "FLWSECK-${kit.hex(32)}-X"`],
    clean: ['FLWSECK_TEST-', `FLWPUBK_TEST-${kit.hex(32)}-X`],
  }),
};

export const flutterwaveEncryptionKey: SecretRule = {
  id: 'secret/flutterwave-encryption-key',
  title: 'Flutterwave encryption key',
  keywords: ['flwseck'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>FLWSECK(?:_TEST)?-?[A-Za-z0-9]{12})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  envName: 'FLW_ENCRYPTION_KEY',
  docs: 'https://developer.flutterwave.com/docs/integration-guides/authentication',
  samples: kit => ({
    secret: [`FLW_ENCRYPTION_KEY=FLWSECK_TEST${kit.hex(12)}`, `encryption_key = "FLWSECK_TEST-${kit.hex(12)}"`],
    clean: ['FLWSECK_TEST', `FLWSECK_TEST-${kit.hex(6)}`],
  }),
};
