/**
 * Yandex Cloud credentials: API keys `AQVN` + 35 to 38 base64url characters; IAM tokens `t1.` + a base64url payload
 * with a `.`-separated signature.
 */
import type { SecretRule } from '../rule';
import { having } from './keywordContext';

export const yandexApiKey: SecretRule = {
  id: 'secret/yandex-api-key',
  title: 'Yandex Cloud API key',
  keywords: ['aqvn'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>AQVN[A-Za-z0-9_-]{35,38})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  envName: 'YC_API_KEY',
  docs: 'https://yandex.cloud/en/docs/iam/concepts/authorization/api-key',
  samples: kit => ({
    secret: [`YC_API_KEY=AQVN${kit.base64url(36)}`],
    clean: ['AQVN', `AQVN${kit.base62(10)}`],
  }),
};

export const yandexIamToken: SecretRule = {
  id: 'secret/yandex-iam-token',
  title: 'Yandex Cloud IAM token',
  keywords: ['t1.'],
  // A `.` separates payload and signature; the payload mixes digits and both cases (`t1.2.3` is a version).
  pattern: new RegExp(`(?<![A-Za-z0-9_.-])(?<secret>t1\\.${having('[A-Za-z0-9_.=\\-]', 400, '[0-9]', '[A-Z]', '[a-z]')}[A-Za-z0-9_=\\-][A-Za-z0-9_=\\-]{1,300}\\.[A-Za-z0-9_.=\\-]{20,300})(?![A-Za-z0-9_.=-])`),
  minEntropy: 4,
  envName: 'YC_IAM_TOKEN',
  docs: 'https://yandex.cloud/en/docs/iam/concepts/authorization/iam-token',
  samples: kit => ({
    secret: [`YC_TOKEN=t1.9euelZ${kit.base64url(150)}.${kit.base64url(86)}`],
    clean: ['version t1.2.3', `t1.${kit.base62(20)}`],
  }),
};
