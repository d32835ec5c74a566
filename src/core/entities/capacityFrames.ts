/**
 * A cell's action named by what the cell is able to do: "the capacity of MSCs to proliferate", "the
 * ability of hMSCs to migrate", "MSCs' potential to differentiate". Authors write it as often as "MSC
 * proliferation"; it names the same composite process, so the whole phrase is one mention of it, and a
 * verb acting on the phrase ("silencing of IL-6 reduced the capacity of MSCs to proliferate") acts on the
 * process.
 */

/**
 * Nouns of ability that open the frame; the claim reader uses them too, for what a term can do ("the
 * ability of BMP-2 to induce mineralization").
 */
export const CAPACITY_NOUNS: ReadonlySet<string> = new Set(['capacity', 'capacities', 'ability', 'abilities', 'potential', 'capability', 'capabilities', 'propensity', 'competence', 'power', 'potency', 'efficiency', 'efficacy']);

/**
 * Head nouns by which a composite process's spelling names what its cell can do ("immunomodulatory
 * capacity", "suppressive activity", "osteogenic function"): the lexicon index reads such a process as a
 * capacity of that cell.
 */
export const CAPACITY_ACTION_HEADS: ReadonlySet<string> = new Set([...CAPACITY_NOUNS, 'activity', 'activities', 'function', 'functions', 'properties']);

/**
 * The verb an author uses → the action noun the lexicon's composite processes are spelled with. Only
 * actions some cell has in the lexicon ever match (the lookup goes through the cell's own actions).
 */
// No prototype: a word such as "constructor" must not find an inherited function.
const ACTION_OF_VERB: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  proliferate: 'proliferation', migrate: 'migration', differentiate: 'differentiation', home: 'homing',
  adhere: 'adhesion', survive: 'survival', 'self-renew': 'self-renewal', invade: 'invasion',
  phagocytose: 'phagocytosis', polarize: 'polarization', polarise: 'polarization', engraft: 'engraftment',
  mineralize: 'mineralization', mineralise: 'mineralization', fuse: 'fusion', chemotax: 'chemotaxis',
});

/** The action noun of a cell's verb ("migrate", "migrated", "migrating" → "migration"), if the table has it. */
export function actionNounOfVerb(verb: string): string | undefined {
  const w = verb.toLowerCase();
  const base = ACTION_OF_VERB[w] ?? ACTION_OF_VERB[w.replace(/s$/, '')] ?? ACTION_OF_VERB[w.replace(/d$/, '')] ?? ACTION_OF_VERB[w.replace(/ed$/, '')]
    ?? ACTION_OF_VERB[w.replace(/ing$/, 'e')] ?? ACTION_OF_VERB[w.replace(/ing$/, '')];
  return base;
}

// linear: one optional fixed article before white space, on a slice of at most 20 characters.
const OF_THE = /^\s+of\s+(?:(?:the|these|those)\s+)?/i;
// linear: a fixed word and one run of letters, on a slice of at most 30 characters.
const TO_VERB = /^\s+to\s+([a-z]+(?:-[a-z]+)?)\b/i;
// linear: an optional possessive, white space, one run of letters, on a slice of at most 20 characters.
const CELL_POSSESSIVE_NOUN = /^(?:['’]s?)?\s+([a-z]+)\b/i;

export interface CapacityCell {
  /** Where the cell term ends. */
  end: number;
  /** The cell's ids (cells with composite processes). */
  ids: readonly string[];
}

/** The action noun a "to VERB" after `from` names, and where the verb ends; undefined if there is none. */
export function actionAfterTo(text: string, from: number, to: number): { action: string; end: number } | undefined {
  const m = TO_VERB.exec(text.slice(from, Math.min(to, from + 30)));
  if (!m) return undefined;
  const action = ACTION_OF_VERB[m[1].toLowerCase()];
  return action === undefined ? undefined : { action, end: from + m[0].length };
}

/** The first letters of the nouns of ability, lower and upper case: most words are dismissed on their first character. */
const FIRST_CODES = new Set([...CAPACITY_NOUNS].flatMap((w) => [w.charCodeAt(0), w.toUpperCase().charCodeAt(0)]));

/** Is the word at i a noun of ability ("capacity", "ability") starting a word? Returns where its "of (the)" ends. */
export function capacityOfAt(text: string, i: number, to: number): number | undefined {
  // (The matcher asks at every word start: no slice for a word that cannot be one.)
  if (!FIRST_CODES.has(text.charCodeAt(i))) return undefined;
  const m = /^[A-Za-z]+/.exec(text.slice(i, Math.min(to, i + 14)));
  if (!m || !CAPACITY_NOUNS.has(m[0].toLowerCase())) return undefined;
  const of = OF_THE.exec(text.slice(i + m[0].length, Math.min(to, i + m[0].length + 20)));
  return of ? i + m[0].length + of[0].length : undefined;
}

/** After a cell term ending at `from`: "'s capacity to VERB" / " ability to VERB". Returns the action and where it ends. */
export function capacityAfterCell(text: string, from: number, to: number): { action: string; end: number } | undefined {
  const m = CELL_POSSESSIVE_NOUN.exec(text.slice(from, Math.min(to, from + 20)));
  if (!m || !CAPACITY_NOUNS.has(m[1].toLowerCase())) return undefined;
  return actionAfterTo(text, from + m[0].length, to);
}
