/**
 * `mechlens map TERM`: the neighbourhood of a term as SVG, on standard output or in --output FILE. The
 * analysis side (the lexicon, the layout) is loaded here, as `lexicon` loads it.
 */
import { writeFileSync } from 'node:fs';
import type { MapArgs } from './args';
import { loadAnalysis } from './check';
import type { LexiconSource } from './lexicons';
import type { Output } from './output';

export async function mapCommand(args: MapArgs, sources: readonly LexiconSource[], out: Output, say: (message: string) => Promise<void>): Promise<number> {
  const analysis = loadAnalysis();
  const { lexicon, problems } = analysis.compileLexicons(sources, { forIndex: true }); // the map indexes it
  for (const p of problems) await say(p);
  const drawn = analysis.neighbourhoodMap(lexicon, args.term, args.depth);
  if ('unknown' in drawn) {
    const quoted = drawn.suggestions.map((s) => `"${s}"`);
    const hint = quoted.length === 0 ? 'no term of the lexicon is spelled like it' : `did you mean ${quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`}?`;
    await say(`unknown term "${args.term}" — ${hint}`);
    return 2;
  }
  if (args.output === undefined) {
    await out.put(drawn.svg);
    await out.flush();
  } else {
    try {
      writeFileSync(args.output, drawn.svg);
    } catch (err) {
      await say(`${args.output}: could not write the map (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
      return 2;
    }
  }
  return problems.length > 0 ? 2 : 0;
}
