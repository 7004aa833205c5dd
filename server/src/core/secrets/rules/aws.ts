/**
 * AWS access key ids: a 4-letter type prefix (AKIA long-term, ASIA temporary, …) and 16 characters of base32
 * (A–Z, 2–7). The first 10 base32 characters after the prefix encode the owning account id, so a key id that
 * decodes is structurally real; one with characters outside base32 was typed by hand.
 */
import type { SecretRule } from '../rule';

const PREFIXES = ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'AGPA', 'AIDA', 'AROA', 'AIPA', 'ANPA', 'ANVA', 'APKA', 'A3T'];
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Decodes the account id embedded in an access key id, or undefined when it is not base32. */
export function awsAccountFromKeyId(keyId: string): string | undefined {
  const body = keyId.slice(4);
  let bits = 0n;
  let n = 0;
  for (const ch of body.slice(0, 10)) {
    const v = BASE32.indexOf(ch);
    if (v < 0) return undefined;
    bits = (bits << 5n) | BigInt(v);
    n += 5;
  }
  // 50 bits read; the account sits in the first 48 bits after a one-bit offset.
  const first48 = bits >> BigInt(n - 48);
  const account = (first48 & 0x7fffffffff80n) >> 7n;
  return account.toString().padStart(12, '0');
}

export const awsAccessKeyId: SecretRule = {
  id: 'secret/aws-access-key-id',
  title: 'AWS access key id',
  keywords: PREFIXES.map(p => p.toLowerCase()),
  pattern: /(?<![A-Za-z0-9])(?<secret>(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z0-9]{16})(?![A-Za-z0-9])/,
  minEntropy: 3,
  envName: 'AWS_ACCESS_KEY_ID',
  docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids',
  validate(secret) {
    const account = awsAccountFromKeyId(secret);
    return account
      ? { valid: true, detail: `decodes to AWS account …${account.slice(-4)}` }
      : { valid: false, detail: 'not base32 after the prefix — probably a placeholder' };
  },
  samples: kit => ({
    secret: [
      `aws_access_key_id = AKIA${kit.random('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
      `"AccessKeyId": "ASIA${kit.random('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}"`,
    ],
    clean: ['aws_access_key_id = AKIAIOSFODNN7EXAMPLE', 'AKIAXXXXXXXXXXXXXXXX', `AKIA${kit.random('ABCDEF', 10)}`],
  }),
};
