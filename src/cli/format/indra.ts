/**
 * `check --format indra`: the claims the review judged (supports, contradicts, context-dependent,
 * contested; see claimEdges) as one JSON array of INDRA statements across all files, each with its
 * sentence as evidence text and the verdict, the review's refs, the rule, the confidence, the file and
 * the line as annotations (src/core/network/export/indra.ts). Written file by file, statement by
 * statement.
 */
// From the network and positions modules, not the core's index: main.ts loads this file, and a run
// answered from the cache must not load the analyser.
import type { CompiledLexicon, Range } from '../../core';
import { claimEdges, indraClaimStatement, JsonArrayPieces, nodeOf, type NetworkNode } from '../../core/network';
import { createLineIndex } from '../../core/positions';
import type { FileReport, ReportWriter } from './types';

/** The sentence of a range, its line breaks and runs of spaces made one space (a sentence may span lines). */
function sentenceOf(text: string, range: Range, offsetAt: (p: Range['start']) => number): string {
  return text.slice(offsetAt(range.start), offsetAt(range.end)).replace(/\s+/g, ' ').trim();
}

export function indraReport(lexicon: () => CompiledLexicon): ReportWriter {
  const out = new JsonArrayPieces();
  let nodes: Map<string, NetworkNode> | undefined;
  // The lexicon is needed only to name agents: not compiled for a run with nothing to state.
  const node = (id: string): NetworkNode | undefined => (nodes ??= new Map(lexicon().entities.map((e) => [e.id, nodeOf(e)]))).get(id);
  let ordinal = 0;
  return {
    *begin() {
      yield out.open();
    },
    *file(r: FileReport) {
      const file = ordinal++;
      const edges = claimEdges(r.result.claims);
      if (edges.length === 0) return;
      const text = r.text ?? '';
      const lines = createLineIndex(text);
      for (const edge of edges) {
        const sentence = sentenceOf(text, edge.sentenceRange, lines.offsetAt);
        const statement = indraClaimStatement(edge, { file: r.path, ordinal: file, sentence }, node);
        if (statement !== undefined) yield out.item(statement);
      }
    },
    *end() {
      yield out.close();
    },
  };
}
