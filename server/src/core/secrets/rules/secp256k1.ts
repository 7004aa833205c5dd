/**
 * secp256k1 private keys (Ethereum, Bitcoin and other wallets) written as 32 bytes of hex, usually `0x`-prefixed.
 * The bare form is indistinguishable from a SHA-256 digest or a transaction hash, so a 64-hex value only counts
 * when the text around it (its own line and the lines on either side) talks about a wallet or a private key, and
 * its own line does not call it a hash, digest, transaction, block, address or public key. Offline check: a private
 * key is an integer in [1, n−1], n being the curve order (SEC 2 §2.4.1); values outside are not keys.
 */
import type { SecretRule } from '../rule';

/** The order n of the secp256k1 group (SEC 2, "Recommended Elliptic Curve Domain Parameters", §2.4.1). */
const ORDER = BigInt('0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141');

const KEY_CONTEXT = /wallet|priv(?:ate)?[ _-]?key|privkey|secret[ _-]?key|mnemonic|secp256k1|signer|signing[ _-]key|keystore/i;
const NOT_A_KEY = /hash|digest|sha-?(?:256|3)|keccak|\btx|transaction|block|commit|checksum|integrity|address|pub(?:lic)?[ _-]?key|pubkey|npub|\bpub\b|salt|nonce|merkle|root/i;
/** How far around the value the context is looked for: its line and the neighbouring ones, clipped. */
const REACH = 200;

export const secp256k1PrivateKey: SecretRule = {
  id: 'secret/secp256k1-private-key',
  title: 'secp256k1 (crypto wallet) private key',
  keywords: ['wallet', 'privkey', 'private_key', 'privatekey', 'private key', 'private-key', 'mnemonic', 'secp256k1', 'signer'],
  wholeText: true, // context words, looked for around the value by accept
  pattern: /(?<![0-9A-Za-z])(?:0x)?(?<secret>[0-9a-fA-F]{64})(?![0-9A-Za-z])/,
  minEntropy: 3,
  envName: 'WALLET_PRIVATE_KEY',
  docs: 'https://www.secg.org/sec2-v2.pdf',
  accept(secret, line, ctx) {
    const k = BigInt('0x' + secret);
    if (k === 0n || k >= ORDER) return false;
    if (NOT_A_KEY.test(line)) return false;
    const from = Math.max(0, ctx.start - REACH), to = Math.min(ctx.text.length, ctx.end + REACH);
    const before = ctx.text.slice(from, ctx.start), after = ctx.text.slice(ctx.end, to);
    // Its own line and one line on either side.
    const prev = before.split('\n').slice(-2).join('\n');
    const next = after.split('\n').slice(0, 2).join('\n');
    return KEY_CONTEXT.test(prev) || KEY_CONTEXT.test(next);
  },
  samples: kit => ({
    secret: [
      `const wallet = new ethers.Wallet("0x${kit.hex(64)}");`,
      `PRIVATE_KEY=0x${kit.hex(64)}`,
      `Oops, forgot this here 0x${kit.hex(64)}!\nDo not send money to this wallet.`,
      `privateKeyToAccount('0x${kit.hex(64)}')`,
    ],
    clean: [
      `wallet tx hash: 0x${kit.hex(64)}`,
      `"integrity": "sha256-${kit.hex(64)}"`,
      `checksum ${kit.hex(64)}`,
      `DOTENV_PUBLIC_KEY="03${kit.hex(64)}"`,
      `wallet public key 0x${kit.hex(64)}`,
      `signer: 0x${'0'.repeat(64)}`,
      `wallet 0x${'f'.repeat(64)}`,
      `"packageManager": "pnpm@10.4.1+sha512.${kit.hex(128)}"`,
    ],
  }),
};
