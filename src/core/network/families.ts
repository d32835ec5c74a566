/**
 * How a map draws an entity: the eighteen entity types fall into six families, each with a shape and a
 * tone, so a node's kind reads from its outline as well as its colour (never colour alone; six colours
 * stay distinguishable where eighteen would not). Hosts turn the tone into a colour of their own: the
 * editor's theme (charts palette), or a fixed print palette in an SVG file.
 */
import type { EntityType } from '../lexicon/types';

export type Tone = 'blue' | 'orange' | 'purple' | 'green' | 'yellow' | 'red';

export interface Family {
  title: string;
  /** Cytoscape's shape names; an SVG writer draws the same outline. */
  shape: 'ellipse' | 'round-rectangle' | 'diamond' | 'rectangle' | 'hexagon' | 'round-triangle';
  tone: Tone;
}

export const FAMILIES = Object.freeze({
  cells: { title: 'cells', shape: 'ellipse', tone: 'blue' },
  mediators: { title: 'secreted mediators', shape: 'round-rectangle', tone: 'orange' },
  signalling: { title: 'receptors and signalling', shape: 'diamond', tone: 'purple' },
  processes: { title: 'processes and states', shape: 'rectangle', tone: 'green' },
  agents: { title: 'treatments, materials and vesicles', shape: 'hexagon', tone: 'yellow' },
  diseases: { title: 'diseases', shape: 'round-triangle', tone: 'red' },
} satisfies Record<string, Family>);

export type FamilyId = keyof typeof FAMILIES;

/** Every entity type in exactly one family (the compiler checks the key set against ENTITY_TYPES). */
export const TYPE_FAMILY: Readonly<Record<EntityType, FamilyId>> = Object.freeze({
  cell: 'cells',
  cytokine: 'mediators', chemokine: 'mediators', 'growth-factor': 'mediators', ligand: 'mediators',
  receptor: 'signalling', 'signalling-molecule': 'signalling', 'transcription-factor': 'signalling', protein: 'signalling',
  pathway: 'signalling', mirna: 'signalling',
  process: 'processes', condition: 'processes',
  treatment: 'agents', biomaterial: 'agents', 'small-molecule': 'agents', component: 'agents',
  disease: 'diseases',
});

/** The family of an entity type; a type a user lexicon invented is drawn as a process. */
export function familyIdOf(type: string): FamilyId {
  return (TYPE_FAMILY as Readonly<Record<string, FamilyId | undefined>>)[type] ?? 'processes';
}

/**
 * Does a term of this type name a molecule (a secreted mediator, a receptor or other signalling molecule)?
 * Its words never name a condition, and cells may be said to express or make it.
 */
export function namesMolecule(type: string): boolean {
  const family = familyIdOf(type);
  return family === 'mediators' || family === 'signalling';
}

export function familyOf(type: string): Family {
  return FAMILIES[familyIdOf(type)];
}
