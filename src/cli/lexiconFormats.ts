/**
 * The formats of `mechlens lexicon --format`: the compiled lexicon itself (json, text) and the review's
 * network in the core's export formats (NETWORK_FORMATS: sif, graphml, cx2, indra). One table, from
 * which the option's check and the usage text are derived.
 */
import type { CompiledLexicon } from '../core';
// The network's modules, not the core's index: this table is loaded with the command line, the analyser is not.
import { aboutReview, NETWORK_FORMATS, reviewNetwork } from '../core/network';
import { loadAnalysis } from './check';

export interface LexiconFormat {
  description: string;
  write(lexicon: CompiledLexicon): Iterable<string>;
  /** One line each on standard error: what the export leaves out. */
  notes?(lexicon: CompiledLexicon): string[];
}

export const LEXICON_FORMATS: Readonly<Record<string, LexiconFormat>> = Object.freeze({
  json: { description: 'the compiled lexicon as JSON', write: (l: CompiledLexicon) => loadAnalysis().lexiconJson(l) },
  text: { description: 'a readable summary (the default)', write: (l: CompiledLexicon) => loadAnalysis().lexiconText(l) },
  ...Object.fromEntries(NETWORK_FORMATS.map((f): [string, LexiconFormat] => [f.name, {
    description: f.description,
    write: (l) => f.write(reviewNetwork(l), aboutReview(l)),
    ...(f.notes ? { notes: (l: CompiledLexicon) => f.notes?.(reviewNetwork(l)) ?? [] } : {}),
  }])),
});

export const LEXICON_FORMAT_NAMES = Object.keys(LEXICON_FORMATS);

export function isLexiconFormat(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(LEXICON_FORMATS, name);
}
