/**
 * Google Cloud / Firebase API keys (cloud.google.com/docs/authentication/api-keys): `AIza` + 35 base64url
 * characters. Many are meant to ship in client code (Firebase web config), and they are quoted throughout Google's
 * own documentation, so a bare key on a line of prose is left alone: the rule wants the key assigned, quoted or
 * passed (`key=AIza…`, `"AIza…"`, `apiKey: AIza…`).
 */
import type { SecretRule } from '../rule';

export const gcpApiKey: SecretRule = {
  id: 'secret/gcp-api-key',
  title: 'Google API key',
  keywords: ['aiza'],
  pattern: /(?<=[=:>"'\x60,(\[][ \t\r\n]{0,12})(?<secret>AIza(?![A-Za-z0-9_-]{0,27}(?:abcdefgh|12345678))[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  envName: 'GOOGLE_API_KEY',
  docs: 'https://cloud.google.com/docs/authentication/api-keys',
  samples: kit => ({
    secret: [`GOOGLE_API_KEY=AIza${kit.base64url(35)}`, `const firebaseConfig = { apiKey: "AIzaSy${kit.base64url(33)}" };`, `https://maps.googleapis.com/maps/api/js?key=AIza${kit.base64url(35)}`],
    clean: ['apiKey: "AIzaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"', 'key = "AIzaSyabcdefghijklmnopqrstuvwxyz1234567"', `AIza${kit.base64url(35)}${kit.base64url(8)}`],
  }),
};
