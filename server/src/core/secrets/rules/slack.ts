/**
 * Slack tokens (api.slack.com/authentication/token-types): `xoxb-` bot, `xoxp-` user, `xoxa-`/`xoxr-` workspace
 * app and refresh, `xoxs-`/`xoxo-` legacy, `xoxe-` rotating refresh, `xoxe.xoxb-`/`xoxe.xoxp-` configuration and
 * rotating access tokens, `xapp-` app-level; and incoming webhooks / workflow triggers under hooks.slack.com.
 */
import type { SecretRule } from '../rule';
import { ci, having } from './keywordContext';

const C = '[A-Za-z0-9\\-]';
/** Words that show a hand-written stand-in (`xoxb-your-token-here`, `xoxe.xoxp-1-SlackAppConfigurationAccessTokenHere`). */
const NO_STAND_IN = `(?!${C}{0,400}(?:${['token', 'slack', 'here', 'your', 'initial', 'random', 'secret'].map(ci).join('|')}))`;
/**
 * The body after the type prefix: digits and letters mixed, no hand-written words, ends in a letter or digit, and
 * does not open with a 3–4 digit id (`xoxp-1234-1234-…` is made up; real ids are a 1–2 digit version or 5+ digits).
 */
const BODY = (min: number) => `(?![0-9]{3,4}-)${NO_STAND_IN}${having(C, 400, '[0-9]', '[A-Za-z]')}${C}{${min - 1},399}[A-Za-z0-9]`;

const CURRENT_LAYOUT = /^(?:xoxb-[0-9]{8,14}-[0-9]{8,14}-[A-Za-z0-9]{24}|xoxp-[0-9]{8,14}-[0-9]{8,14}-[0-9]{8,14}-[a-f0-9]{32}|xapp-[0-9]-[A-Z0-9]{9,12}-[0-9]{10,16}-[a-f0-9]{64}|xoxe(?:\.xox[bp])?-[0-9]-[A-Za-z0-9]{60,400})$/;

export const slackToken: SecretRule = {
  id: 'secret/slack-token',
  title: 'Slack token',
  keywords: ['xoxb-', 'xoxp-', 'xoxa-', 'xoxr-', 'xoxe', 'xoxs-', 'xoxo-', 'xapp-'],
  pattern: new RegExp(`(?<![A-Za-z0-9.\\-])(?<secret>(?:xoxe\\.)?xox[abeoprs]-${BODY(19)}|xapp-[0-9]{1,2}-${BODY(30)})(?![A-Za-z0-9\\-])`),
  // Low: legacy test fixtures and real team ids repeat digits (`xoxa-2-511111111-…`); the structure carries the rule.
  minEntropy: 2.7,
  envName: 'SLACK_TOKEN',
  docs: 'https://api.slack.com/authentication/token-types',
  validate(secret) {
    return CURRENT_LAYOUT.test(secret)
      ? { valid: true, detail: 'Slack token, current layout' }
      : { valid: false, detail: 'Slack token prefix in a legacy or unusual layout — a legacy token or a placeholder' };
  },
  samples: kit => ({
    secret: [
      `SLACK_BOT_TOKEN=xoxb-${kit.digits(11)}-${kit.digits(12)}-${kit.base62(24)}`,
      `token = "xoxp-${kit.digits(11)}-${kit.digits(11)}-${kit.digits(13)}-${kit.hex(32)}"`,
      `app_token: xapp-1-A${kit.upperAlnum(10)}-${kit.digits(13)}-${kit.hex(64)}`,
      `"access_token": "xoxs-${kit.digits(10)}-${kit.digits(10)}-${kit.digits(10)}-${kit.hex(10)}"`,
      `legacy = "xoxb-${kit.digits(12)}-${kit.base62(24)}"`,
      `refresh: xoxe-1-${kit.base64url(140).replace(/[-_]/g, 'Q')}`,
      `"access_token1": "xoxe.xoxp-1-${kit.base62(150)}"`,
      `xoxa-2-${kit.digits(9)}-${kit.digits(11)}-${kit.digits(13)}-${kit.hex(18)}`,
    ],
    clean: [
      'xoxb-your-token-here', 'SLACK_BOT_TOKEN=xoxb-', 'xoxp-0000000000-0000000000-xxxxxxxxxxxxxxxxxxxxxxxx',
      '"token1": "xoxp-1234567890"', `"token3": "xoxp-1234-1234-1234-${kit.hex(32)}"`,
      `"token4": "xoxp-${kit.digits(12)}-${kit.digits(12)}-${kit.digits(12)}-####################"`,
      'xoxe.xoxp-1-SlackAppConfigurationAccessTokenHere', 'xoxb-xoxb-my-bot-token', 'xoxb-12345-abcd234',
      'https://indieweb.org/images/3/35/2018-250-xoxo-indieweb-1.jpg',
    ],
  }),
};

export const slackWebhook: SecretRule = {
  id: 'secret/slack-webhook',
  title: 'Slack incoming webhook URL',
  keywords: ['hooks.slack.com'],
  pattern: /(?<secret>(?:https?:\/\/)?hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+/_\-]{30,160})/,
  minEntropy: 3.5,
  envName: 'SLACK_WEBHOOK_URL',
  docs: 'https://api.slack.com/messaging/webhooks',
  samples: kit => ({
    secret: [
      `url: https://hooks.slack.com/services/T${kit.upperAlnum(8)}/B${kit.upperAlnum(10)}/${kit.base62(24)}`,
      `webhook = "hooks.slack.com/triggers/T${kit.upperAlnum(10)}/${kit.digits(12)}/${kit.base62(32)}"`,
    ],
    clean: ['https://hooks.slack.com/services/', 'see https://api.slack.com/messaging/webhooks'],
  }),
};
