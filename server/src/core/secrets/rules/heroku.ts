/**
 * Heroku API keys (devcenter.heroku.com/articles/authentication): current keys start `HRKU-AA` + 58 base64url
 * characters; legacy keys are a UUID, recognised next to the word "heroku".
 */
import type { SecretRule } from '../rule';
import { assignedNear } from './keywordContext';

export const herokuApiKey: SecretRule = {
  id: 'secret/heroku-api-key',
  title: 'Heroku API key',
  keywords: ['hrku-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>HRKU-AA[A-Za-z0-9_-]{58})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  envName: 'HEROKU_API_KEY',
  docs: 'https://devcenter.heroku.com/articles/authentication',
  samples: kit => ({
    secret: [`HEROKU_API_KEY=HRKU-AA${kit.base64url(58)}`, `heroku:\n  api_key: "HRKU-AA${kit.base62(58)}"`],
    clean: ['HRKU-', `HRKU-AA${kit.base64url(20)}`],
  }),
};

export const herokuLegacyApiKey: SecretRule = {
  id: 'secret/heroku-legacy-api-key',
  title: 'Heroku API key (legacy UUID)',
  keywords: ['heroku'],
  pattern: assignedNear('heroku', String.raw`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![A-Za-z0-9-])`),
  minEntropy: 3,
  envName: 'HEROKU_API_KEY',
  docs: 'https://devcenter.heroku.com/articles/authentication',
  samples: kit => ({
    secret: [`HEROKU_API_KEY=${kit.uuid()}`, `heroku_api_key = "${kit.uuid()}"`],
    clean: [`app_id = "${kit.uuid()}"`, 'HEROKU_API_KEY=00000000-0000-0000-0000-000000000000'],
  }),
};
