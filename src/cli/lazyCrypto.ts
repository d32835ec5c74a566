/**
 * node:crypto, loaded when a hash is first needed (--cache, --lexicon files) rather than at every start:
 * loading the module cost about 10 ms of a one-sentence check, which hashes nothing.
 */
import type * as Crypto from 'node:crypto';

let crypto: typeof Crypto | undefined;

function loaded(): typeof Crypto {
  crypto ??= require('node:crypto') as typeof Crypto;
  return crypto;
}

export function createHash(algorithm: string): Crypto.Hash {
  return loaded().createHash(algorithm);
}

export function randomBytes(size: number): Buffer {
  return loaded().randomBytes(size);
}
