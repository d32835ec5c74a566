/**
 * A reproducible synthetic manuscript for benchmarks: Markdown paragraphs mixing claim sentences built
 * from the lexicon with background prose, every sentence unique (a seeded generator, a counter where needed).
 */
import type { CompiledLexicon } from '../src/core';
import { seededRandom } from '../src/core/seededRandom';

/** A seeded generator (mulberry32): the same seed gives the same benchmark input on every machine. */
export const rng = seededRandom;

const VERBS = ['promotes', 'inhibits', 'enhances', 'suppresses', 'increases', 'reduces', 'activates', 'blocks', 'induces', 'attenuates', 'stimulates', 'impairs'];
const OPENERS = ['In our model,', 'Consistent with earlier work,', 'At day 7,', 'In co-culture,', 'In vivo,', 'Under these conditions,', 'Strikingly,', 'As expected,', 'In contrast,', 'Moreover,'];
const FILLERS = [
  'the samples were processed within {n} hours of collection and stored at minus eighty degrees',
  'a total of {n} animals were randomised to the treatment arms by an investigator blinded to group',
  'sections were imaged at {n}x magnification and analysed with the same thresholds across groups',
  'the defect size was {n} millimetres and all implants were placed by the same surgeon',
  'statistical significance was set at p below 0.0{n} after correction for multiple comparisons',
  'we repeated each experiment {n} times with cells from independent donors',
  'the culture medium was replaced every {n} days and supplemented with fresh serum',
  'bone volume fraction was quantified in a region of interest spanning {n} slices',
];
const TAILS = ['', ' in osteoclast precursors', ' in the defect', ' during the first week', ' in vitro', ' after implantation', ' in aged mice', ' at the fracture site'];

export interface Corpus {
  text: string;
  words: number;
  sentences: string[];
}

export function makeCorpus(lexicon: CompiledLexicon, targetWords: number, seed = 42): Corpus {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const names = lexicon.entities.filter((e) => e.type !== 'disease').map((e) => e.synonyms[Math.floor(random() * Math.min(3, e.synonyms.length))] ?? e.label);
  const byId = new Map(lexicon.entities.map((e) => [e.id, e]));
  const nameOf = (id: string): string => {
    const e = byId.get(id);
    return e ? e.synonyms[Math.floor(random() * Math.min(4, e.synonyms.length))] ?? e.label : id;
  };
  const signed = lexicon.interactions.filter((x) => x.sign !== 0);
  const seen = new Set<string>();
  const sentences: string[] = [];
  let words = 0;
  let counter = 0;
  const lines: string[] = ['# A synthetic manuscript for benchmarking', ''];
  let paragraph: string[] = [];
  while (words < targetWords) {
    let s: string;
    const roll = random();
    if (roll < 0.4) {
      // On topic: a pair the review relates, with a verb of either direction (so both outcomes occur).
      const x = pick(signed);
      s = `${pick(OPENERS)} ${nameOf(x.subject)} ${pick(VERBS)} ${nameOf(x.object)}${pick(TAILS)} [${pick(x.refs)}].`;
    } else if (roll < 0.55) {
      s = `${pick(OPENERS)} ${pick(names)} ${pick(VERBS)} ${pick(names)}${pick(TAILS)} [${1 + Math.floor(random() * 121)}].`;
    } else if (roll < 0.7) {
      s = `${pick(names)} and ${pick(names)} ${pick(VERBS).replace(/s$/, '')} ${pick(names)}, which ${pick(VERBS)} ${pick(names)}${pick(TAILS)}.`;
    } else {
      s = `${pick(OPENERS)} ${pick(FILLERS).replace('{n}', String(2 + Math.floor(random() * 40)))}.`;
    }
    s = s.charAt(0).toUpperCase() + s.slice(1);
    if (seen.has(s)) s = s.replace(/\.$/, ` (replicate ${++counter}).`);
    seen.add(s);
    sentences.push(s);
    paragraph.push(s);
    words += s.split(/\s+/).length;
    if (paragraph.length >= 6) {
      lines.push(wrap(paragraph.join(' '), 90), '');
      paragraph = [];
      if (random() < 0.08) lines.push(`## Section ${lines.length}`, '');
    }
  }
  if (paragraph.length) lines.push(wrap(paragraph.join(' '), 90), '');
  return { text: lines.join('\n'), words, sentences };
}

function wrap(text: string, width: number): string {
  const out: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line.length + w.length + 1 > width && line) { out.push(line); line = w; } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  return out.join('\n');
}
