/** Alibaba Cloud AccessKey ids start `LTAI` followed by 12–20 alphanumerics (the current form has 20). */
import type { SecretRule } from '../rule';

export const alibabaAccessKeyId: SecretRule = {
  id: 'secret/alibaba-access-key-id',
  title: 'Alibaba Cloud AccessKey id',
  keywords: ['ltai'],
  pattern: /(?<![A-Za-z0-9])(?<secret>LTAI[A-Za-z0-9]{12,20})(?![A-Za-z0-9])/,
  minEntropy: 3,
  envName: 'ALIBABA_CLOUD_ACCESS_KEY_ID',
  docs: 'https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair',
  samples: kit => ({
    secret: [`ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI${kit.base62(20)}`, `accessKeyId: "LTAI${kit.lowerAlnum(20)}"`],
    clean: ['LTAI', `LTAI${kit.base62(6)}`, `XLTAI${kit.base62(20)}`],
  }),
};
