/**
 * Scores Mechlens on the real-prose set (eval/real/README.md): `npm run eval:real [-- --split dev|holdout]
 * [--verbose] [--min-confidence X] [--json]`. Abstract texts are third-party and git-ignored; an
 * abstract whose text is missing or differs from the labelled one is skipped and counted as such.
 * The holdout split prints figures only: its sentences are never shown.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer, createLineIndex, type AnalysisResult, type CompiledLexicon } from '../src/core';

type Gold = 'contradicts' | 'context-dependent' | 'supported' | 'neither' | 'unscored';
type Predicted = 'warning' | 'hedged' | 'possible' | 'context-dependent' | 'contested' | 'supported' | 'none';

interface LabelledSentence {
  start: number;
  end: number;
  hash: string;
  label: Gold;
  hedged?: boolean;
  claims?: Array<{ subject?: string; relation?: string; object?: string; verdict?: string; refs?: number[]; note?: string }>;
  note?: string;
}

interface LabelFile {
  id: string;
  textHash: string;
  sentences: LabelledSentence[];
}

const root = join(__dirname, '..');
const evalRoot = join(root, 'eval', 'real');
const argv = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
/**
 * Held-back parts that were scored at the end of a session and then opened for development: from then on
 * they are development data like `dev` (their last held-back figures are in eval/real/README.md).
 */
const OPENED_PARTS: Readonly<Record<string, string>> = { holdout: '2026-11-30', holdout2: '2026-11-30', holdout3: '2026-11-30', holdout4: '2026-11-30', holdout5: '2026-11-30', holdout6: '2026-12-01', holdout7: '2026-12-01', holdout8: '2026-12-01', holdout9: '2026-12-01', holdout10: '2026-12-01', holdout11: '2026-12-01', holdout12: '2026-12-01', holdout13: '2026-12-01', holdout14: '2026-12-01', holdout15: '2026-12-01', holdout16: '2026-12-01', holdout17: '2026-12-01', holdout18: '2026-12-01', holdout19: '2026-12-01', holdout20: '2026-12-02', holdout21: '2026-12-02', holdout22: '2026-12-02', holdout23: '2026-12-02', holdout24: '2026-12-02', holdout25: '2026-12-02', holdout26: '2026-12-02', holdout27: '2026-12-02', holdout28: '2026-12-03', holdout29: '2026-12-03', holdout30: '2026-12-03', holdout31: '2026-12-03', holdout32: '2026-12-03', holdout33: '2026-12-03', holdout34: '2026-12-03', holdout35: '2026-12-04', holdout36: '2026-12-04', holdout37: '2026-12-04', holdout38: '2026-12-04', holdout39: '2026-12-04', holdout40: '2026-12-04', holdout41: '2026-12-04', holdout42: '2026-12-04', holdout43: '2026-12-04', holdout44: '2026-12-05', holdout45: '2026-12-05', holdout46: '2026-12-05', holdout47: '2026-12-05', holdout48: '2026-12-05', holdout49: '2026-12-05', holdout50: '2026-12-05', holdout51: '2026-12-05', holdout52: '2026-12-05', holdout53: '2026-12-05', holdout54: '2026-12-05', holdout55: '2026-12-06', holdout56: '2026-12-06' };
/** `open`: every part that may be read while developing. */
const SPLIT_GROUPS: Readonly<Record<string, readonly string[]>> = { open: ['dev', ...Object.keys(OPENED_PARTS)] };
const split = flag('--split') ?? 'dev';
const parts = SPLIT_GROUPS[split] ?? [split];
const verbose = argv.includes('--verbose') || argv.includes('-v');
const asJson = argv.includes('--json');
const minConfidence = flag('--min-confidence') !== undefined ? Number(flag('--min-confidence')) : undefined;
// Held-back parts (holdout3, …) are scored, never read: figures only.
const heldBack = parts.some((p) => p !== 'dev' && !(p in OPENED_PARTS));
if (parts.some((p) => p !== 'dev' && !/^holdout\d*$/.test(p))) throw new Error(`--split is dev, open (${SPLIT_GROUPS.open.join(' + ')}) or a held-back part (holdout3, …)`);
if (heldBack && verbose) throw new Error('a held-back split is scored, never read: --verbose is for development parts only');

// Piped into `head`, a closed stdout is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => { if (err.code === 'EPIPE') process.exit(0); throw err; });
const hash = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex').slice(0, 10);
const lexicon = JSON.parse(readFileSync(join(root, 'generated', 'lexicon.json'), 'utf8')) as CompiledLexicon;
const analyzer = createAnalyzer({ lexicon });

function predict(result: AnalysisResult, offsetOf: (p: { line: number; character: number }) => number, s: LabelledSentence): { predicted: Predicted; detail: string[] } {
  const inside = (r: { start: { line: number; character: number } }): boolean => {
    const o = offsetOf(r.start);
    return o >= s.start && o < s.end;
  };
  const diags = result.diagnostics.filter((d) => inside(d.range));
  const claims = result.claims.filter((c) => inside(c.range));
  const detail = claims.map((c) => `${c.subject} ${c.negated ? 'not ' : ''}${c.relation}${c.hedged ? '?' : ''} ${c.object ?? JSON.stringify(c.attribute)} → ${c.status} (${c.rule}, ${c.reach}, ${c.path}, ${c.confidence})${c.context.length ? ` [${c.context.join(',')}]` : ''}`);
  // A warning is what an author sees first; short of one, a sentence with a claim the review supports
  // counts as recognised as supported even if another of its claims drew an Information note.
  let predicted: Predicted = 'none';
  if (diags.some((d) => d.code === 'contradiction' && d.severity === 'warning')) predicted = 'warning';
  // A hedged claim that contradicts is reported as Information by design ("may promote …").
  else if (s.hedged && diags.some((d) => d.code === 'contradiction' && d.certainty === 'hedged')) predicted = 'hedged';
  else if (claims.some((c) => c.status === 'supports')) predicted = 'supported';
  else if (diags.some((d) => d.code === 'contradiction')) predicted = 'possible';
  else if (diags.some((d) => d.code === 'contested')) predicted = 'contested';
  else if (diags.some((d) => d.code === 'context-dependent')) predicted = 'context-dependent';
  return { predicted, detail };
}

const sourcesFiles = ['sources.json', ...readdirSync(evalRoot).filter((f) => /^sources-.+\.json$/.test(f))];
const sources = sourcesFiles.flatMap((f) => {
  const data = JSON.parse(readFileSync(join(evalRoot, f), 'utf8'));
  return (Array.isArray(data) ? data : data.abstracts) as Array<{ id: string; split: string }>;
}).filter((a) => parts.includes(a.split));

const confusion = new Map<string, number>();
const bump = (gold: Gold, predicted: Predicted): void => {
  const key = `${gold}→${predicted}`;
  confusion.set(key, (confusion.get(key) ?? 0) + 1);
};
let scored = 0;
let skipped = 0;
let abstracts = 0;
for (const source of sources) {
  const labelPath = join(evalRoot, source.split, 'labels', `${source.id}.json`);
  const textPath = join(evalRoot, source.split, 'texts', `${source.id}.txt`);
  if (!existsSync(labelPath)) continue;
  if (!existsSync(textPath)) { skipped++; continue; }
  const labels = JSON.parse(readFileSync(labelPath, 'utf8')) as LabelFile;
  const text = readFileSync(textPath, 'utf8');
  if (hash(text) !== labels.textHash) { skipped++; console.error(`${source.id}: text differs from the labelled one; skipped`); continue; }
  abstracts++;
  // One paragraph per line (the title is line one): each line is read as a paragraph of its own, as an
  // author's title and paragraphs would be, not as one hard-wrapped paragraph.
  const lines = createLineIndex(text);
  const result = analyzer.analyze({ text: text.split('\n').join('\n\n'), languageId: 'plaintext' }, { minConfidence });
  const offsetOf = (p: { line: number; character: number }): number => {
    // Line 2k of the doubled text is line k of the original.
    return lines.offsetAt({ line: Math.floor(p.line / 2), character: p.character });
  };
  for (const s of labels.sentences) {
    if (s.label === 'unscored') continue;
    if (hash(text.slice(s.start, s.end)) !== s.hash) { console.error(`${source.id}: a sentence at ${s.start} differs; skipped`); continue; }
    scored++;
    const { predicted, detail } = predict(result, offsetOf, s);
    bump(s.label, predicted);
    const wrong = (s.label === 'contradicts') !== (predicted === 'warning' || predicted === 'hedged') || (s.label === 'supported' && predicted !== 'supported');
    if (verbose && (wrong || argv.includes('--all'))) {
      console.log(`\n[${source.id} ${s.start}] gold=${s.label}${s.hedged ? ' (hedged)' : ''} predicted=${predicted}`);
      console.log(`  ${text.slice(s.start, s.end)}`);
      for (const c of s.claims ?? []) console.log(`  gold: ${c.subject} ${c.relation} ${c.object} ${c.verdict} ${JSON.stringify(c.refs ?? [])} ${c.note ?? ''}`);
      for (const d of detail) console.log(`  read: ${d}`);
    }
  }
}
// A reading rule that throws loses only its own reading of that sentence (extract.ts), so a defect would
// otherwise show up as a quiet drop in the figures: say how many there were.
const { ruleErrors } = analyzer.stats();
analyzer.dispose();

const count = (gold: Gold | '*', predicted: Predicted | '*'): number => {
  let n = 0;
  for (const [k, v] of confusion) {
    const [g, p] = k.split('→');
    if ((gold === '*' || g === gold) && (predicted === '*' || p === predicted)) n += v;
  }
  return n;
};
// A hedged contradiction found as a hedged (Information) finding counts as found; precision counts warnings only.
const tp = count('contradicts', 'warning') + count('contradicts', 'hedged');
const fp = count('*', 'warning') - count('contradicts', 'warning');
const fn = count('contradicts', '*') - tp;
const supported = count('supported', '*');
const supportedOk = count('supported', 'supported');
const figures = {
  split, abstracts, sentences: scored, skipped,
  contradiction: { precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn), tp, fp, fn },
  supportedRecognised: supported === 0 ? 1 : supportedOk / supported, supported, supportedOk,
  confusion: Object.fromEntries([...confusion].sort()),
  ruleErrors,
};
if (asJson) console.log(JSON.stringify(figures, null, 2));
else {
  const f = (x: number): string => x.toFixed(2);
  console.log(`\n${split}: ${abstracts} abstracts, ${scored} scored sentences${skipped ? `, ${skipped} abstracts skipped (text missing or changed)` : ''}`);
  // (With no warning at all precision is undefined, not perfect, and so is recall with no contradiction to
  // find: the JSON keeps 1 for its readers, the text says so.)
  const precision = tp + fp === 0 ? '— (no warning)' : f(figures.contradiction.precision);
  const recall = tp + fn === 0 ? '— (no contradiction labelled)' : f(figures.contradiction.recall);
  console.log(`contradiction warnings: P ${precision} R ${recall} (tp ${tp}, fp ${fp}, fn ${fn})`);
  console.log(`supported recognised: ${f(figures.supportedRecognised)} (${supportedOk}/${supported})`);
  console.log('confusion (gold→predicted):');
  for (const [k, v] of Object.entries(figures.confusion)) console.log(`  ${k}: ${v}`);
}
if (ruleErrors > 0) console.error(`eval-real: reading rules failed ${ruleErrors} times on these texts (a defect: their readings are missing from the figures)`);
