/**
 * Simple Interaction Format (Cytoscape's `File > Import > Network from File`): one line per edge,
 * `source<TAB>relation<TAB>target`, nodes named by their lexicon ids (unique and stable; GraphML and
 * CX2 carry the labels). Nodes without an edge are not written: every line is an interaction.
 */
import { isRelation, relationOfSign } from '../../lexicon/relations';
import { TERMINAL_UNSAFE } from '../../unsafeText';
import type { Network, NetworkEdge } from '../network';

/**
 * The relation column: the lexicon's own relation names, the closed vocabulary of relations.ts
 * (promotes, inhibits, secretes, binds, differentiates-into, …), unchanged, so a Cytoscape style can
 * map each to an arrow. A relation outside it (never in a valid lexicon) is written as its sign's plain
 * relation: promotes, inhibits or regulates.
 */
export function sifRelation(edge: Pick<NetworkEdge, 'relation' | 'sign'>): string {
  return isRelation(edge.relation) ? edge.relation : relationOfSign(edge.sign);
}

/**
 * A name as one SIF column: a tab or a line break would split the line, and other control or
 * bidirectional characters would reach a terminal, so each becomes a space; an empty name becomes "_"
 * (SIF has no escapes, and an empty column would shift the others).
 */
export function sifName(name: string): string {
  const clean = name.replace(TERMINAL_UNSAFE, ' ').trim();
  return clean === '' ? '_' : clean;
}

export function* sif(network: Network): Generator<string> {
  for (const e of network.edges) yield `${sifName(e.source)}\t${sifRelation(e)}\t${sifName(e.target)}\n`;
}
