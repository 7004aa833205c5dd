/**
 * SendGrid API keys: `SG.` + a 22-character key id + `.` + a 43-character secret, both base64url. A value with the
 * prefix and length but another layout is reported as a probable placeholder.
 */
import type { SecretRule } from '../rule';

export const sendgridApiKey: SecretRule = {
  id: 'secret/sendgrid-api-key',
  title: 'SendGrid API key',
  keywords: ['sg.'],
  // A second `.` separates id and secret; `..` never occurs.
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>SG\.(?=[A-Za-z0-9_\-=]{1,40}\.)(?![A-Za-z0-9_\-.=]{0,71}\.\.)[A-Za-z0-9_\-.=]{60,72})(?![A-Za-z0-9_.=-])/,
  minEntropy: 3.5,
  envName: 'SENDGRID_API_KEY',
  docs: 'https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys',
  validate(secret) {
    return /^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/.test(secret)
      ? { valid: true, detail: 'SendGrid key structure (22-character id, 43-character secret)' }
      : { valid: false, detail: 'SendGrid prefix but not the id.secret layout — probably a placeholder' };
  },
  samples: kit => ({
    secret: [
      `SENDGRID_API_KEY=SG.${kit.base64url(22)}.${kit.base64url(43)}`,
      `sg.setApiKey('SG.${kit.base64url(22)}.${kit.base64url(43)}');`,
    ],
    clean: [
      `SG.${kit.base64url(22)}..${kit.base64url(43)}`,
      `AG.${kit.base64url(22)}.${kit.base64url(43)}`,
      'SENDGRID_API_KEY=SG.xxxxxxxx',
    ],
  }),
};
