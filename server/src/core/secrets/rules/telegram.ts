/**
 * Telegram bot tokens: the bot's numeric id, `:`, and a 35-character base64url secret that starts with `A`
 * (as BotFather issues them, e.g. `123456789:AA…`).
 */
import type { SecretRule } from '../rule';

export const telegramBotToken: SecretRule = {
  id: 'secret/telegram-bot-token',
  title: 'Telegram bot token',
  keywords: [':aa', 'telegram'],
  anchors: [':a'], // every token has `:A`; `:aa` and `telegram` only gate
  pattern: /(?<![A-Za-z0-9_:])(?<secret>[0-9]{5,16}:A[A-Za-z0-9_-]{34})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  envName: 'TELEGRAM_BOT_TOKEN',
  docs: 'https://core.telegram.org/bots/api#authorizing-your-bot',
  samples: kit => ({
    secret: [`TELEGRAM_BOT_TOKEN=${kit.digits(10)}:AA${kit.base64url(33)}`, `bot = telebot.TeleBot("${kit.digits(9)}:AAH${kit.base64url(32)}")`],
    clean: [`bot${kit.digits(9)}:AA${kit.base64url(33)}`, `foo:AA${kit.base64url(33)}`, 'arn:aws:sns:aaa:111122223333:aaaaaaaaaaaaaaaaaaassssssddddddddddddd'],
  }),
};
