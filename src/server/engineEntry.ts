/**
 * The heavy half of the extension, loaded on first use: the analysis core (with compromise and fuse.js)
 * and the bundled lexicon. Kept out of extension.js so activation stays fast.
 */
import lexicon from '../../generated/lexicon.json';
import type { CompiledLexicon } from '../core';

export * from '../core';
export const bundledLexicon = lexicon as unknown as CompiledLexicon;
