/**
 * The real-prose set's texts are third-party and git-ignored; a fresh checkout rebuilds them from any
 * copy of each abstract with `real-prose.mjs restore`, checked by the committed hashes alone. These
 * tests use an abstract written here, in our own words.
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';

interface Sentence { start: number; end: number; hash: string }
interface Tools {
  segment(text: string): Array<{ start: number; end: number }>;
  shortHash(text: string): string;
  restoreText(labels: { textHash: string; sentences: Sentence[] }, raw: string): { text?: string; missing?: number[]; reason?: string };
}

const ROOT = join(__dirname, '..', '..');
const tools = (): Promise<Tools> => import(join(ROOT, 'scripts', 'real-prose.mjs')) as Promise<Tools>;

const ABSTRACT = [
  'Interleukin-4 curbs osteoclast formation in marrow cultures',
  'Background: IL-4 is made by M2 macrophages. We asked whether it acts on NFATc1.',
  'Results: IL-4 lowered NFATc1 in RANKL-treated precursors. Fewer TRAP-positive cells formed (p < 0.01).',
  '',
].join('\n');

async function labelsOf(text: string): Promise<{ textHash: string; sentences: Sentence[] }> {
  const { segment, shortHash } = await tools();
  return { textHash: shortHash(text), sentences: segment(text).map((s) => ({ ...s, hash: shortHash(text.slice(s.start, s.end)) })) };
}

describe('real-prose restore (rebuilding a git-ignored abstract from a fetched copy)', () => {
  it('rebuilds the labelled text from a page copy with extra lines and re-wrapped paragraphs', async () => {
    const { restoreText } = await tools();
    const labels = await labelsOf(ABSTRACT);
    const page = [
      'Interleukin-4 curbs osteoclast formation in marrow cultures', 'Open Access', '- journal article', 'Abstract',
      'Background: IL-4 is made by M2 macrophages.  We asked whether it',
      'acts on NFATc1. Results: IL-4 lowered NFATc1 in RANKL-treated precursors. Fewer TRAP-positive cells formed (p < 0.01).Keywords',
      '- a reference list that follows',
    ].join('\n');
    assert.equal(restoreText(labels, page).text, ABSTRACT);
  });

  it('reads section labels that a page runs into the text without their colon ("Results IL-4 …")', async () => {
    const { restoreText } = await tools();
    const labels = await labelsOf(ABSTRACT);
    assert.equal(restoreText(labels, ABSTRACT.replace('Background: ', 'Background ').replace('Results: ', 'Results ')).text, ABSTRACT);
    // In capitals too, while "the results of" inside a sentence stays as it is.
    const capitals = ABSTRACT.replace('Background:', 'BACKGROUND:').replace('Results:', 'RESULTS:').replace('We asked whether', 'The results of others asked whether');
    const capitalLabels = await labelsOf(capitals);
    assert.equal(restoreText(capitalLabels, capitals.replace('BACKGROUND: ', 'BACKGROUND\n').replace('RESULTS: ', 'RESULTS ')).text, capitals);
  });

  it('reads labels run in with no space, paired labels and a sentence that starts in lower case', async () => {
    const { restoreText } = await tools();
    const text = [
      'Interleukin-4 curbs osteoclast formation in marrow cultures',
      'Methods and results: sFgl2-MSCs were given to mice with IL-4. Fewer osteoclasts formed.',
      'Conclusion: Interleukin-4 curbs osteoclast formation.',
      '',
    ].join('\n');
    const labels = await labelsOf(text);
    const page = text.replace('Methods and results: ', 'Methods and results\n').replace('Conclusion: ', 'Conclusion');
    assert.equal(restoreText(labels, page).text, text);
  });

  it('gives a label on a line of its own its colon there only, and rejoins a hyphenated word a line break split', async () => {
    const { restoreText } = await tools();
    // "findings" inside the sentence is a label word too: only the one standing alone is a label.
    const text = [
      'Interleukin-4 curbs osteoclast formation in marrow cultures',
      'Results: Co-stimulation with IL-4 lowered NFATc1.',
      'Conclusions: Our findings show that IL-4 curbs osteoclast formation.',
      '',
    ].join('\n');
    const labels = await labelsOf(text);
    const page = text.replace('Conclusions: ', 'Conclusions\n\n').replace('Co-stimulation', 'Co-\nstimulation');
    assert.equal(restoreText(labels, page).text, text);
  });

  it('rejoins a record wrapped at a fixed width, whose breaks fall inside words or on a space they lost', async () => {
    const { restoreText } = await tools();
    const text = [
      'Interleukin-4 curbs osteoclast formation',
      'IL-4 lowered NFATc1 in RANKL-treated precursors, and fewer TRAP-positive cells formed in the culture that were given the cytokine for six days. Osteoclasts resorbed less bone.',
      '',
    ].join('\n');
    const labels = await labelsOf(text);
    // 40-character lines, trimmed: "pre|cursors" breaks a word, "the| cytokine" lost its space.
    const record = [
      'Interleukin-4 curbs osteoclast formation',
      'IL-4 lowered NFATc1 in RANKL-treated pre',
      'cursors, and fewer TRAP-positive cells f',
      'ormed in the culture that were given the',
      'cytokine for six days. Osteoclasts reso',
      'rbed less bone.',
    ].join('\n');
    assert.equal(restoreText(labels, record).text, text);
  });

  it('names the sentences a copy lacks instead of writing a wrong text', async () => {
    const { restoreText } = await tools();
    const labels = await labelsOf(ABSTRACT);
    const cut = ABSTRACT.replace('Fewer TRAP-positive cells formed (p < 0.01).', 'Fewer TRAP-positive cells formed.');
    const result = restoreText(labels, cut);
    assert.equal(result.text, undefined);
    assert.deepEqual(result.missing, [labels.sentences.length - 1]);
  });

  it('refuses when every sentence is there but the whole text differs from the labelled one', async () => {
    const { restoreText, shortHash } = await tools();
    const labels = { ...(await labelsOf(ABSTRACT)), textHash: shortHash('another text') };
    const result = restoreText(labels, ABSTRACT);
    assert.equal(result.text, undefined);
    assert.match(result.reason ?? '', /no layout of the gaps/);
  });
});
