/**
 * Square credentials: OAuth access tokens `EAAA` + 60 base64url characters (older ones `sq0atp-` + 22 or more),
 * and OAuth application secrets `sq0csp-` + 43 base64url characters.
 */
import type { SecretRule } from '../rule';

export const squareAccessToken: SecretRule = {
  id: 'secret/square-access-token',
  title: 'Square access token',
  keywords: ['sq0atp-', 'eaaa'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sq0atp-[A-Za-z0-9_-]{22,60}|EAAA[A-Za-z0-9_-]{40,80})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  envName: 'SQUARE_ACCESS_TOKEN',
  docs: 'https://developer.squareup.com/docs/build-basics/access-tokens',
  samples: kit => ({
    secret: [`SQUARE_ACCESS_TOKEN=EAAA${kit.base64url(60)}`, `ARG token=sq0atp-${kit.base64url(22)}`],
    clean: [`aws-cli@sha256:eaaa${kit.hex(60)}`, 'sq0atp-', `EAAA${kit.base62(12)}`],
  }),
};

export const squareOAuthSecret: SecretRule = {
  id: 'secret/square-oauth-secret',
  title: 'Square OAuth application secret',
  keywords: ['sq0csp-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sq0csp-[A-Za-z0-9_-]{30,60})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  envName: 'SQUARE_APPLICATION_SECRET',
  docs: 'https://developer.squareup.com/docs/oauth-api/overview',
  samples: kit => ({
    secret: [`square_oauth = sq0csp-${kit.base64url(43)}`],
    clean: ['sq0csp-', `sq0csp-${kit.base62(10)}`],
  }),
};
