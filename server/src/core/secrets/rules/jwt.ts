/**
 * JSON Web Tokens (RFC 7519, JWS compact serialisation RFC 7515 §7.1): `BASE64URL(header) . BASE64URL(payload) .
 * BASE64URL(signature)`. The header and payload are JSON objects, so both segments start `eyJ` (the encoding of
 * `{"`). A token whose header decodes to a JSON object is kept; the offline check then parses both halves and reports
 * the algorithm (`alg: none` tokens are still flagged: they carry claims someone may replay). Also found when the whole
 * token was base64-encoded once more (`ZXlK…`, as Kubernetes and some CI systems store it).
 */
import type { SecretRule, Validation } from '../rule';

function b64urlDecode(segment: string): string | undefined {
  if (!/^[A-Za-z0-9_\-+/]*={0,2}$/.test(segment)) return undefined;
  try {
    return Buffer.from(segment.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
  } catch {
    return undefined;
  }
}

function jsonObject(text: string | undefined): Record<string, unknown> | undefined {
  if (!text) return undefined;
  try {
    const v = JSON.parse(text);
    return v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

/** The JWT inside `secret`, decoding one extra base64 layer when it starts `ZXlK`. */
function unwrap(secret: string): string {
  if (!secret.startsWith('ZXlK')) return secret;
  return Buffer.from(secret, 'base64').toString('utf8').trim();
}

function header(secret: string): Record<string, unknown> | undefined {
  return jsonObject(b64urlDecode(unwrap(secret).split('.')[0]));
}

export function validateJwt(secret: string): Validation {
  const token = unwrap(secret);
  const [h, p, sig] = token.split('.');
  const head = jsonObject(b64urlDecode(h));
  const payload = jsonObject(b64urlDecode(p));
  if (!head || !payload) return { valid: false, detail: 'JWT-shaped, but its payload does not decode to JSON' };
  const alg = typeof head.alg === 'string' ? head.alg : 'unknown';
  const signed = sig !== undefined && sig.length > 0;
  return { valid: true, detail: `JWT decodes (alg ${alg}${signed || alg === 'none' ? '' : ', unsigned'})` };
}

export const jwt: SecretRule = {
  id: 'secret/jwt',
  title: 'JSON Web Token',
  keywords: ['eyj', 'zxlk'],
  pattern: /(?<![A-Za-z0-9_\-+/])(?<secret>eyJ[A-Za-z0-9_-]{8,2000}\.eyJ[A-Za-z0-9_-]{4,12000}(?:\.[A-Za-z0-9_-]{0,2000})?|ZXlK[A-Za-z0-9+/]{20,16000}={0,2})(?![A-Za-z0-9_\-+/=])/,
  envName: 'JWT',
  docs: 'https://www.rfc-editor.org/rfc/rfc7519',
  accept(secret) {
    const token = unwrap(secret);
    if (!/^eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{4,}/.test(token)) return false;
    const head = header(secret);
    // A header is a JSON object naming at least the algorithm or the type.
    return !!head && ('alg' in head || 'typ' in head || 'kid' in head);
  },
  validate: validateJwt,
  samples: kit => {
    const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const token = (alg: string, claims: object, sig = kit.base64url(43)) => `${enc({ alg, typ: 'JWT' })}.${enc(claims)}.${sig}`;
    const t1 = token('HS256', { sub: kit.digits(10), name: 'Sample User', iat: 1516239022 });
    return {
      secret: [
        `Authorization: Bearer ${t1}`,
        `const idToken = "${token('RS256', { iss: 'https://issuer.example', aud: kit.base62(12), exp: 4734125453 }, kit.base64url(342))}";`,
        `unsigned: ${enc({ alg: 'none' })}.${enc({ sub: 'test-user' })}.`,
        `"value": "${Buffer.from(t1).toString('base64')}"`,
      ],
      clean: [
        'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9',
        'eyJAAAA.eyJBBB',
        'eyJBB.eyJCC.eyJDDDD',
        `${enc({ alg: 'HS256' }).slice(0, -2)}x.${enc({ sub: '1' })}.${kit.base64url(43)}`.replace(/^eyJ/, 'eyJhbasd'),
      ],
    };
  },
};
