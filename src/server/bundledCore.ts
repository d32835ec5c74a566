/** The core with the bundled lexicon, as both server hosts (Node, web worker) load it. */
import type { CoreModule } from '../service';
import * as engine from './engineEntry';

export const bundledCore = engine as unknown as CoreModule;
