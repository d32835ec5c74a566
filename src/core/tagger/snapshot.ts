/**
 * compromise's model as JSON and back. The model is plain data but for two things JSON drops: regular
 * expressions (its suffix and regex patterns) and keys whose value is undefined (its tagger asks
 * `hasOwnProperty` of some tables, so such a key still counts). Both are written as marker objects, and
 * where each marker sits is listed beside the model, so reading it back visits those few hundred places
 * instead of walking the whole lexicon. The model read back is the one written, key for key, in order.
 * The lexicon itself is written packed and read back as an object that looks words up on demand
 * (packedLexicon.ts): parsed as 25,000 properties, it was most of a one-sentence check's start.
 */

import { lazyLexicon, packLexicon, type PackedLexicon } from './packedLexicon';

interface RegexMark {
  $regex: string;
  flags: string;
}

interface UndefinedMark {
  $undefined: true;
}

/** compromise's lexicon, packed (see packedLexicon.ts). */
interface LexiconMark {
  $lexicon: PackedLexicon;
}

/** Where the lexicon sits in compromise's model. */
const LEXICON_PATH = ['one', 'lexicon'];

/** The model with its markers, and the path (keys from the top) of every marker. */
export interface EncodedModel {
  marks: string[][];
  model: object;
}

export function encodeModel(model: object): string {
  const marks: string[][] = [];
  const find = (node: object, path: string[]): void => {
    for (const [key, value] of Object.entries(node)) {
      if (value instanceof RegExp || (value === undefined && Object.hasOwn(node, key))) marks.push([...path, key]);
      else if (value !== null && typeof value === 'object') find(value as object, [...path, key]);
    }
  };
  find(model, []);
  const lexicon = (model as { one?: { lexicon?: Record<string, unknown> } }).one?.lexicon;
  if (lexicon !== undefined) marks.push(LEXICON_PATH);
  const encoded = JSON.stringify(model, (_key, value: unknown) => {
    if (value === lexicon && lexicon !== undefined) return { $lexicon: packLexicon(lexicon) } satisfies LexiconMark;
    if (value instanceof RegExp) return { $regex: value.source, flags: value.flags } satisfies RegexMark;
    if (value === undefined) return { $undefined: true } satisfies UndefinedMark;
    return value;
  });
  return `{"marks":${JSON.stringify(marks)},"model":${encoded}}`;
}

/**
 * Restores the markers of `encodeModel` in place (the parsed JSON is the model's only copy) and returns
 * the model. Restoring it again changes nothing: a module loaded anew (tests clear the module cache) may
 * be handed the same parsed JSON.
 */
export function reviveModel(encoded: EncodedModel): Record<string, unknown> {
  const model = encoded.model as Record<string, unknown>;
  for (const path of encoded.marks) {
    let node = model;
    for (let i = 0; i < path.length - 1; i++) node = node[path[i]] as Record<string, unknown>;
    const key = path[path.length - 1];
    const mark = node[key] as (Partial<RegexMark> & Partial<UndefinedMark> & Partial<LexiconMark>) | RegExp | undefined;
    if (mark === undefined || mark instanceof RegExp) continue; // restored already
    // linear: compromise's own patterns, unchanged (they ran as its literals before); it tests each on one term of a sentence read only up to 3,000 characters.
    if (typeof mark.$regex === 'string') node[key] = new RegExp(mark.$regex, mark.flags);
    else if (mark.$undefined === true) node[key] = undefined;
    else if (typeof mark.$lexicon === 'object') node[key] = lazyLexicon(mark.$lexicon);
    // (Anything else is a lexicon restored already.)
  }
  return model;
}
