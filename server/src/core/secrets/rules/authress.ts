/**
 * Authress service client access keys (authress.io/knowledge-base/docs/authorization/service-clients): a client id
 * (`sc_…`, `ext_…`, `scauth_…` or `authress_…`), `.`, a key id, `.`, the account id (`acc_…`), `.`, and the private
 * part, base64url-ish.
 */
import type { SecretRule } from '../rule';

export const authressAccessKey: SecretRule = {
  id: 'secret/authress-service-client-access-key',
  title: 'Authress service client access key',
  keywords: ['.acc_', '.acc-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>(?:sc|ext|scauth|authress)_[a-z0-9]{5,30}\.[a-z0-9]{4,6}\.acc[_-][a-z0-9-]{10,32}\.[a-z0-9+/_=-]{30,120})(?![A-Za-z0-9+/_=-])/i,
  minEntropy: 3.5,
  envName: 'AUTHRESS_ACCESS_KEY',
  docs: 'https://authress.io/knowledge-base/docs/authorization/service-clients',
  samples: kit => ({
    secret: [`AUTHRESS_KEY=sc_${kit.lowerAlnum(20)}.${kit.lowerAlnum(4)}.acc_${kit.lowerAlnum(16)}.${kit.base64url(60)}`],
    clean: ['sc_abc.def.acc_x.y', `ext_${kit.lowerAlnum(10)}.${kit.lowerAlnum(4)}.acc_${kit.lowerAlnum(12)}`],
  }),
};
