import { strict as assert } from 'node:assert';
import { extractProse, languageOfPath, splitSentences } from '../../src/core';

/** The prose text with runs of spaces folded, for readable expectations. */
function prose(text: string, lang: string): string {
  const p = extractProse(text, lang);
  assert.equal(p.text.length, text.length, 'prose keeps every offset');
  return p.text.replace(/\s+/g, ' ').trim();
}

function sentences(text: string, lang = 'plaintext'): string[] {
  const p = extractProse(text, lang);
  return splitSentences(p.text, 0, p.text.length, p.breaks).map((s) => s.text.replace(/\s+/g, ' '));
}

describe('prose extraction: Markdown', () => {
  it('skips front matter, fenced and indented code, inline code and HTML comments', () => {
    const md = '---\ntitle: IL-4 promotes NFATc1\n---\nIL-4 inhibits NFATc1.\n\n```\nIL-4 promotes NFATc1\n```\n\n    IL-4 promotes RANKL\n\nUse `IL-4 promotes x` here. <!-- IL-4 promotes NFATc1 -->';
    assert.equal(prose(md, 'markdown'), 'IL-4 inhibits NFATc1. Use here.');
  });

  it('keeps link text, drops link targets, images and URLs', () => {
    const md = 'See [TNF-α signalling](https://example.org/IL-4) and ![IL-6](img.png) at https://x.org/IL-10 now.';
    assert.equal(prose(md, 'markdown'), 'See TNF-α signalling and at now.');
  });

  it('drops math but reads TNF-$\\alpha$ as TNF-α at the position of the closing dollar', () => {
    const md = 'TNF-$\\alpha$ rises; $x^2 + IL_4$ is maths.';
    const p = extractProse(md, 'markdown');
    assert.equal(p.text.indexOf('α'), md.indexOf('$ rises'));
    assert.equal(prose(md, 'markdown'), 'TNF- α rises; is maths.');
  });

  it('makes headings and list items sentences of their own', () => {
    assert.deepEqual(sentences('# IL-4 and NFATc1\n- IL-4 inhibits NFATc1\n- RANKL activates NFATc1', 'markdown'), [
      'IL-4 and NFATc1', 'IL-4 inhibits NFATc1', 'RANKL activates NFATc1',
    ]);
  });
});

describe('prose extraction: LaTeX', () => {
  it('skips comments, math, citations, labels and package lines; keeps \\emph, \\textbf and \\section text', () => {
    const tex = '\\usepackage{amsmath}\n\\section{Osteoclasts}\n\\emph{IL-4} inhibits \\textbf{NFATc1}~\\cite{smith2020} % IL-4 promotes NFATc1\nas in Fig.~\\ref{fig:1}\\label{x} and $y=IL4$.';
    assert.equal(prose(tex, 'latex'), 'Osteoclasts IL-4 inhibits NFATc1 as in Fig. and .');
  });

  it('reads TNF-$\\alpha$ and IL-1$\\beta$ as Greek', () => {
    assert.equal(prose('TNF-$\\alpha$ and IL-1$\\beta$ and IFN-$\\gamma$', 'latex'), 'TNF- α and IL-1 β and IFN- γ');
  });

  it('keeps captions and footnotes as their own sentences and skips equation environments', () => {
    const tex = 'Text before.\\begin{equation}IL4 = 1\\end{equation}\n\\caption{IL-6 activates STAT3}';
    assert.deepEqual(sentences(tex, 'latex'), ['Text before.', 'IL-6 activates STAT3']);
  });
});

describe('sentence splitting', () => {
  it('survives et al., e.g., i.e., Fig. 2, vs. and ca.', () => {
    const text = 'Zhang et al. showed that IL-4 (e.g. at 10 ng/mL, i.e. low doses) inhibits NFATc1 as in Fig. 2 vs. controls at ca. 5 days. Next sentence.';
    assert.equal(sentences(text).length, 2);
  });

  it('keeps numbered citations with their sentence, before or after the full stop', () => {
    assert.deepEqual(sentences('IL-4 inhibits NFATc1 [104]. TNF-α recruits MSCs.[62] IL-3 blocks c-fos [93-99].'), [
      'IL-4 inhibits NFATc1 [104].', 'TNF-α recruits MSCs.[62]', 'IL-3 blocks c-fos [93-99].',
    ]);
  });

  it('treats a hard-wrapped sentence as one and a blank line as a break', () => {
    assert.deepEqual(sentences('IL-4 inhibits\nNFATc1 in pre-OCs (Zhang et al., 2024)\n\nNew paragraph here'), [
      'IL-4 inhibits NFATc1 in pre-OCs (Zhang et al., 2024)', 'New paragraph here',
    ]);
  });

  it('ends a sentence at a name whose last letters follow a number (miR-21a-5p, not the abbreviation "p.")', () => {
    assert.deepEqual(sentences('KLF6 is a target of miR-21a-5p. IL-4 promoted M2 polarization.'), ['KLF6 is a target of miR-21a-5p.', 'IL-4 promoted M2 polarization.']);
    assert.equal(sentences('As shown by Smith (p. 5) IL-4 acts. Next sentence.').length, 2);
  });

  it('ends a sentence at a unit after its number when a capital follows ("for 24 h. The …")', () => {
    assert.deepEqual(sentences('Cells were stimulated for 24 h. IL-4 promoted M2 polarization.'), ['Cells were stimulated for 24 h.', 'IL-4 promoted M2 polarization.']);
    assert.deepEqual(sentences('Doses of 5 mg. Salicylate was given.'), ['Doses of 5 mg.', 'Salicylate was given.']);
    // (Before a lower-case word the unit stays inside: "at 10 mg. per day" is one sentence.)
    assert.equal(sentences('IL-4 was given at 10 mg. per day to mice.').length, 1);
  });

  it('starts a sentence at a lower-case symbol such as miR-466', () => {
    assert.equal(sentences('MSCs act on macrophages. miR-466 promotes M2 polarization.').length, 2);
  });

  it('ends a sentence at a stop glued to the next capitalised word, as pasted abstracts have it', () => {
    assert.deepEqual(sentences('Cells survived in the control group.Conclusions Heat shock helps MSCs.'), ['Cells survived in the control group.', 'Conclusions Heat shock helps MSCs.']);
    // Not after an abbreviation, a capital (initials, journal names) or before a short word or symbol.
    assert.equal(sentences('See e.g.The review, J.Biol studies, cells.NFATc1 and pH.Of note, a value.').length, 1);
  });
});

describe('language from a file name', () => {
  it('reads Markdown, Quarto and R Markdown as Markdown, TeX as LaTeX, anything else as plain text', () => {
    assert.deepEqual(['a.md', 'b.qmd', 'c.Rmd', 'd.tex', 'e.txt', 'dir.v2/README', 'f'].map(languageOfPath), ['markdown', 'markdown', 'markdown', 'latex', 'plaintext', 'plaintext', 'plaintext']);
  });
});
