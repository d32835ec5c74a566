/**
 * The review's network in the core's export formats (SIF, GraphML, CX2, INDRA), for an editor command:
 * the same writers as `mechlens lexicon --format`, over the lexicon the editor uses (the user's lexicons
 * included).
 */
import type { Engine } from './engine';
import type { ExportNetworkResult, NetworkFormatsResult } from './protocol';

export function networkFormats(engine: Engine): NetworkFormatsResult {
  return engine.core.NETWORK_FORMATS.map((f) => ({ name: f.name, description: f.description, extension: f.extension }));
}

export function exportNetwork(engine: Engine, format: string): ExportNetworkResult {
  const { core, index } = engine;
  const found = core.NETWORK_FORMATS.find((f) => f.name === format);
  if (!found) return { text: '', extension: '', notes: [], error: `no export format "${format}" (${core.NETWORK_FORMATS.map((f) => f.name).join(', ')})` };
  const network = core.reviewNetwork(index.lexicon);
  return { text: [...found.write(network, core.aboutReview(index.lexicon))].join(''), extension: found.extension, notes: found.notes?.(network) ?? [] };
}
