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

/**
 * Amazon Bedrock API keys (docs.aws.amazon.com/bedrock/latest/userguide/api-keys.html). Long-term keys are `ABSK` +
 * base64 of `BedrockAPIKey-` + the key id and secret; short-term keys are `bedrock-api-key-` + base64 of a presigned
 * URL for `bedrock.amazonaws.com`. Both decode offline.
 */
export const awsBedrockLongTermKey: SecretRule = {
  id: 'secret/aws-bedrock-api-key',
  title: 'Amazon Bedrock long-term API key',
  keywords: ['absk'],
  pattern: /(?<![A-Za-z0-9+/])(?<secret>ABSK[A-Za-z0-9+/]{100,400}={0,2})(?![A-Za-z0-9+/=])/,
  minEntropy: 4,
  envName: 'AWS_BEARER_TOKEN_BEDROCK',
  docs: 'https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys.html',
  validate(secret) {
    return Buffer.from(secret.slice(4), 'base64').toString('latin1').startsWith('BedrockAPIKey-')
      ? { valid: true, detail: 'Bedrock API key, decodes to its key id' }
      : { valid: false, detail: 'Bedrock key prefix but the body does not decode — probably a placeholder' };
  },
  samples: kit => ({
    secret: [`AWS_BEARER_TOKEN_BEDROCK=ABSK${Buffer.from(`BedrockAPIKey-${kit.base62(8)}-at-${kit.digits(12)}:${kit.base64Of(60)}`).toString('base64')}`],
    clean: ['ABSK', `ABSK${kit.base64(20)}`],
  }),
};

export const awsBedrockShortTermKey: SecretRule = {
  id: 'secret/aws-bedrock-short-term-key',
  title: 'Amazon Bedrock short-term API key',
  keywords: ['bedrock-api-key-'],
  // base64("bedrock.amazonaws.com") is fixed, then the rest of the presigned URL.
  pattern: /(?<![A-Za-z0-9_-])(?<secret>bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/=%]{0,4000})(?![A-Za-z0-9+/=%])/,
  envName: 'AWS_BEARER_TOKEN_BEDROCK',
  docs: 'https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys.html',
  samples: kit => ({
    secret: [`AWS_BEARER_TOKEN_BEDROCK=bedrock-api-key-${Buffer.from(`bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Credential=ASIA${kit.upperAlnum(16)}`).toString('base64')}`],
    clean: ['bedrock-api-key-', 'bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29x'],
  }),
};
