/** EasyPost API keys: `EZAK` production and `EZTK` test keys, each followed by 54 alphanumerics. */
import type { SecretRule } from '../rule';

export const easypostApiKey: SecretRule = {
  id: 'secret/easypost-api-key',
  title: 'EasyPost API key',
  keywords: ['ezak', 'eztk'],
  pattern: /(?<![A-Za-z0-9])(?<secret>EZ[AT]K[A-Za-z0-9]{54})(?![A-Za-z0-9])/,
  minEntropy: 3.5,
  envName: 'EASYPOST_API_KEY',
  docs: 'https://docs.easypost.com/docs/authentication',
  samples: kit => ({
    secret: [`EASYPOST_API_KEY=EZAK${kit.lowerAlnum(54)}`, `client = EasyPost::Client.new(api_key: "EZTK${kit.base62(54)}")`],
    clean: [`EZAK${kit.base62(20)}`, `XEZAK${kit.base62(54)}`],
  }),
};
