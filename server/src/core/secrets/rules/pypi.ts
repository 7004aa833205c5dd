/**
 * PyPI API tokens are macaroons serialised as `pypi-` + base64url. The macaroon starts with version 2, field 1
 * (location) and the location's length, then the location itself: `pypi.org` or `test.pypi.org` — so every real
 * token begins `pypi-AgEIcHlwaS5vcmc` (or `pypi-AgENdGVzdC5weXBpLm9yZw` for TestPyPI).
 */
import type { SecretRule } from '../rule';

/** The macaroon location, or undefined when the body does not decode to a v2 macaroon. */
export function pypiLocation(token: string): string | undefined {
  const body = token.slice('pypi-'.length);
  const bytes = Buffer.from(body.slice(0, 40).replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  if (bytes.length < 4 || bytes[0] !== 2 || bytes[1] !== 1) return undefined;
  const len = bytes[2];
  const loc = bytes.subarray(3, 3 + len).toString('latin1');
  return loc.length === len && /^[a-z0-9.\-]+$/.test(loc) ? loc : undefined;
}

export const pypiToken: SecretRule = {
  id: 'secret/pypi-upload-token',
  title: 'PyPI upload token',
  keywords: ['pypi-age'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>pypi-AgE[A-Za-z0-9_-]{120,1500})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  envName: 'PYPI_TOKEN',
  docs: 'https://pypi.org/help/#apitoken',
  validate(secret) {
    const loc = pypiLocation(secret);
    return loc === 'pypi.org' || loc === 'test.pypi.org'
      ? { valid: true, detail: `PyPI macaroon for ${loc}` }
      : { valid: false, detail: 'PyPI token prefix but the macaroon does not decode — probably a placeholder' };
  },
  samples: kit => {
    const real = (loc: string) => 'pypi-' + Buffer.concat([Buffer.from([2, 1, loc.length]), Buffer.from(loc),
      Buffer.from(kit.base64Of(150), 'base64')]).toString('base64url');
    return {
      secret: [
        `password = ${real('pypi.org')}`,
        `TWINE_PASSWORD="${real('test.pypi.org')}"`,
        `<pypiToken>\n    ${real('pypi.org')}\n</pypiToken>`,
      ],
      clean: ['password = pypi-AgEIcHlwaS5vcmc', `pypi-AgEIcHlwaS5vcmc${kit.base64url(40)}`, 'TWINE_PASSWORD=${PYPI_TOKEN}'],
    };
  },
};
