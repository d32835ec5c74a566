/**
 * "pyruvate kinase M2 (PKM2)", "muscarinic receptor M2": a letter-and-digit symbol right after a noun that
 * names a class of enzymes, receptors or subunits is that protein's isoform name, not the term the lexicon
 * spells the same way (the M2 macrophage phenotype). Without this, "PKM2" would also be defined as an
 * abbreviation of M2 macrophages for the rest of the document.
 */
import { isWordChar, wordBefore } from '../normalize';

/** Nouns after which a symbol such as "M2" names an isoform or subtype of a protein. */
const ISOFORM_CLASS_NOUNS: ReadonlySet<string> = new Set([
  'kinase', 'reductase', 'isoform', 'isozyme', 'isoenzyme', 'subunit', 'receptor', 'channel', 'muscarinic', 'protein',
  'synthase', 'dehydrogenase', 'phosphatase', 'transferase',
]);

// linear: one anchored capital and one or two digits, on the whole (short) term.
const ISOFORM_SYMBOL = /^[A-Z]\d{1,2}$/;

/** Is the term text[start, end) a symbol like "M2" that names an isoform after the class noun before it? */
export function isoformSymbolAt(text: string, start: number, end: number): boolean {
  if (end - start > 3 || isWordChar(text[start - 1]) || !ISOFORM_SYMBOL.test(text.slice(start, end))) return false;
  return ISOFORM_CLASS_NOUNS.has(wordBefore(text, start) ?? '');
}
