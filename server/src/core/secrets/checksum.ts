/** Offline checksums used by providers that embed one in their tokens. */

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(s: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) c = CRC_TABLE[(c ^ s.charCodeAt(i)) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Base62 encoding left-padded with '0' to `width`. */
export function base62(n: number, width: number): string {
  let out = '';
  do {
    out = BASE62[n % 62] + out;
    n = Math.floor(n / 62);
  } while (n > 0);
  return out.padStart(width, '0');
}

/**
 * GitHub (ghp_, gho_, ghu_, ghs_, ghr_, github_pat_ is different) and npm (npm_) tokens end in six base62
 * characters holding the CRC32 of the random part. A mismatch means the string was typed by hand.
 */
export function hasBase62Crc32Suffix(body: string): boolean {
  if (body.length < 7) return false;
  const payload = body.slice(0, -6);
  return base62(crc32(payload), 6) === body.slice(-6);
}
