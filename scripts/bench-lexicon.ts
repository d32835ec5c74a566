/**
 * A reproducible user lexicon at scale, for benchmarks and the scale test: `makeUserLexicon(n, seed)`
 * writes n entities (a lab's or a second review's terms) with about ten spellings each — gene-like
 * symbols in human and mouse case, hyphenated and Greek-lettered forms, multi-word names, US/UK
 * spellings — and a few thousand interactions among them and with the bundled lexicon's entities.
 * Valid against lexicon/lexicon.schema.json and the compiler's own checks (no spelling shared with
 * another entity, bundled ones included), so `mechlens check --lexicon FILE` takes it whole.
 *
 *   npx tsx scripts/bench-lexicon.ts [FILE] [--entities N] [--seed S]   (default .bench/lexicon-50k.json)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CompiledLexicon, EntityType, SourceEntity, SourceInteraction, SourceLexiconFile } from '../src/core';
import { isCaseSensitiveVariant, normalizeKey } from '../src/core/normalize';
import { expandVariant } from '../src/core/lexicon/variants';
import { rng } from './bench-corpus';

const CONSONANTS = ['b', 'c', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'th', 'ch', 'br', 'tr', 'pl'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'y'];
const ENDINGS = ['in', 'ulin', 'ase', 'ectin', 'orin', 'oxin', 'amin', 'eron', 'idin', 'ostin'];
const GREEK = ['α', 'β', 'γ', 'δ', 'κ'];
const KINDS: ReadonlyArray<{ type: EntityType; weight: number; words: readonly string[] }> = [
  { type: 'protein', weight: 30, words: ['binding protein', 'associated protein', 'domain-containing protein', 'zinc finger protein', 'tumor suppressor'] },
  { type: 'receptor', weight: 12, words: ['receptor', 'receptor-like kinase', 'orphan receptor', 'coreceptor'] },
  { type: 'cytokine', weight: 8, words: ['cytokine', 'interleukin-like factor', 'inflammatory mediator'] },
  { type: 'growth-factor', weight: 5, words: ['growth factor', 'trophic factor'] },
  { type: 'transcription-factor', weight: 10, words: ['transcription factor', 'homeobox protein', 'signaling regulator'] },
  { type: 'signalling-molecule', weight: 10, words: ['kinase', 'phosphatase', 'adaptor', 'signaling kinase'] },
  { type: 'small-molecule', weight: 5, words: ['inhibitor', 'agonist', 'metabolite'] },
  { type: 'mirna', weight: 6, words: [] },
  { type: 'pathway', weight: 5, words: ['signaling pathway', 'axis', 'cascade'] },
  { type: 'process', weight: 6, words: ['remodeling', 'mineralization', 'polarization', 'stabilization'] },
  { type: 'cell', weight: 3, words: ['progenitor', 'stromal cell', 'precursor cell', 'macrophage subset'] },
];
const ACTIONS = ['senescence', 'quiescence', 'expansion', 'mobilization', 'maturation'];
const RELATIONS = ['promotes', 'inhibits', 'activates', 'suppresses', 'induces', 'reduces', 'upregulates', 'downregulates', 'secretes', 'binds', 'regulates'];
const DESCRIPTIONS = [
  'Measured by the lab in calvarial defects; see the notebook entry.',
  'Named in the second review as a regulator of repair.',
  'A lab term: knock-down reduces mineral deposition in culture.',
  'Listed in the consortium panel of bone-repair markers.',
  'Found in the fracture callus proteome of aged mice.',
];

export interface UserLexiconOptions {
  /** The lexicon the user lexicon sits on (its ids are referenced, its spellings avoided); default generated/lexicon.json. */
  base?: CompiledLexicon;
  /** Interactions to write (default n / 10, "a few thousand" for 50,000 entities). */
  interactions?: number;
}

/** Loads the bundled compiled lexicon from generated/lexicon.json. */
export function bundledLexicon(root = join(__dirname, '..')): CompiledLexicon {
  return JSON.parse(readFileSync(join(root, 'generated', 'lexicon.json'), 'utf8')) as CompiledLexicon;
}

/** Every key a spelling occupies (the compiler's rule), so no two entities share one. */
function keysOf(spelling: string): string[] {
  return expandVariant(spelling).map((s) => normalizeKey(s, isCaseSensitiveVariant(s)).toLowerCase());
}

export function makeUserLexicon(n: number, seed = 1, options: UserLexiconOptions = {}): SourceLexiconFile & { description: string } {
  const base = options.base ?? bundledLexicon();
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const taken = new Set<string>();
  for (const e of base.entities) for (const s of [...e.synonyms, ...(e.ambiguous ?? [])]) for (const k of keysOf(s)) taken.add(k);
  /** A spelling's keys, if none is taken yet; the caller claims them once the entity is complete. */
  const free = (spelling: string): string[] | undefined => {
    const keys = keysOf(spelling);
    return keys.some((k) => k === '' || taken.has(k)) ? undefined : keys;
  };
  const stem = (): string => {
    let s = '';
    const syllables = 2 + Math.floor(random() * 2);
    for (let i = 0; i < syllables; i++) s += pick(CONSONANTS) + pick(VOWELS);
    return s + pick(ENDINGS);
  };
  const totalWeight = KINDS.reduce((sum, k) => sum + k.weight, 0);
  const kind = (): (typeof KINDS)[number] => {
    let r = random() * totalWeight;
    for (const k of KINDS) if ((r -= k.weight) < 0) return k;
    return KINDS[0];
  };
  const baseByType = new Map<string, string[]>();
  for (const e of base.entities) baseByType.set(e.type, [...(baseByType.get(e.type) ?? []), e.id]);
  const baseCells = baseByType.get('cell') ?? [];

  const composites = Math.ceil(n / 250);
  const entities: SourceEntity[] = [];
  const byType = new Map<string, string[]>();
  const ids = new Set(base.entities.map((e) => e.id));
  let serial = 0;
  while (entities.length < n - composites) {
    serial++;
    const k = kind();
    const name = stem();
    const letters = name.replace(/[^a-z]/g, '').slice(0, 3 + Math.floor(random() * 2)).toUpperCase();
    const number = 1 + Math.floor(random() * 99);
    const suffix = random() < 0.3 ? pick(['A', 'B', 'L', 'R']) : '';
    const symbol = k.type === 'mirna' ? `miR-${1000 + serial}${pick(['a', 'b', 'c'])}-${pick(['3p', '5p'])}` : `${letters}${number}${suffix}`;
    const id = `lab-${normalizeKey(symbol, false).replace(/[^a-z0-9]+/g, '-')}-${serial.toString(36)}`;
    if (ids.has(id)) continue;
    const word = k.words.length > 0 ? pick(k.words) : 'microRNA';
    const greek = pick(GREEK);
    const spellings: string[] = [];
    const add = (s: string): void => { if (!spellings.includes(s)) spellings.push(s); };
    const fullName = k.type === 'mirna' ? `${name}-regulated microRNA ${symbol.slice(4)}` : `${name} ${word} ${number}${suffix}`;
    if (k.type === 'mirna') {
      add(`hsa-${symbol}`);
      add(`mmu-${symbol}`);
      add(`microRNA-${symbol.slice(4)}`);
      add(`${symbol.replace('miR-', 'miR')}`);
      add(`${name}-associated microRNA ${number}`);
    } else {
      add(`${letters.charAt(0)}${letters.slice(1).toLowerCase()}${number}${suffix.toLowerCase()}`); // mouse case: Kzf3b
      add(`${letters}-${number}${suffix}`); // KZF-3B
      add(`${letters}${number}-${greek}`); // Greek-lettered: KZF3-β (→ KZF3-beta, KZF3-b, KZF3b)
      add(`${name}-${number}${suffix}`); // kazarin-3B
      if (random() < 0.2) add(`${name} ${number}${suffix} ${pick(['tumor antigen', 'signaling protein', 'behavior factor'])}`); // US/UK forms generated
      if (random() < 0.5) add(`${letters}${number}${suffix} ${word}`);
      else add(`p${number}${letters.toLowerCase()}`);
    }
    const claimed: string[] = [];
    let clash = false;
    for (const s of [symbol, fullName, ...spellings]) {
      const keys = free(s);
      if (keys === undefined) { clash = true; break; }
      claimed.push(...keys);
    }
    if (clash) continue;
    for (const key of claimed) taken.add(key);
    ids.add(id);
    const e: SourceEntity = {
      id, type: k.type, label: symbol, fullName, variants: spellings.filter((s) => s !== fullName && s !== symbol),
      description: pick(DESCRIPTIONS), refs: [1 + Math.floor(random() * 300)],
    };
    const same = byType.get(k.type) ?? [];
    const attributes: NonNullable<SourceEntity['attributes']> = {};
    if (random() < 0.1) {
      // A member of a class: another lab entity of its type (a family) or a bundled one.
      const classes = random() < 0.5 && same.length > 0 ? same : baseByType.get(k.type) ?? [];
      if (classes.length > 0) attributes.isA = [pick(classes)];
    }
    if (random() < 0.03 && same.length > 0) attributes.near = [pick(same)];
    if (k.type === 'cell') {
      // Lineages: most lab cells derive from an earlier one (chains, as progenitor hierarchies go) or a bundled cell.
      const parent = same.length > 0 && random() < 0.7 ? same[same.length - 1 - Math.floor(random() * Math.min(5, same.length))] : pick(baseCells);
      if (parent) attributes.derivesFrom = [parent];
      if (random() < 0.2) attributes.inflammatory = pick(['pro', 'anti'] as const);
    }
    if (k.type === 'cytokine' && random() < 0.3) attributes.secretedBy = [pick(baseCells)];
    if (Object.keys(attributes).length > 0) e.attributes = attributes;
    entities.push(e);
    byType.set(k.type, [...same, id].slice(-200)); // classes and lineages drawn from recent entries: no quadratic copying
  }
  // Composite processes of the lab's cells ("KZC5 senescence", "senescence of KZC5 cells").
  const cells = entities.filter((e) => e.type === 'cell');
  for (let i = 0; i < cells.length && entities.length < n; i++) {
    const cell = cells[i];
    const action = ACTIONS[i % ACTIONS.length];
    const label = `${cell.label} ${action}`;
    const keys = free(label);
    if (!keys) continue;
    for (const key of keys) taken.add(key);
    entities.push({ id: `${cell.id}-${action}`, type: 'process', label, description: `The ${action} of ${cell.label} cells, as the lab measures it.`, refs: [1], composite: { action: [action], of: cell.id } });
  }

  const count = options.interactions ?? Math.ceil(n / 10);
  const interactions: SourceInteraction[] = [];
  const pairs = new Set<string>();
  const baseIds = base.entities.filter((e) => e.type !== 'disease').map((e) => e.id);
  for (let i = 0; interactions.length < count && i < count * 4; i++) {
    const subject = pick(entities).id;
    const object = random() < 0.4 ? pick(baseIds) : pick(entities).id;
    const [s, o] = random() < 0.25 ? [object, subject] : [subject, object];
    const relation = pick(RELATIONS);
    if (s === o || pairs.has(`${s}|${relation}|${o}`)) continue;
    pairs.add(`${s}|${relation}|${o}`);
    const x: SourceInteraction = { id: `lab-x-${interactions.length + 1}`, subject: s, relation, object: o, refs: [1 + Math.floor(random() * 300)] };
    if (random() < 0.3) x.evidence = 'Western blot and qPCR in three independent cultures.';
    if (random() < 0.05) x.context = { setting: pick(['in-vitro', 'in-vivo', 'co-culture'] as const) };
    if (random() < 0.01) x.exception = true;
    interactions.push(x);
  }
  return { description: `A synthetic user lexicon of ${entities.length} entities (seed ${seed}) for benchmarks.`, entities, interactions };
}

/** Spellings a lexicon file names (label, full name, variants), before the generated forms. */
export function writtenSpellings(file: SourceLexiconFile): number {
  return (file.entities ?? []).reduce((sum, e) => sum + 1 + (e.fullName ? 1 : 0) + (e.variants?.length ?? 0), 0);
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: number): number => {
    const at = args.indexOf(name);
    return at >= 0 ? Number(args[at + 1]) : fallback;
  };
  const n = option('--entities', 50_000);
  const seed = option('--seed', 1);
  const out = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? join(__dirname, '..', '.bench', `lexicon-${n >= 1000 ? `${n / 1000}k` : n}.json`);
  const file = makeUserLexicon(n, seed);
  mkdirSync(dirname(out), { recursive: true });
  const text = JSON.stringify(file);
  writeFileSync(out, text);
  process.stdout.write(`${out}: ${file.entities?.length} entities, ${writtenSpellings(file)} written spellings, ${file.interactions?.length} interactions, ${(text.length / 1048576).toFixed(1)} MB\n`);
}
