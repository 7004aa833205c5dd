/** Typeform personal access tokens: `tfp_` + about 59 characters of base64url (with `.` and `=`). */
import type { SecretRule } from '../rule';
import { having } from './keywordContext';

export const typeformToken: SecretRule = {
  id: 'secret/typeform-api-token',
  title: 'Typeform personal access token',
  keywords: ['tfp_'],
  pattern: new RegExp(`(?<![A-Za-z0-9_])(?<secret>tfp_${having('[A-Za-z0-9_.=\\-]', 80, '[0-9]', '[A-Za-z]')}[A-Za-z0-9_.=\\-]{40,80})(?![A-Za-z0-9_.=-])`),
  minEntropy: 3.5,
  envName: 'TYPEFORM_TOKEN',
  docs: 'https://www.typeform.com/developers/get-started/personal-access-token/',
  samples: kit => ({
    secret: [`TYPEFORM_TOKEN=tfp_${kit.base62(44)}_${kit.base62(14)}`],
    clean: ['tfp_', `tfp_${kit.base62(12)}`],
  }),
};
