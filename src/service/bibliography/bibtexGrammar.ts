/**
 * citation-js's BibTeX parser, loaded the first time a bibliography is read: most checks name none, and
 * loading it cost about 20 ms of every command-line start. (A require inside a function: the bundles
 * keep the module and run its code only then.)
 */
import type * as EntriesModule from '@citation-js/plugin-bibtex/lib/input/entries.js';
import type * as FileModule from '@citation-js/plugin-bibtex/lib/input/file.js';

export interface BibtexGrammar {
  /** Raw entries of a BibTeX text. */
  parseFile: typeof FileModule.parse;
  /** Raw entries as CSL items. */
  toCsl: typeof EntriesModule.parse;
}

let grammar: BibtexGrammar | undefined;

export function bibtexGrammar(): BibtexGrammar {
  grammar ??= {
    parseFile: (require('@citation-js/plugin-bibtex/lib/input/file.js') as typeof FileModule).parse,
    toCsl: (require('@citation-js/plugin-bibtex/lib/input/entries.js') as typeof EntriesModule).parse,
  };
  return grammar;
}
