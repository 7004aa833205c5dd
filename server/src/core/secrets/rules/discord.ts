/**
 * Discord (discord.com/developers/docs). Bot tokens are three dot-separated base64url parts: the bot's user id
 * (a decimal snowflake, base64-encoded, so it starts M, N or O), a 6-character timestamp and a 27–38 character
 * HMAC. The first part is decoded offline. Application (client) ids are 17–20 digit snowflakes, recognised next to
 * the word "discord".
 */
import type { SecretRule } from '../rule';
import { assignedNear } from './keywordContext';

/**
 * A bare bot token has no fixed prefix, but its first part is base64 of a decimal id, so its first three characters
 * are one of 90 strings (two leading digits, then the top bits of a third). They make the prefilter keywords.
 */
const SNOWFLAKE_PREFIXES = (() => {
  const out = new Set<string>();
  for (let a = 1; a <= 9; a++) for (let b = 0; b <= 9; b++) out.add(Buffer.from(`${a}${b}0`).toString('base64').slice(0, 3).toLowerCase());
  return [...out];
})();

export const discordBotToken: SecretRule = {
  id: 'secret/discord-bot-token',
  title: 'Discord bot token',
  keywords: ['discord', 'token', ...SNOWFLAKE_PREFIXES],
  wholeText: true, // the expression also accepts M/N/O starts that are no snowflake prefix
  pattern: /(?<![A-Za-z0-9_-])(?<secret>[MNO][A-Za-z0-9_-]{23,25}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38})(?![A-Za-z0-9_.-])/,
  minEntropy: 4,
  envName: 'DISCORD_BOT_TOKEN',
  docs: 'https://discord.com/developers/docs/reference#authentication',
  validate(secret) {
    const id = Buffer.from(secret.split('.')[0], 'base64').toString('latin1');
    return /^[1-9][0-9]{16,19}$/.test(id)
      ? { valid: true, detail: 'Discord bot token, user id decodes' }
      : { valid: false, detail: 'Discord token shape but the user id does not decode — probably a placeholder' };
  },
  samples: kit => {
    const token = () => `${Buffer.from('1' + kit.digits(17)).toString('base64url')}.G${kit.base64url(5)}.${kit.base64url(38)}`;
    return {
      secret: [`DISCORD_BOT_TOKEN=${token()}`, `client.login("${token()}") // discord`],
      clean: [`P${kit.base64url(23)}.${kit.base64url(6)}.${kit.base64url(27)}`, `M${kit.base64url(23)}.${kit.base64url(5)}.${kit.base64url(27)}`, 'version 1.2.3'],
    };
  },
};

export const discordClientId: SecretRule = {
  id: 'secret/discord-client-id',
  title: 'Discord application id',
  keywords: ['discord'],
  pattern: assignedNear('discord', String.raw`[0-9]{17,20}(?![A-Za-z0-9])`),
  envName: 'DISCORD_CLIENT_ID',
  docs: 'https://discord.com/developers/docs/reference#snowflakes',
  minEntropy: 2.5,
  samples: kit => ({
    secret: [`DISCORD_CLIENT_ID=${'1' + kit.digits(17)}`, `discordToken: "${'2' + kit.digits(17)}"`],
    clean: ['discord=000000000000000000', `discord_channel = ${kit.digits(6)}`, `user_id = ${kit.digits(18)}`],
  }),
};
