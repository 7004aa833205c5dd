/**
 * Figma personal access tokens (developers.figma.com/docs/rest-api/personal-access-tokens/): `figd_` + 40 base64url
 * characters, sent in the `X-Figma-Token` header. Figma does not publish the length; 40 is what issued tokens carry.
 */
import type { SecretRule } from '../rule';

export const figmaPersonalAccessToken: SecretRule = {
  id: 'secret/figma-personal-access-token',
  title: 'Figma personal access token',
  keywords: ['figd_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>figd_[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  envName: 'FIGMA_TOKEN',
  docs: 'https://developers.figma.com/docs/rest-api/personal-access-tokens/',
  samples: kit => ({
    secret: [
      `FIGMA_TOKEN=figd_${kit.base64url(40)}`,
      `headers: { 'X-Figma-Token': 'figd_${kit.base62(40)}' }`,
    ],
    clean: [
      'FIGMA_TOKEN=figd_abc',
      'FIGMA_ACCESS_TOKEN=figd_...',
      'placeholder="figd_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"',
      `figd_${kit.base62(56)}`,
    ],
  }),
};
