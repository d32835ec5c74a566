/** What the export tests share: the review's network, and a small one whose text is hostile. */
import { aboutReview, reviewNetwork, type Network, type NetworkAbout, type NetworkFormat } from '../../src/core';
import { bundled } from './lexicon';

export function reviewExport(): { network: Network; about: NetworkAbout } {
  const lexicon = bundled();
  return { network: reviewNetwork(lexicon), about: aboutReview(lexicon) };
}

/** A format's whole output for a network, as one string (fine for a test's small networks). */
export function written(format: Pick<NetworkFormat, 'write'>, network: Network, about: NetworkAbout): string {
  return [...format.write(network, about)].join('');
}

/**
 * Markup characters, quotes, a tab and a line break, C0 controls XML 1.0 cannot carry (U+0001, ESC),
 * a C1 CSI, a bidirectional override and an astral character: what a user lexicon's text may hold.
 */
export const HOSTILE = 'a<b> & "c" \'d\'\ttab\nline\u0001\u001b[31m red\u009b2J \u202egnp. 𝒳';

/** HOSTILE as an XML 1.0 reader gets it back: the characters XML cannot carry (U+0001, ESC) dropped, the rest kept. */
export const HOSTILE_IN_XML = 'a<b> & "c" \'d\'\ttab\nline[31m red\u009b2J \u202egnp. 𝒳';

export const HOSTILE_NETWORK: Network = {
  nodes: [
    { id: 'il-4', label: HOSTILE, type: 'cytokine', fullName: `${HOSTILE} full`, sections: ['s<1>'], refs: [1, 2], identifiers: { hgnc: 'IL4' } },
    { id: 'weird\tid\nnext', label: 'plain', type: 'process', sections: [], refs: [] },
  ],
  edges: [
    { id: 'e1', source: 'il-4', target: 'weird\tid\nnext', relation: 'inhibits', sign: -1, context: [`source:${HOSTILE}`], refs: [3], provenance: 'stated', via: [], evidence: HOSTILE },
    { id: 'e2', source: 'weird\tid\nnext', target: 'il-4', relation: 'binds', sign: 0, context: [], refs: [], provenance: 'inferred', via: ['il-4'] },
  ],
};

export const HOSTILE_ABOUT: NetworkAbout = { name: HOSTILE, description: 'd', doi: '10.1/x<y>' };

/** Characters a terminal acts on (escape sequences, C1, bidirectional and line separators): never raw in an export. */
export const TERMINAL_ACTIVE = /[\u001b\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;
