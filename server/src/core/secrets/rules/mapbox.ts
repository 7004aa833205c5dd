/**
 * Mapbox access tokens: `pk.` (public) or `sk.` (secret) + a base64url payload (`eyJ…`, JSON naming the account) +
 * `.` + a 22-character signature.
 */
import type { SecretRule } from '../rule';
import { having } from './keywordContext';

export const mapboxToken: SecretRule = {
  id: 'secret/mapbox-access-token',
  title: 'Mapbox access token',
  keywords: ['pk.', 'sk.'],
  pattern: new RegExp(`(?<![A-Za-z0-9_.-])(?<secret>[ps]k\\.${having('[A-Za-z0-9_-]', 200, '[0-9]', '[a-z]')}[A-Za-z0-9_-]{50,200}\\.[A-Za-z0-9_-]{20,30})(?![A-Za-z0-9_.-])`),
  minEntropy: 3.5,
  envName: 'MAPBOX_ACCESS_TOKEN',
  docs: 'https://docs.mapbox.com/help/dive-deeper/access-tokens/',
  validate(secret) {
    const payload = secret.slice(3, secret.lastIndexOf('.'));
    try {
      const claim = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      if (claim && typeof claim.u === 'string') {
        return { valid: true, detail: `Mapbox ${secret.startsWith('sk') ? 'secret' : 'public'} token, payload decodes` };
      }
    } catch { /* falls through */ }
    return { valid: false, detail: 'Mapbox token layout but the payload does not decode — probably a placeholder' };
  },
  samples: kit => {
    const payload = Buffer.from(JSON.stringify({ u: 'acme', a: kit.lowerAlnum(25) })).toString('base64url');
    return {
      secret: [`MAPBOX_ACCESS_TOKEN=pk.${payload}.${kit.base64url(22)}`, `mapboxgl.accessToken = 'sk.${payload}.${kit.base64url(22)}';`],
      clean: ['pk.your_token_here', `import pk.${'abcdef'.repeat(10)}.Main;`],
    };
  },
};
