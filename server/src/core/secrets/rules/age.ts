/**
 * age identities (age-encryption.org/v1): the secret key is Bech32 (BIP 173) with the human-readable part
 * `AGE-SECRET-KEY-`, upper-cased: `AGE-SECRET-KEY-1` + 52 data characters (32 bytes) + a 6-character Bech32
 * checksum. The checksum is verified offline.
 */
import type { SecretRule } from '../rule';

const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function polymod(values: number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GEN[i];
  }
  return chk >>> 0;
}

/** True when `s` (any case, not mixed) is a Bech32 string with a valid checksum. */
export function bech32Valid(s: string): boolean {
  const lower = s.toLowerCase();
  const sep = lower.lastIndexOf('1');
  if (sep < 1 || lower.length - sep < 7) return false;
  const hrp = lower.slice(0, sep);
  const data: number[] = [];
  for (const ch of lower.slice(sep + 1)) {
    const v = CHARSET.indexOf(ch);
    if (v < 0) return false;
    data.push(v);
  }
  const expanded = [...hrp].map(c => c.charCodeAt(0) >> 5).concat([0], [...hrp].map(c => c.charCodeAt(0) & 31));
  return polymod(expanded.concat(data)) === 1;
}

/** Test helper: a Bech32 string for `hrp` and 5-bit `data` values. */
export function bech32Encode(hrp: string, data: number[]): string {
  const expanded = [...hrp].map(c => c.charCodeAt(0) >> 5).concat([0], [...hrp].map(c => c.charCodeAt(0) & 31));
  const mod = polymod(expanded.concat(data, [0, 0, 0, 0, 0, 0])) ^ 1;
  const check = [0, 1, 2, 3, 4, 5].map(i => (mod >>> (5 * (5 - i))) & 31);
  return hrp + '1' + data.concat(check).map(v => CHARSET[v]).join('');
}

export const ageSecretKey: SecretRule = {
  id: 'secret/age-secret-key',
  title: 'age secret key',
  keywords: ['age-secret-key-1'],
  pattern: /(?<![A-Za-z0-9])(?<secret>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})(?![A-Za-z0-9])/,
  minEntropy: 3,
  envName: 'AGE_SECRET_KEY',
  docs: 'https://age-encryption.org/v1',
  validate: secret => bech32Valid(secret)
    ? { valid: true, detail: 'age secret key, Bech32 checksum valid' }
    : { valid: false, detail: 'age secret key format but the Bech32 checksum fails — probably a placeholder' },
  samples: kit => {
    const data = () => Array.from({ length: 52 }, () => Math.floor(kit.next() * 32));
    return {
      secret: [
        `# created: 2024-01-01\n${bech32Encode('age-secret-key-', data()).toUpperCase()}`,
        `AGE_KEY="${bech32Encode('age-secret-key-', data()).toUpperCase()}"`,
      ],
      clean: ['AGE-SECRET-KEY-1...', `AGE-SECRET-KEY-1${kit.random('QPZRY9X8', 20)}`, '# public key: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p'],
    };
  },
};
