/**
 * What @citation-js/plugin-bibtex's parser takes from @citation-js/core: the grammar and translator
 * classes and a logger. The bundles put this in core's place (scripts/build.mjs), so core's fetchers
 * (sync-fetch, fetch-ponyfill) and its plugin registry stay out of the server: nothing that could reach
 * the network is shipped. The logger is silent; Mechlens reports a .bib's problems itself.
 */
import { Grammar } from '@citation-js/core/lib/util/grammar.js';
import { Translator } from '@citation-js/core/lib/util/translator.js';

export const util = { Grammar, Translator };

export const logger = { warn(): void {}, info(): void {}, debug(): void {}, error(): void {} };
