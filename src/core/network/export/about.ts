/** What an export says about the network as a whole: its name, where it comes from. */
import type { CompiledLexicon } from '../../lexicon/types';

export interface NetworkAbout {
  name: string;
  description: string;
  /** The review's DOI, when the lexicon records it. */
  doi?: string;
}

/** The review's network, named after the review (a lexicon without a review record is named generically). */
export function aboutReview(lexicon: Pick<CompiledLexicon, 'review'>): NetworkAbout {
  const r = lexicon.review;
  if (!r) return { name: 'Mechlens network', description: 'Entities and signed interactions of a Mechlens lexicon.' };
  const first = r.authors[0]?.split(' ')[0] ?? '';
  return {
    name: `Mechlens: ${r.title}${first ? ` (${first}${r.authors.length > 1 ? ' et al.' : ''} ${r.year})` : ''}`,
    description: `Entities and signed interactions stated in ${r.authors.join(', ')}. ${r.title}. ${r.journal} ${r.year}, as curated in the Mechlens lexicon; refs are the review's reference numbers.`,
    ...(r.doi ? { doi: r.doi } : {}),
  };
}
