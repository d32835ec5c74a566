/**
 * A fast checksum of bytes for the compiled-lexicon cache (lexiconCache.ts): it is there to catch a
 * damaged, truncated or foreign file in the user's own cache, not an attacker. It is CRC-32 (zlib's, the
 * one of gzip, zip and PNG) with the length: any one damaged run of up to 32 bits is always seen, other
 * damage passes only by chance (2^-32). Node's zlib.crc32 (Node 20.15 and later) is native and sums the
 * 29 MB a cached 50,000-entity lexicon reads in about 8 ms; the four-lane JavaScript sum this replaced
 * took 30 ms once optimised and 75–190 ms in the cold start that reads a cache (its one long loop ran
 * unoptimised at first). Where zlib has no crc32 (an older Node), a table-driven CRC-32 in JavaScript
 * gives the same numbers, more slowly.
 */
import * as zlib from 'node:zlib';

const BLOCK = 16; // the digest's length, as the cache file's header lays it out

/** The CRC-32 table (reflected polynomial 0xEDB88320), made only where zlib has no crc32. */
let table: Int32Array | undefined;

function crcTable(): Int32Array {
  if (table !== undefined) return table;
  table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
}

/** CRC-32 of `bytes` continued from `crc` (0 to start), as zlib.crc32 gives it. */
function crc32Of(bytes: Uint8Array, crc: number): number {
  // Nothing to add (zlib's crc32 answers 0, not `crc`, for an empty array with no memory behind it).
  if (bytes.length === 0) return crc;
  if (typeof zlib.crc32 === 'function') return zlib.crc32(bytes, crc);
  const t = crcTable();
  let c = ~crc;
  for (let i = 0; i < bytes.length; i++) c = t[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

export class Checksum {
  private crc = 0;
  private length = 0;

  update(bytes: Uint8Array): this {
    this.crc = crc32Of(bytes, this.crc);
    this.length += bytes.length;
    return this;
  }

  /** The 16-byte checksum of everything given: the CRC-32, then the length (a cut-short part shows twice). */
  digest(): Buffer {
    const out = Buffer.alloc(BLOCK);
    out.writeUInt32LE(this.crc >>> 0, 0);
    out.writeUInt32LE(this.length % 0x100000000, 4);
    out.writeUInt32LE(Math.floor(this.length / 0x100000000), 8);
    return out;
  }
}

/** The checksum of one array, or of parts one after another. */
export function checksum(...parts: Uint8Array[]): Buffer {
  const sum = new Checksum();
  for (const p of parts) sum.update(p);
  return sum.digest();
}
