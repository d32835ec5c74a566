// a. Hover on "IL-4" in a manuscript shows what the review says about it, with references.
export default {
  name: 'hover on IL-4 shows its interactions with refs',
  async run(wb, ctx) {
    await wb.openFile('draft.md');
    // The IL-4 of the methods sentence: no claim or diagnostic there, so the hover is the term's card.
    const text = await wb.hoverAt('IL-4', { after: 'pilot experiments', expect: 'Acts on' });
    for (const wanted of ['IL-4', 'Acts on', 'NFATc1', '[104]']) {
      if (!text.includes(wanted)) throw new Error(`the hover lacks "${wanted}": ${JSON.stringify(text.slice(0, 300))}`);
    }
    await wb.screenshot(ctx.screenshot('hover.png'));
  },
};
