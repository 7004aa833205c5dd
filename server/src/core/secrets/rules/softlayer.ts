/**
 * IBM Cloud classic infrastructure (SoftLayer) API keys: 64 hex characters, reported when assigned to a name that
 * mentions SoftLayer (`softlayer_api_key`, `SL_API_KEY`, `--softlayer-api-key`) or written into a SoftLayer API URL.
 */
import type { SecretRule } from '../rule';
import { ci } from './keywordContext';

const NAME = `(?:${ci('softlayer')}|(?<![A-Za-z0-9])${ci('sl')}[_\\-]?(?=${ci('api')}|${ci('key')}|${ci('pass')}|${ci('pwd')}))[A-Za-z0-9_\\-]{0,20}`;
const ASSIGN = String.raw`["']?\s{0,4}(?:=|:=|:|=>)\s{0,4}["']?|["']?\s{1,4}["']?`;
const URL = String.raw`api\.softlayer\.com\/(?:soap|rest|xmlrpc)\/v3(?:\.1)?\/`;

export const softlayerApiKey: SecretRule = {
  id: 'secret/softlayer-api-key',
  title: 'SoftLayer (IBM Cloud classic) API key',
  keywords: ['softlayer', 'sl_api', 'sl-api', 'slapi', 'sl_key', 'sl-key', 'sl_pass', 'sl-pass', 'sl_pwd', 'sl-pwd'],
  anchors: ['softlayer', 'slapi', 'sl_api', 'sl-api', 'slkey', 'sl_key', 'sl-key', 'slpass', 'sl_pass', 'sl-pass', 'slpwd', 'sl_pwd', 'sl-pwd'],
  pattern: new RegExp(`(?:${NAME}(?:${ASSIGN})|${URL})(?<secret>[a-fA-F0-9]{64})(?![A-Za-z0-9])`),
  minEntropy: 2.9,
  envName: 'SL_API_KEY',
  docs: 'https://cloud.ibm.com/docs/account?topic=account-classic_keys',
  samples: kit => ({
    secret: [
      `softlayer_api_key = "${kit.hex(64)}"`,
      `--softlayer-api-key ${kit.hex(64)}`,
      `SL_API_KEY: ${kit.hex(64)}`,
      `https://api.softlayer.com/soap/v3/${kit.hex(64)}`,
    ],
    clean: ['softlayer_api_key="%s" % SL_API_KEY_ENV', 'SOFTLAYER_APIKEY: "insert_key_here"', `checksum = "${kit.hex(64)}"`],
  }),
};
