/**
 * Groq API keys (console.groq.com/keys): `gsk_` + 52 base62 characters. Keys issued by the console also carry the
 * marker `WGdyb3FY` (base64 of "XgroqX") at a fixed offset, 20 characters into the body — observed on issued keys,
 * not documented by Groq, so a key without it is still reported, as a warning that it is probably a placeholder.
 * GTK's `gsk_` functions (`gsk_render_node_draw`) contain underscores and never match the 52-character body.
 */
import type { SecretRule } from '../rule';

const MARKER = 'WGdyb3FY';
const MARKER_AT = 'gsk_'.length + 20;

export const groqApiKey: SecretRule = {
  id: 'secret/groq-api-key',
  title: 'Groq API key',
  keywords: ['gsk_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>gsk_[A-Za-z0-9]{52})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  envName: 'GROQ_API_KEY',
  docs: 'https://console.groq.com/docs/quickstart',
  validate(secret) {
    return secret.startsWith(MARKER, MARKER_AT)
      ? { valid: true, detail: 'Groq key structure valid (Groq marker present)' }
      : { valid: false, detail: 'Groq key format, but without the Groq marker — probably a placeholder' };
  },
  samples: kit => ({
    secret: [
      `GROQ_API_KEY=gsk_${kit.base62(20)}${MARKER}${kit.base62(24)}`,
      `client = Groq(api_key="gsk_${kit.base62(20)}${MARKER}${kit.base62(24)}")`,
    ],
    clean: [
      'GROQ_API_KEY=gsk_your_key_here',
      `gsk_${kit.base62(20)}`,
      `wordgsk_${kit.base62(20)}${MARKER}${kit.base62(24)}`,
      `gsk_${kit.base62(20)}${MARKER}${kit.base62(28)}`,
      'gsk_render_node_draw (node, cr);',
    ],
  }),
};
