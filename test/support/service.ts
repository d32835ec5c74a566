/** A service over the bundled lexicon for tests, with `mechlens:` entry links as VS Code uses them. */
import * as core from '../../src/core';
import { createMechlensService, schemeLinks, type CoreModule, type MechlensService } from '../../src/service';
import { bundled } from './lexicon';

export function coreModule(): CoreModule {
  return { ...core, bundledLexicon: bundled() } as CoreModule;
}

export function service(options: { exceptionCommand?: boolean } = {}): MechlensService {
  return createMechlensService({ core: coreModule(), links: schemeLinks(), actions: { exceptionCommand: options.exceptionCommand ?? false } });
}
