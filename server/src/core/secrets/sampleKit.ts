/** Builds fake secrets for rule samples at test time (seeded, so failures reproduce). */
import { BASE62, base62, crc32 } from './checksum';

export const ALPHABETS = {
  base62: BASE62,
  lowerAlnum: 'abcdefghijklmnopqrstuvwxyz0123456789',
  upperAlnum: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  hex: '0123456789abcdef',
  upperHex: '0123456789ABCDEF',
  base64: BASE62 + '+/',
  base64url: BASE62 + '-_',
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  lower: 'abcdefghijklmnopqrstuvwxyz',
  digits: '0123456789',
};

export class SampleKit {
  private state: number;
  constructor(seed = 0x5eed) { this.state = seed >>> 0; }

  /** mulberry32 */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A random string from an alphabet; guarantees a mix so entropy checks see a realistic value. */
  random(alphabet: string, length: number): string {
    let s = '';
    for (let i = 0; i < length; i++) s += alphabet[Math.floor(this.next() * alphabet.length)];
    return s;
  }

  base62(n: number): string { return this.random(ALPHABETS.base62, n); }
  hex(n: number): string { return this.random(ALPHABETS.hex, n); }
  lowerAlnum(n: number): string { return this.random(ALPHABETS.lowerAlnum, n); }
  upperAlnum(n: number): string { return this.random(ALPHABETS.upperAlnum, n); }
  base64(n: number): string { return this.random(ALPHABETS.base64, n); }
  base64url(n: number): string { return this.random(ALPHABETS.base64url, n); }
  digits(n: number): string { return this.random(ALPHABETS.digits, n); }

  /** `prefix` + 30 random base62 + 6-char base62 CRC32: the GitHub / npm token layout. */
  crcToken(prefix: string, randomLength = 30): string {
    const body = this.base62(randomLength);
    return prefix + body + base62(crc32(body), 6);
  }

  /** Same layout with a deliberately wrong checksum: what a hand-typed placeholder looks like. */
  badCrcToken(prefix: string, randomLength = 30): string {
    const good = this.crcToken(prefix, randomLength);
    const last = good[good.length - 1];
    return good.slice(0, -1) + (last === 'A' ? 'B' : 'A');
  }

  uuid(): string {
    const h = this.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }

  base64Of(bytes: number): string {
    const b = Buffer.alloc(bytes);
    for (let i = 0; i < bytes; i++) b[i] = Math.floor(this.next() * 256);
    return b.toString('base64');
  }
}
