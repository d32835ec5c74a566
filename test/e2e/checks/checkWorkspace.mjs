// 7. Check Workspace judges every manuscript, open or not, and puts the closed ones' diagnostics in
// Problems: chapters/ch1.md and chapters/ch2.md (one contradiction each) are never opened.
// Runs last: it leaves diagnostics for every file of the workspace in Problems.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describeAll, mechlensWarnings } from '../lib/mechlens.mjs';

const DONE = /Mechlens checked (\d+) file\(s\)( \(cancelled\))?: (\d+) contradiction\(s\) in (\d+) file\(s\)\. See Problems\./;
const CHAPTERS = { 'ch1.md': 'Contradicts the review: IL-4 inhibits NFATc1 [104]', 'ch2.md': 'Contradicts the review: M2 macrophage promotes MSC proliferation [4,5]' };

/** Manuscripts on disk, as Check Workspace looks for them (md, markdown, tex, txt, qmd, rmd). */
function manuscripts(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'node_modules') continue;
    if (statSync(path).isDirectory()) manuscripts(path, out);
    else if (/\.(md|markdown|tex|txt|qmd|rmd)$/i.test(name)) out.push(path);
  }
  return out;
}

export default {
  name: 'Check Workspace reports across two files',
  async run(wb, ctx) {
    const onDisk = manuscripts(ctx.workspace).length;
    const open = await wb.tabTitles();
    if (open.some((t) => t in CHAPTERS)) throw new Error(`a chapter is open: ${JSON.stringify(open)}`);
    await wb.runCommand('Mechlens: Check Workspace');
    let sawProgress = false;
    const message = await wb.waitFor(async () => {
      const texts = await wb.notifications();
      if (texts.some((t) => t.includes('Mechlens: checking the workspace') || t.includes('checking the workspace'))) sawProgress = true;
      return texts.find((t) => DONE.test(t));
    }, { timeoutMs: 30_000, intervalMs: 100, message: async () => `no "Mechlens checked N file(s): …" message; notifications: ${JSON.stringify(await wb.notifications())}` });
    const [, checked, cancelled, contradictions, files] = DONE.exec(message).map((x) => x && /^\d+$/.test(x) ? Number(x) : x);
    if (cancelled) throw new Error(`the check says it was cancelled: "${message}"`);
    if (files < 2 || contradictions < 2) throw new Error(`expected at least 2 contradictions in at least 2 files: "${message}"`);
    if (checked !== onDisk) throw new Error(`"${message}" but the workspace holds ${onDisk} manuscript(s)`);

    const markers = await wb.waitForProblems('chapters/*.md', (ms) => Object.keys(CHAPTERS).every((f) => mechlensWarnings(ms).some((m) => m.file === f)), {
      message: (ms) => `Problems does not list both chapters with a Mechlens warning: ${describeAll(ms)}`,
    });
    for (const [file, wanted] of Object.entries(CHAPTERS)) {
      const mine = mechlensWarnings(markers).filter((m) => m.file === file);
      if (mine.length !== 1 || mine[0].message !== wanted || mine[0].folder !== 'chapters') {
        throw new Error(`expected one warning "${wanted}" for chapters/${file}; Problems lists ${describeAll(markers.filter((m) => m.file === file))}`);
      }
    }
    const stillClosed = await wb.tabTitles();
    if (stillClosed.some((t) => t in CHAPTERS)) throw new Error(`Check Workspace opened a chapter: ${JSON.stringify(stillClosed)}`);
    await wb.runCommand('Notifications: Clear All Notifications').catch(() => {});
    return `"${message}"; chapters/ch1.md and chapters/ch2.md listed while closed${sawProgress ? '; progress notification seen' : ''}`;
  },
};
