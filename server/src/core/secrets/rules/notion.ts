/**
 * Notion integration tokens: `ntn_` + 11 digits + 35 base62 characters (since 2024), and the older internal
 * integration secrets `secret_` + 43 base62 characters.
 */
import type { SecretRule } from '../rule';
import { having } from './keywordContext';

const B62 = '[A-Za-z0-9]';

export const notionToken: SecretRule = {
  id: 'secret/notion-api-token',
  title: 'Notion integration token',
  keywords: ['ntn_', 'secret_'],
  // The random part mixes upper case, lower case and digits (`ntn_123…abc` and all-digit runs are made up).
  pattern: new RegExp(`(?<![A-Za-z0-9_])(?<secret>ntn_[0-9]{11}${having(B62, 35, '[A-Z]', '[a-z]')}${B62}{35}|secret_${having(B62, 43, '[A-Z]', '[a-z]', '[0-9]')}${B62}{43})(?![A-Za-z0-9_])`),
  minEntropy: 3.5,
  envName: 'NOTION_TOKEN',
  docs: 'https://developers.notion.com/docs/authorization',
  samples: kit => ({
    secret: [
      `NOTION_TOKEN=ntn_${kit.digits(11)}${kit.base62(35)}`,
      `const notion = new Client({ auth: "secret_${kit.base62(43)}" });`,
    ],
    clean: ['ntn_12345678901', `ntn_${kit.digits(60)}`, 'ntn_12345678901abc', `secret_${kit.lowerAlnum(20)}`],
  }),
};
