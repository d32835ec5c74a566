// What the Mechlens checks share: the sentences of the brief, and readers of the Problems panel.
export const CONTRADICTING = 'IL-4 promotes NFATc1 in osteoclast precursors [12].';
export const SUPPORTED = 'IL-4 inhibits NFATc1 in osteoclast precursors [104].';
export const CONTRADICTION_MESSAGE = 'Contradicts the review: IL-4 inhibits NFATc1 [104]';

/** Mechlens' warnings among the Problems panel's markers. */
export const mechlensWarnings = (markers) => markers.filter((m) => m.source === 'mechlens' && m.severity === 'Warning');

/** Mechlens' markers of any severity. */
export const mechlensMarkers = (markers) => markers.filter((m) => m.source === 'mechlens');

/** A marker as one short line for error messages. */
export const describe = (m) => `${m.severity} "${m.message}" (${m.source || 'no source'}) at ${m.folder === '.' ? '' : `${m.folder}/`}${m.file}:${m.line}:${m.column}`;
export const describeAll = (markers) => (markers.length ? markers.map(describe).join('; ') : 'nothing');

/** The 1-based number of the line of `text` that contains `needle`. */
export function lineOf(text, needle) {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`"${needle}" is not in the document`);
  return i + 1;
}

/** Wait until the open editor's text is `expected`; throw with a line-by-line difference otherwise. */
export async function expectEditorText(wb, expected, what, { timeoutMs = 10_000 } = {}) {
  const norm = (t) => t.replace(/\n+$/, '');
  let last = '';
  await wb.waitFor(async () => {
    last = await wb.readEditorText();
    return norm(last) === norm(expected);
  }, {
    timeoutMs,
    message: () => {
      const a = norm(expected).split('\n');
      const b = norm(last).split('\n');
      const diff = [];
      for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) diff.push(`line ${i + 1}: expected ${JSON.stringify(a[i] ?? null)}, shows ${JSON.stringify(b[i] ?? null)}`);
      return `${what}: ${diff.join('; ')}`;
    },
  });
}

/** Opens a fixture holding the contradicting sentence, waits for its one Mechlens warning, returns its text. */
export async function openWithOneWarning(wb, file) {
  await wb.openFile(file);
  const before = await wb.readEditorText();
  if (!before.includes(CONTRADICTING)) throw new Error(`${file} lacks the contradicting sentence`);
  await wb.waitForProblems(file, (ms) => mechlensWarnings(ms).length === 1, {
    message: (ms) => `expected one Mechlens warning for ${file}; Problems lists ${describeAll(ms)}`,
  });
  return before;
}
