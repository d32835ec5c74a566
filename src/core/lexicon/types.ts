/** Shapes of the lexicon: as curators write it (source) and as the bundle carries it (compiled). */
import type { Conditions } from '../conditions';
import type { Sign } from './relations';

/**
 * The entity types: how a hover names each, and whether a term of the type is a molecule (a class of molecules
 * is a family whose members share their work: "BMPs" act as BMP-2 does; a class of cells or vesicles is not,
 * its members being told apart by what they do or where they come from). One table; the schema's enum and
 * everything below are written from it.
 */
const ENTITY_TYPE_TABLE = Object.freeze({
  cell: { name: 'cell', molecule: false },
  cytokine: { name: 'cytokine', molecule: true },
  chemokine: { name: 'chemokine', molecule: true },
  'growth-factor': { name: 'growth factor', molecule: true },
  receptor: { name: 'receptor', molecule: true },
  ligand: { name: 'ligand', molecule: true },
  'signalling-molecule': { name: 'signalling molecule', molecule: true },
  'transcription-factor': { name: 'transcription factor', molecule: true },
  protein: { name: 'protein', molecule: true },
  'small-molecule': { name: 'small molecule', molecule: true },
  component: { name: 'vesicle or organelle', molecule: false },
  mirna: { name: 'microRNA', molecule: true },
  pathway: { name: 'pathway or axis', molecule: false },
  process: { name: 'process or phenotype', molecule: false },
  treatment: { name: 'treatment', molecule: false },
  condition: { name: 'condition', molecule: false },
  biomaterial: { name: 'biomaterial', molecule: false },
  disease: { name: 'disease', molecule: false },
});

export type EntityType = keyof typeof ENTITY_TYPE_TABLE;

export const ENTITY_TYPES = Object.keys(ENTITY_TYPE_TABLE) as EntityType[];

/** How a hover names each entity type. */
export const ENTITY_TYPE_NAMES: Readonly<Record<EntityType, string>> = Object.freeze(Object.fromEntries(ENTITY_TYPES.map((t) => [t, ENTITY_TYPE_TABLE[t].name])) as Record<EntityType, string>);

/** The entity types of molecules. */
export const MOLECULE_TYPES: ReadonlySet<string> = new Set(ENTITY_TYPES.filter((t) => ENTITY_TYPE_TABLE[t].molecule));

/** Conditions under which the review states an interaction (keys and values from the condition table). */
export type InteractionContext = Conditions;

export interface EntityAttributes {
  inflammatory?: 'pro' | 'anti' | 'dual';
  polarization?: 'M0' | 'M1' | 'M2' | 'M1/M2';
  derivesFrom?: string[];
  differentiatesInto?: string[];
  isA?: string[];
  secretedBy?: string[];
  activityProcess?: string;
  opposite?: string;
  /** Concepts a claim may be judged by when the review says nothing of its own pair (symmetric). */
  near?: string[];
  /**
   * For a process: the processes it is made of (bone remodeling: resorption and formation). A sign-neutral
   * claim about the whole ("X plays a role in bone remodeling") is supported when the review relates X to
   * a part; a directed one is not (raising a part need not raise the whole).
   */
  parts?: string[];
  /** For an isoform the review names only as its family (TGF-β1 of TGF-β): the family. */
  isoformOf?: string;
  /** For a loss-of-function entity (a depletion, a deficiency): the entity it removes. */
  removes?: string;
  /**
   * For a cell: words for the tissue it makes ("bone" for osteoblasts), read as the cell only as what a cell
   * differentiates into ("MSCs differentiate into bone, cartilage and fat").
   */
  formsTissue?: string[];
  /** For a class named with a number per member (miR-21): members the lexicon does not hold read as the class. */
  numberedMembers?: boolean;
  /**
   * For a process of healing: the lesion classes whose repair it is (bone repair: bone defects), so that "the
   * repair of critical-sized calvarial defects" names the process, whatever modifiers stand before the lesion.
   */
  repairs?: string[];
}

/** Where an entry was written: shown by go-to-definition and in error messages. */
export interface SourceLocation {
  file: string;
  line: number;
  character: number;
}

export interface SourceEntity {
  id: string;
  type: EntityType;
  label: string;
  fullName?: string;
  variants?: string[];
  ambiguous?: string[];
  plural?: boolean;
  description: string;
  sections?: string[];
  refs: number[];
  attributes?: EntityAttributes;
  identifiers?: { hgnc?: string; mirbase?: string };
  composite?: { action: string[]; of: string };
  note?: string;
}

/**
 * Where an interaction comes from: the review states it; the curator inferred it (the note says from
 * what); or it was spread from a statement the review makes about a group ("M2 factors …").
 */
export type Provenance = 'stated' | 'inferred' | 'class-level';

export const PROVENANCES: readonly Provenance[] = ['stated', 'inferred', 'class-level'];

export interface SourceInteraction {
  id: string;
  subject: string;
  relation: string;
  object: string;
  context?: InteractionContext;
  via?: string[];
  refs: number[];
  section?: string;
  figure?: number;
  level?: 'mediator' | 'cell';
  evidence?: string;
  note?: string;
  exception?: boolean;
  /** Absent means stated. */
  provenance?: Provenance;
}

export interface MechanismStep {
  entity: string;
  relation?: string;
}

export interface SourceMechanism {
  id: string;
  label: string;
  description?: string;
  steps: MechanismStep[];
  /** Conditions of the whole chain (snippets say them). */
  context?: Conditions;
  /** The chain's overall effect, when its last step alone reads otherwise. */
  net?: { relation: string; object: string };
  refs: number[];
  section?: string;
  figure?: number;
}

export interface Section {
  id: string;
  title: string;
  parent?: string;
}

export interface ReviewRecord {
  authors: string[];
  title: string;
  journal: string;
  year: number;
  volume?: string;
  issue?: string;
  pages?: string;
  doi?: string;
}

export interface ReferenceEntry {
  number: number;
  citedIn?: string[];
  citedFor?: string;
}

/** One lexicon file as parsed. */
export interface SourceLexiconFile {
  entities?: SourceEntity[];
  interactions?: SourceInteraction[];
  mechanisms?: SourceMechanism[];
  sections?: Section[];
  review?: ReviewRecord;
  references?: ReferenceEntry[];
}

export interface CompiledEntity extends SourceEntity {
  /** Every spelling: label, full name, variants and the forms generated from them. */
  synonyms: string[];
  source?: SourceLocation;
}

export interface CompiledInteraction extends SourceInteraction {
  sign: Sign;
  provenance: Provenance;
  context?: InteractionContext;
  source?: SourceLocation;
}

export interface CompiledMechanism extends SourceMechanism {
  source?: SourceLocation;
}

export interface CompiledLexicon {
  version: 1;
  review?: ReviewRecord;
  sections: Section[];
  references: ReferenceEntry[];
  entities: CompiledEntity[];
  interactions: CompiledInteraction[];
  mechanisms: CompiledMechanism[];
}

/** One problem found in a lexicon file, located precisely enough to jump to. */
export interface LexiconIssue {
  file: string;
  /** JSON Pointer-like path, e.g. /interactions/12/object */
  path: string;
  line: number;
  character: number;
  message: string;
}

export function formatIssue(issue: LexiconIssue): string {
  return `${issue.file}:${issue.line + 1}:${issue.character + 1}: ${issue.path || '/'}: ${issue.message}`;
}
