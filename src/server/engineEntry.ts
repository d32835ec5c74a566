/**
 * The heavy half of the extension, loaded on first use: the analysis core (with compromise and fuse.js)
 * and the bundled lexicon. Kept out of extension.js so activation stays fast.
 */
import lexicon from '../../generated/lexicon.json';
import tries from '../../generated/lexicon-tries.json';
import type { CompiledLexicon, IndexTries } from '../core';

export * from '../core';
export const bundledLexicon = lexicon as unknown as CompiledLexicon;
/** The bundled lexicon's tries, made by the build (scripts/lexicon-tries.ts). */
export const bundledTries = tries as unknown as IndexTries;
