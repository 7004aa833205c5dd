/**
 * Slack tokens (api.slack.com/authentication/token-types): `xoxb-` bot, `xoxp-` user, `xoxa-`/`xoxr-` app and
 * refresh, `xoxe.xoxp-` rotating, `xapp-` app-level; and incoming webhooks under hooks.slack.com/services/.
 */
import type { SecretRule } from '../rule';

export const slackToken: SecretRule = {
  id: 'secret/slack-token',
  title: 'Slack token',
  keywords: ['xoxb-', 'xoxp-', 'xoxa-', 'xoxr-', 'xoxe', 'xoxs-', 'xoxo-', 'xapp-'],
  pattern: /(?<![A-Za-z0-9])(?<secret>(?:xox[bpaorse]-(?:[0-9]{8,14}-){1,3}[A-Za-z0-9-]{20,64}|xoxe(?:\.xox[bp])?-[0-9]-[A-Za-z0-9-]{40,200}|xapp-[0-9]-[A-Z0-9]{8,14}-[0-9]{8,16}-[a-f0-9]{40,80}))(?![A-Za-z0-9])/,
  minEntropy: 3,
  envName: 'SLACK_TOKEN',
  docs: 'https://api.slack.com/authentication/token-types',
  samples: kit => ({
    secret: [
      `SLACK_BOT_TOKEN=xoxb-${kit.digits(11)}-${kit.digits(12)}-${kit.base62(24)}`,
      `token = "xoxp-${kit.digits(11)}-${kit.digits(11)}-${kit.digits(13)}-${kit.hex(32)}"`,
      `app_token: xapp-1-A${kit.upperAlnum(10)}-${kit.digits(13)}-${kit.hex(64)}`,
    ],
    clean: ['xoxb-your-token-here', 'SLACK_BOT_TOKEN=xoxb-', 'xoxp-0000000000-0000000000-xxxxxxxxxxxxxxxxxxxxxxxx'],
  }),
};

export const slackWebhook: SecretRule = {
  id: 'secret/slack-webhook',
  title: 'Slack incoming webhook URL',
  keywords: ['hooks.slack.com'],
  pattern: /(?<secret>https?:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+/_-]{30,120})/,
  minEntropy: 3.5,
  envName: 'SLACK_WEBHOOK_URL',
  docs: 'https://api.slack.com/messaging/webhooks',
  samples: kit => ({
    secret: [`url: https://hooks.slack.com/services/T${kit.upperAlnum(8)}/B${kit.upperAlnum(10)}/${kit.base62(24)}`],
    clean: ['https://hooks.slack.com/services/', 'see https://api.slack.com/messaging/webhooks'],
  }),
};
