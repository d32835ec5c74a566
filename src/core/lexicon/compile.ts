/**
 * Turns lexicon source files into one compiled lexicon, checking what the schema cannot:
 * ids are unique, every id used is defined, variants are not silently shared, refs exist.
 */
import { LIMITS } from '../limits';
import { isCaseSensitiveVariant, normalizeKey } from '../normalize';
import { moreIssues, parseLexiconFile, pathToPointer, type ParsedLexiconFile } from './parse';
import { signOf } from './relations';
import { expandVariant } from './variants';
import type {
  CompiledEntity, CompiledInteraction, CompiledLexicon, CompiledMechanism, LexiconIssue, ReferenceEntry, Section,
} from './types';

export interface LexiconSourceText {
  file: string;
  text: string;
}

export interface CompileOptions {
  /** Already-loaded lexicon whose entities the new files may reference (the bundled review, for a user lexicon). */
  base?: CompiledLexicon;
  /** Check that every ref is in the references list (the bundled review's own files). */
  checkRefsAgainstReferences?: boolean;
}

export interface CompileResult {
  lexicon: CompiledLexicon;
  issues: LexiconIssue[];
}

export function emptyLexicon(): CompiledLexicon {
  return { version: 1, sections: [], references: [], entities: [], interactions: [], mechanisms: [] };
}

/** Every spelling of an entity, generated forms included, without duplicates. */
export function synonymsOf(label: string, fullName: string | undefined, variants: readonly string[]): string[] {
  const out = new Set<string>();
  for (const v of [label, ...(fullName ? [fullName] : []), ...variants]) for (const e of expandVariant(v)) out.add(e);
  return [...out];
}

/** Appends without spreading: `push(...list)` passes every item as an argument and overflows the stack on a long list. */
function append<T>(target: T[], items: readonly T[] | undefined): void {
  for (const item of items ?? []) target.push(item);
}

/** At most `max` problems per file, then one line counting the rest. */
function capPerFile(issues: readonly LexiconIssue[], max: number): LexiconIssue[] {
  const out: LexiconIssue[] = [];
  const count = new Map<string, number>();
  for (const issue of issues) {
    const n = (count.get(issue.file) ?? 0) + 1;
    count.set(issue.file, n);
    if (n <= max) out.push(issue);
  }
  for (const [file, n] of count) if (n > max) out.push(moreIssues(file, n - max, max));
  return out;
}

export function compileLexicon(sources: readonly LexiconSourceText[], options: CompileOptions = {}): CompileResult {
  const parseIssues: LexiconIssue[] = [];
  const parsed: ParsedLexiconFile[] = [];
  for (const src of sources) {
    const outcome = parseLexiconFile(src.file, src.text);
    append(parseIssues, outcome.issues); // already capped per file by the parser
    if (outcome.parsed && outcome.issues.length === 0) parsed.push(outcome.parsed);
  }
  // The files that parsed cleanly: what the schema cannot check, each file's list capped like the parser's.
  const issues: LexiconIssue[] = [];
  const lexicon = emptyLexicon();
  const at = (p: ParsedLexiconFile, path: (string | number)[], message: string): void => {
    issues.push({ file: p.file, path: pathToPointer(path), ...p.locate(path), message });
  };

  const base = options.base;
  const entityById = new Map<string, CompiledEntity>((base?.entities ?? []).map((e) => [e.id, e]));
  const where = new Map<string, string>();
  const seenIds = { entities: new Set(entityById.keys()), interactions: new Set((base?.interactions ?? []).map((i) => i.id)), mechanisms: new Set((base?.mechanisms ?? []).map((m) => m.id)) };

  // Pass 1: collect entries, catching duplicate ids.
  for (const p of parsed) {
    const d = p.data;
    if (d.review) lexicon.review = d.review;
    append(lexicon.sections, d.sections);
    append(lexicon.references, d.references);
    (d.entities ?? []).forEach((e, i) => {
      const loc = p.locate(['entities', i]);
      if (seenIds.entities.has(e.id)) {
        at(p, ['entities', i, 'id'], `duplicate entity id "${e.id}"${where.has(e.id) ? ` (first defined at ${where.get(e.id)})` : ' (already in the bundled lexicon)'}`);
        return;
      }
      seenIds.entities.add(e.id);
      where.set(e.id, `${p.file}:${loc.line + 1}`);
      const compiled: CompiledEntity = { ...e, synonyms: synonymsOf(e.label, e.fullName, e.variants ?? []), source: { file: p.file, ...loc } };
      entityById.set(e.id, compiled);
      lexicon.entities.push(compiled);
    });
    (d.interactions ?? []).forEach((x, i) => {
      if (seenIds.interactions.has(x.id)) return at(p, ['interactions', i, 'id'], `duplicate interaction id "${x.id}"`);
      seenIds.interactions.add(x.id);
      const compiled: CompiledInteraction = { ...x, sign: signOf(x.relation), provenance: x.provenance ?? 'stated', source: { file: p.file, ...p.locate(['interactions', i]) } };
      lexicon.interactions.push(compiled);
    });
    (d.mechanisms ?? []).forEach((m, i) => {
      if (seenIds.mechanisms.has(m.id)) return at(p, ['mechanisms', i, 'id'], `duplicate mechanism id "${m.id}"`);
      seenIds.mechanisms.add(m.id);
      const compiled: CompiledMechanism = { ...m, source: { file: p.file, ...p.locate(['mechanisms', i]) } };
      lexicon.mechanisms.push(compiled);
    });
  }

  const sectionIds = new Set([...(base?.sections ?? []), ...lexicon.sections].map((s: Section) => s.id));
  const refNumbers = new Set([...(base?.references ?? []), ...lexicon.references].map((r: ReferenceEntry) => r.number));
  const checkRefs = options.checkRefsAgainstReferences === true && refNumbers.size > 0;

  // Pass 2: every id used must be defined; lineage and composites must point at cells.
  for (const p of parsed) {
    const d = p.data;
    const needEntity = (id: string | undefined, path: (string | number)[], what: string, wantType?: string): void => {
      if (id === undefined) return;
      const e = entityById.get(id);
      if (!e) at(p, path, `unknown entity id "${id}" in ${what}`);
      else if (wantType && e.type !== wantType) at(p, path, `${what} must be a ${wantType}, but "${id}" is a ${e.type}`);
    };
    const needRefs = (refs: number[] | undefined, path: (string | number)[]): void => {
      if (!checkRefs) return;
      (refs ?? []).forEach((r, k) => { if (!refNumbers.has(r)) at(p, [...path, k], `reference [${r}] is not in the review's reference list`); });
    };
    const needSection = (id: string | undefined, path: (string | number)[]): void => {
      if (id !== undefined && sectionIds.size > 0 && !sectionIds.has(id)) at(p, path, `unknown section id "${id}"`);
    };
    (d.entities ?? []).forEach((e, i) => {
      const a = e.attributes ?? {};
      for (const key of ['derivesFrom', 'differentiatesInto'] as const) {
        (a[key] ?? []).forEach((id, k) => needEntity(id, ['entities', i, 'attributes', key, k], `attributes.${key}`, 'cell'));
      }
      (a.isA ?? []).forEach((id, k) => needEntity(id, ['entities', i, 'attributes', 'isA', k], 'attributes.isA'));
      (a.secretedBy ?? []).forEach((id, k) => needEntity(id, ['entities', i, 'attributes', 'secretedBy', k], 'attributes.secretedBy', 'cell'));
      needEntity(a.opposite, ['entities', i, 'attributes', 'opposite'], 'attributes.opposite', 'process');
      needEntity(a.activityProcess, ['entities', i, 'attributes', 'activityProcess'], 'attributes.activityProcess', 'process');
      needEntity(a.removes, ['entities', i, 'attributes', 'removes'], 'attributes.removes');
      (a.near ?? []).forEach((id, k) => {
        needEntity(id, ['entities', i, 'attributes', 'near', k], 'attributes.near');
        if (id === e.id) at(p, ['entities', i, 'attributes', 'near', k], 'an entity is not near itself');
      });
      if (e.composite) needEntity(e.composite.of, ['entities', i, 'composite', 'of'], 'composite.of', 'cell');
      (e.sections ?? []).forEach((s, k) => needSection(s, ['entities', i, 'sections', k]));
      needRefs(e.refs, ['entities', i, 'refs']);
      if (normalizeKey(e.label, false) === '') at(p, ['entities', i, 'label'], 'label has no letters or digits');
    });
    (d.interactions ?? []).forEach((x, i) => {
      needEntity(x.subject, ['interactions', i, 'subject'], 'the interaction subject');
      needEntity(x.object, ['interactions', i, 'object'], 'the interaction object');
      (x.via ?? []).forEach((id, k) => needEntity(id, ['interactions', i, 'via', k], 'via'));
      needEntity(x.context?.source, ['interactions', i, 'context', 'source'], 'context.source', 'cell');
      needEntity(x.context?.condition, ['interactions', i, 'context', 'condition'], 'context.condition');
      needSection(x.section, ['interactions', i, 'section']);
      needRefs(x.refs, ['interactions', i, 'refs']);
      if (x.subject === x.object) at(p, ['interactions', i, 'object'], `the interaction's subject and object are the same entity "${x.subject}"`);
    });
    (d.mechanisms ?? []).forEach((m, i) => {
      m.steps.forEach((s, k) => {
        needEntity(s.entity, ['mechanisms', i, 'steps', k, 'entity'], 'a mechanism step');
        if (k === 0 && s.relation !== undefined) at(p, ['mechanisms', i, 'steps', 0, 'relation'], 'the first step of a mechanism has no relation (nothing precedes it)');
        if (k > 0 && s.relation === undefined) at(p, ['mechanisms', i, 'steps', k], 'missing "relation": how the previous step acts on this one');
      });
      needSection(m.section, ['mechanisms', i, 'section']);
      needRefs(m.refs, ['mechanisms', i, 'refs']);
      needEntity(m.context?.source, ['mechanisms', i, 'context', 'source'], 'context.source', 'cell');
      needEntity(m.context?.condition, ['mechanisms', i, 'context', 'condition'], 'context.condition');
      if (m.net) {
        needEntity(m.net.object, ['mechanisms', i, 'net', 'object'], 'net.object');
        // The stated net effect must be what the chain's signs multiply to (neutral steps pass the sign on).
        const chain = m.steps.slice(1).reduce((product, s) => product * (signOf(s.relation ?? '') || 1), 1);
        const net = signOf(m.net.relation);
        if (net !== 0 && net !== chain) at(p, ['mechanisms', i, 'net', 'relation'], `the net effect "${m.net.relation}" does not follow from the steps, whose signs multiply to ${chain > 0 ? 'a promotion' : 'an inhibition'}`);
      }
    });
  }

  checkSharedVariants(parsed, base, issues);
  const all = parseIssues;
  append(all, capPerFile(issues, LIMITS.lexiconMaxIssues));
  return { lexicon, issues: all };
}

/**
 * A spelling that resolves to two entities makes every mention of it a guess. It is allowed only when
 * every entity that uses it lists it under "ambiguous".
 */
function checkSharedVariants(parsed: readonly ParsedLexiconFile[], base: CompiledLexicon | undefined, issues: LexiconIssue[]): void {
  interface Owner { id: string; ambiguous: boolean; spelling?: string; place?: { p: ParsedLexiconFile; path: (string | number)[] } }
  const owners = new Map<string, Owner[]>();
  const add = (spelling: string, owner: Owner): void => {
    const key = normalizeKey(spelling, isCaseSensitiveVariant(spelling));
    if (key === '') return;
    const list = owners.get(key) ?? [];
    if (!list.some((o) => o.id === owner.id)) list.push({ ...owner, spelling });
    owners.set(key, list);
  };
  for (const e of base?.entities ?? []) {
    const amb = new Set(e.ambiguous ?? []);
    for (const s of e.synonyms) add(s, { id: e.id, ambiguous: amb.has(s) });
    for (const s of amb) add(s, { id: e.id, ambiguous: true });
  }
  for (const p of parsed) {
    (p.data.entities ?? []).forEach((e, i) => {
      const named: Array<[string, (string | number)[]]> = [[e.label, ['entities', i, 'label']]];
      if (e.fullName) named.push([e.fullName, ['entities', i, 'fullName']]);
      (e.variants ?? []).forEach((v, k) => named.push([v, ['entities', i, 'variants', k]]));
      for (const [v, path] of named) for (const s of expandVariant(v)) add(s, { id: e.id, ambiguous: false, place: { p, path } });
      (e.ambiguous ?? []).forEach((v, k) => add(v, { id: e.id, ambiguous: true, place: { p, path: ['entities', i, 'ambiguous', k] } }));
    });
  }
  for (const [key, list] of owners) {
    if (list.length < 2 || list.every((o) => o.ambiguous)) continue;
    const offender = list.find((o) => !o.ambiguous && o.place) ?? list.find((o) => o.place);
    if (!offender?.place) continue;
    const others = list.filter((o) => o !== offender).map((o) => `"${o.id}" (as "${o.spelling ?? key}")`).join(', ');
    const { p, path } = offender.place;
    issues.push({
      file: p.file, path: pathToPointer(path), ...p.locate(path),
      message: `variant "${offender.spelling ?? key}" of "${offender.id}" also names ${others}; list it under "ambiguous" in each entity if the sharing is intended`,
    });
  }
}

/** Adds a checked extra lexicon (a user's) on top of a base one. */
export function mergeLexicons(base: CompiledLexicon, extra: CompiledLexicon): CompiledLexicon {
  return {
    version: 1,
    review: base.review ?? extra.review,
    sections: [...base.sections, ...extra.sections],
    references: [...base.references, ...extra.references],
    entities: [...base.entities, ...extra.entities],
    interactions: [...base.interactions, ...extra.interactions],
    mechanisms: [...base.mechanisms, ...extra.mechanisms],
  };
}
