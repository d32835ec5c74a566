// g. Activation: the "Mechlens" output channel says "Mechlens activated in N ms". Read in the Output view
// (Output: Show Output Channels… → Mechlens); if the view cannot be read, from the channel's log file,
// which the extension host writes under <user-data-dir>/logs/<session>/exthost*/output_logging_*/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ACTIVATED = /Mechlens activated in (\d+) ms/;

function channelLogFiles(dir, depth = 0) {
  let found = [];
  let names = [];
  try {
    names = readdirSync(dir);
  } catch {
    return found;
  }
  for (const name of names) {
    const path = join(dir, name);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      continue;
    }
    if (stat.isDirectory() && depth < 6) found = found.concat(channelLogFiles(path, depth + 1));
    else if (/Mechlens\.log$/.test(name)) found.push(path);
  }
  return found;
}

async function fromOutputView(wb) {
  await wb.runCommand('Output: Show Output Channels...');
  await wb.chooseQuickInputRow((row) => row === 'Mechlens' || row.startsWith('Mechlens '));
  return wb.waitFor(async () => {
    const texts = await wb.visibleTexts('.part.panel .monaco-editor .view-lines');
    return texts.map((t) => t.replace(/\u00a0/g, ' ')).find((t) => ACTIVATED.test(t));
  }, { timeoutMs: 10_000, message: async () => `the Output view shows ${JSON.stringify((await wb.visibleTexts('.part.panel .monaco-editor .view-lines')).join('\n').slice(0, 200))}` });
}

export default {
  name: 'activation is logged to the Mechlens output channel',
  async run(wb, ctx) {
    await wb.openFile('draft.md'); // a Markdown file activates the extension
    let text;
    let how = 'Output view';
    let viewError;
    try {
      text = await fromOutputView(wb);
    } catch (err) {
      viewError = err.message;
      how = 'channel log file';
      text = await wb.waitFor(() => channelLogFiles(join(ctx.dataDir, 'logs')).map((f) => readFileSync(f, 'utf8')).find((t) => ACTIVATED.test(t)), {
        timeoutMs: 10_000, message: () => `neither the Output view (${viewError}) nor a Mechlens.log under ${join(ctx.dataDir, 'logs')} says "Mechlens activated in N ms"`,
      });
    }
    const ms = Number(ACTIVATED.exec(text)[1]);
    ctx.activationMs = ms;
    return `"Mechlens activated in ${ms} ms", read from the ${how}${viewError ? ` (Output view failed: ${viewError})` : ''}`;
  },
};
