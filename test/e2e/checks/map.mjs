// m. The Mechanism Map: opened from the "Show on map" link of IL-4's hover, it shows NFATc1 joined to
//    IL-4 by an inhibition citing [104] and the draft's contradicting sentence as a marked claim edge;
//    clicking NFATc1 on the canvas opens its entry; Export SVG writes a file; the whole review lays out.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The webview's own document (code-server nests it in two iframes); `stale` is a page since replaced. */
async function mapFrame(wb, stale) {
  return wb.waitFor(async () => {
    for (const frame of wb.page.frames()) {
      if (frame === stale || frame.isDetached()) continue;
      if (await frame.locator('#cy').count().catch(() => 0)) return frame;
    }
    return undefined;
  }, { timeoutMs: 20_000, message: () => 'no Mechanism Map webview appeared' });
}

async function laidOut(wb, frame, test = () => true) {
  return wb.waitFor(async () => {
    const d = await frame.locator('#cy').evaluate((el) => ({ ...el.dataset }));
    return d.layoutMs !== undefined && test(d) ? d : undefined;
  }, { timeoutMs: 30_000, message: async () => `the map never finished its layout: ${JSON.stringify(await frame.locator('#cy').evaluate((el) => ({ ...el.dataset })).catch(() => ({})))}` });
}

/** Frames per second the page renders while the canvas is dragged (panned) for about a second. */
async function panFps(wb, frame) {
  const box = await frame.locator('#cy').boundingBox();
  const counting = frame.evaluate(() => new Promise((resolve) => {
    let frames = 0;
    const start = performance.now();
    const tick = (t) => { frames += 1; if (t - start < 1000) requestAnimationFrame(tick); else resolve(frames / ((t - start) / 1000)); };
    requestAnimationFrame(tick);
  }));
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await wb.page.mouse.move(x, y);
  await wb.page.mouse.down();
  for (let i = 0; i < 60; i++) { await wb.page.mouse.move(x + 150 * Math.sin(i / 6), y + 80 * Math.cos(i / 6)); await sleep(16); }
  await wb.page.mouse.up();
  return counting;
}

export default {
  name: 'Mechanism Map from the hover of IL-4: inhibition of NFATc1 [104], the draft’s contradiction marked, entry, SVG export',
  async run(wb, ctx) {
    await wb.openFile('map.md');
    await wb.hoverAt('IL-4', { expect: 'Show on map' });
    await wb.page.locator('.monaco-hover a', { hasText: 'Show on map' }).first().click();
    const frame = await mapFrame(wb);
    const first = await laidOut(wb, frame);
    const text = await frame.locator('#statements').evaluate((el) => el.textContent);
    if (!text.includes('IL-4 inhibits NFATc1 [104]')) throw new Error(`the map lacks the IL-4 ⊣ NFATc1 [104] edge: ${JSON.stringify(text.slice(0, 300))}`);
    if (!/✗ line 3: IL-4 promotes NFATc1 — contradicts the review/.test(text)) throw new Error(`the draft's contradiction is not on the map: ${JSON.stringify(text.slice(0, 300))}`);
    await wb.escape(); // the hover card would cover the map in the picture
    const counts = await frame.locator('#counts').innerText();
    if (!counts.includes('✗ 1 contradicts the review')) throw new Error(`the counts say ${JSON.stringify(counts)}`);
    await wb.screenshot(ctx.screenshot('map.png'));

    // Click NFATc1 where it is drawn (found with the map's own search, which reports where it put the focus).
    await frame.locator('#search').fill('NFATc1');
    await frame.locator('#search').press('Enter');
    const focus = await wb.waitFor(async () => {
      const d = await frame.locator('#cy').evaluate((el) => ({ ...el.dataset }));
      return d.focusId === 'nfatc1' ? d : undefined;
    }, { message: () => 'searching the map for NFATc1 did not focus it' });
    await frame.locator('#cy').click({ position: { x: Number(focus.focusX), y: Number(focus.focusY) } });
    // The entry may open over the map at once, detaching its page before the click's mark is read: then the
    // active tab below is the proof that the click opened it.
    await wb.waitFor(async () => frame.isDetached() || (await frame.locator('#cy').evaluate((el) => el.dataset.opened).catch(() => undefined)) === 'nfatc1', {
      timeoutMs: 10_000, message: async () => `clicking at ${focus.focusX},${focus.focusY} opened ${await frame.locator('#cy').evaluate((el) => el.dataset.opened).catch(() => '(the map was closed)')}, not NFATc1`,
    });
    await wb.waitForActiveTab('nfatc1.md', { timeoutMs: 15_000 });

    // Back to the map (its page is drawn again when its tab comes back), then Export SVG: the save
    // dialog offers mechanism-map-il-4.svg in the workspace; accept it.
    await wb.page.locator('.tabs-container .tab', { hasText: 'Map: IL-4' }).first().click();
    const again = await mapFrame(wb, frame);
    await laidOut(wb, again);
    const target = join(ctx.workspace, 'mechanism-map-il-4.svg');
    await again.locator('#export-svg').click();
    await wb.waitQuickInput(15_000);
    await wb.press('Enter');
    const svg = await wb.waitFor(() => (existsSync(target) ? readFileSync(target, 'utf8') : undefined), { timeoutMs: 15_000, message: () => `no SVG written at ${target}` });
    if (!svg.startsWith('<?xml') && !svg.startsWith('<svg')) throw new Error(`the export is not SVG: ${JSON.stringify(svg.slice(0, 80))}`);
    if (!svg.includes('NFATc1') || !svg.includes('[104]')) throw new Error('the exported SVG lacks NFATc1 or the [104] edge');

    // The whole review: time to lay out, then frames per second while panning.
    await again.locator('#whole').click();
    const whole = await laidOut(wb, again, (d) => Number(d.nodes) > 200);
    const fps = await panFps(wb, again);
    await wb.screenshot(ctx.screenshot('map-review.png'));
    return `IL-4 map ${first.nodes} terms in ${first.layoutMs} ms; whole review ${whole.nodes} terms, ${whole.edges} edges in ${whole.layoutMs} ms; panning ${fps.toFixed(0)} fps`;
  },
};
