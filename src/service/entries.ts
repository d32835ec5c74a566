/** The Markdown of an entry document (an entity, a mechanism, an interaction, or the lexicon's index). */
import type { Engine } from './engine';
import type { EntryRef } from './links';

export function entryMarkdown(engine: Engine, entry: EntryRef): string {
  const { core, index } = engine;
  switch (entry.kind) {
    case 'entity': return core.entityEntryMarkdown(index, entry.id);
    case 'mechanism': return core.mechanismEntryMarkdown(index, entry.id);
    case 'interaction': return core.interactionEntryMarkdown(index, entry.id);
    default: return core.lexiconIndexMarkdown(index);
  }
}
