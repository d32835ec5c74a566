/**
 * Judging a directed claim by the inflammatory character the review gives both of its terms, when it
 * states nothing about the pair itself: TNF-α is pro-inflammatory and inflammation is the process it
 * feeds, so "TNF-α promotes inflammation" agrees with the review and "IL-10 promotes inflammation" does
 * not. A curator's inference, never a Warning by itself (provenance `inferred`).
 */
import type { ExtractedClaim } from './claims/types';
import type { LexiconIndex } from './lexicon/lexiconIndex';
import type { CompiledEntity } from './lexicon/types';

/** +1 pro-inflammatory, −1 anti-inflammatory; dual or unknown characters give no verdict. */
const CHARACTER_SIGN: Readonly<Record<string, 1 | -1>> = { pro: 1, anti: -1 };
const CHARACTER_WORDS: Readonly<Record<string, string>> = { pro: 'pro-inflammatory', anti: 'anti-inflammatory' };

function characterOf(e: CompiledEntity | undefined): 1 | -1 | undefined {
  const c = e?.attributes?.inflammatory;
  return c === undefined ? undefined : CHARACTER_SIGN[c];
}

/**
 * Do both terms have an inflammatory character, one of them a process (inflammation, M1 polarization), so
 * that a claim between them can be judged by it? (Between two cytokines the characters say nothing: that
 * TNF-α induces IL-1 is not a matter of both being pro-inflammatory.)
 */
export function characterRelatable(a: CompiledEntity | undefined, b: CompiledEntity | undefined): boolean {
  return characterOf(a) !== undefined && characterOf(b) !== undefined && (a?.type === 'process' || b?.type === 'process');
}

export interface CharacterVerdict {
  agrees: boolean;
  refs: number[];
  statement: string;
}

/**
 * A pro-inflammatory term promoting a pro-inflammatory process (or inhibiting an anti-inflammatory one)
 * agrees with the characters; the reverse goes against them. Unsigned claims agree whatever their
 * direction ("TNF-α regulates inflammation"), unless denied.
 */
export function judgeByCharacter(claim: ExtractedClaim, index: LexiconIndex): CharacterVerdict | undefined {
  const subject = index.entities.get(claim.subject);
  const object = claim.object === undefined ? undefined : index.entities.get(claim.object);
  const s = characterOf(subject);
  const o = characterOf(object);
  if (s === undefined || o === undefined || !subject || !object || object.type !== 'process') return undefined;
  const claimed = claim.sign === 0 ? 0 : claim.negated ? -claim.sign : claim.sign;
  const agrees = claimed === 0 ? !claim.negated : claimed === s * o;
  const refs = [...new Set([...subject.refs, ...object.refs])].sort((a, b) => a - b);
  const statement = `${subject.label} is ${CHARACTER_WORDS[subject.attributes?.inflammatory ?? '']}; ${object.label} is ${CHARACTER_WORDS[object.attributes?.inflammatory ?? '']}`;
  return { agrees, refs, statement };
}

/** characterProcesses per lexicon index, dropped with the index. */
const PROCESSES_BY_INDEX = new WeakMap<LexiconIndex, ReadonlyArray<{ id: string; sign: 1 | -1 }>>();

/**
 * The processes with an inflammatory character (inflammation, M1 and M2 polarization, …) and that character:
 * what a term's effects on them show of its own character.
 */
export function characterProcesses(index: LexiconIndex): ReadonlyArray<{ id: string; sign: 1 | -1 }> {
  // (Once per lexicon index: a user lexicon may hold tens of thousands of entities.)
  const known = PROCESSES_BY_INDEX.get(index);
  if (known !== undefined) return known;
  const out: Array<{ id: string; sign: 1 | -1 }> = [];
  for (const e of index.entities.values()) {
    const sign = characterOf(e);
    if (e.type === 'process' && sign !== undefined) out.push({ id: e.id, sign });
  }
  PROCESSES_BY_INDEX.set(index, out);
  return out;
}

