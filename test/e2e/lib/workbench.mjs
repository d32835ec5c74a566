// Helpers that drive the VS Code workbench (code-server in headless Chromium) the way a person does:
// keyboard shortcuts, the command palette, Quick Open, the find widget; and read what is on screen.
// Every wait has a time limit; a helper that cannot do its job throws an Error saying what it saw.

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Text as VS Code renders it: non-breaking spaces back to spaces. */
const clean = (s) => (s ?? '').replace(/\u00a0/g, ' ');

export class Workbench {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
  }

  /** Poll `probe` until it returns a truthy value; throw `message()` (or the last error) after `timeoutMs`. */
  async waitFor(probe, { timeoutMs = 15_000, intervalMs = 150, message } = {}) {
    const until = Date.now() + timeoutMs;
    let last;
    let lastError;
    while (Date.now() < until) {
      try {
        last = await probe();
        if (last) return last;
      } catch (err) {
        lastError = err;
      }
      await sleep(intervalMs);
    }
    const detail = message ? await message(last) : lastError?.message ?? 'condition not met';
    throw new Error(`${detail} (after ${Math.round(timeoutMs / 1000)} s)`);
  }

  async press(...keys) {
    for (const key of keys) await this.page.keyboard.press(key);
  }

  async type(text) {
    await this.page.keyboard.type(text, { delay: 15 });
  }

  /** Wait until the workbench is up and its Explorer shows the workspace. */
  async ready({ timeoutMs = 90_000 } = {}) {
    await this.page.waitForSelector('.monaco-workbench', { timeout: timeoutMs });
    await this.page.waitForSelector('.part.sidebar .explorer-folders-view, .part.sidebar .explorer-viewlet', { timeout: timeoutMs });
    await this.waitFor(() => this.page.locator('.explorer-folders-view .monaco-list-row').count(), {
      timeoutMs, message: () => 'the Explorer never listed the workspace files',
    });
  }

  // ---- what is on screen ----------------------------------------------------------------------

  /** Visible, non-empty inner texts of the elements matching `selector`. */
  async visibleTexts(selector) {
    return this.page.locator(selector).evaluateAll((els) => els
      .filter((el) => {
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
      })
      .map((el) => el.innerText)
      .filter((t) => t && t.trim()));
  }

  /** Title of the active editor's tab ('' when no editor is open). */
  async activeTabTitle() {
    const titles = await this.visibleTexts('.part.editor .editor-group-container.active .tab.active .label-name');
    return clean(titles[0] ?? '').trim();
  }

  /** Titles of all open tabs. */
  async tabTitles() {
    return (await this.visibleTexts('.part.editor .tab .label-name')).map((t) => clean(t).trim());
  }

  /**
   * The document lines the active editor shows, top to bottom, as { number, text }: the rendered view
   * (so a long document is cut to what is on screen), with word-wrapped lines joined again.
   */
  async readEditorLines() {
    const lines = await this.page.evaluate(() => {
      const group = document.querySelector('.part.editor .editor-group-container.active');
      const editor = group?.querySelector('.editor-container .monaco-editor');
      if (!editor) return null;
      const top = (el) => parseFloat(el.style.top) || 0;
      // The margin numbers each document line once; a wrapped line's continuations have no number.
      const numbers = new Map();
      for (const n of editor.querySelectorAll('.margin-view-overlays .line-numbers')) {
        const row = n.parentElement;
        if (row && /^\d+$/.test(n.textContent.trim())) numbers.set(top(row), Number(n.textContent.trim()));
      }
      const out = [];
      const views = [...editor.querySelectorAll('.view-lines .view-line')].sort((a, b) => top(a) - top(b));
      for (const v of views) {
        const number = numbers.get(top(v));
        if (number !== undefined || out.length === 0 || numbers.size === 0) out.push({ number: number ?? null, text: v.textContent ?? '' });
        else out[out.length - 1].text += v.textContent ?? '';
      }
      return out;
    });
    if (lines === null) throw new Error('no editor is open');
    return lines.map((l) => ({ number: l.number, text: clean(l.text) }));
  }

  /** The text the active editor shows (see readEditorLines). */
  async readEditorText() {
    return (await this.readEditorLines()).map((l) => l.text).join('\n');
  }

  /** The text of the line the cursor is on (it must be on screen, which it is after typing or a find). */
  async cursorLineText() {
    const { line } = await this.cursorPosition();
    const found = (await this.readEditorLines()).find((l) => l.number === line);
    if (!found) throw new Error(`line ${line} is not on screen`);
    return found.text;
  }

  /** Cursor position from the status bar ("Ln 12, Col 5"). */
  async cursorPosition() {
    const text = await this.waitFor(async () => {
      const items = await this.visibleTexts('.statusbar-item');
      return items.find((t) => /Ln \d+, Col \d+/.test(t));
    }, { timeoutMs: 5000, message: () => 'the status bar shows no cursor position' });
    const m = /Ln (\d+), Col (\d+)/.exec(text);
    return { line: Number(m[1]), column: Number(m[2]) };
  }

  // ---- doing things ---------------------------------------------------------------------------

  /** Close whatever transient widget is open (quick input, suggest, hover, find). */
  async escape(times = 2) {
    for (let i = 0; i < times; i++) {
      await this.page.keyboard.press('Escape');
      await sleep(80);
    }
  }

  /** Rows of the open quick input (command palette, Quick Open, quick picks). */
  async quickInputRows() {
    return this.rowTexts('.quick-input-widget .quick-input-list .monaco-list-row');
  }

  async waitQuickInput(timeoutMs = 10_000) {
    await this.page.locator('.quick-input-widget .quick-input-box input').first().waitFor({ state: 'visible', timeout: timeoutMs });
  }

  /**
   * Choose a row of the open quick input, as a person does with the keyboard: wait until a row satisfies
   * `match` (string: the row starts with it; RegExp: matches it; function: returns true for it), move the
   * focus down onto it and press Enter. Returns the chosen row's text.
   */
  async chooseQuickInputRow(match, { timeoutMs = 15_000 } = {}) {
    const test = typeof match === 'string' ? (t) => t.startsWith(match) : typeof match === 'function' ? match : (t) => match.test(t);
    const rows = '.quick-input-widget .quick-input-list .monaco-list-row';
    return this.focusRowAndEnter(rows, test, {
      timeoutMs, what: async () => `no row matching ${match} in the list; it shows: ${JSON.stringify((await this.quickInputRows()).slice(0, 8))}`,
    });
  }

  /**
   * Visible list rows (quick input, suggest widget) as text: their label parts (name, description,
   * detail…) joined by single spaces, e.g. "OPG protein · osteoprotegerin" (innerText would glue them).
   */
  async rowTexts(selector) {
    const texts = await this.page.locator(selector).evaluateAll((els) => els
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
      })
      .map((el) => {
        const isLabel = (e) => typeof e.className === 'string' && /label/.test(e.className);
        const leaves = [...el.querySelectorAll('*')].filter((e) => isLabel(e) && ![...e.querySelectorAll('*')].some(isLabel));
        const parts = leaves.map((e) => e.textContent ?? '').filter((t) => t.trim());
        return parts.length ? parts.join(' ') : el.textContent ?? '';
      }));
    return texts.map((t) => clean(t).replace(/\s+/g, ' ').trim()).filter(Boolean);
  }

  /**
   * In a list whose rows match `rowSelector`, wait for a row satisfying `test`, then press ArrowDown until
   * the focused row is that row (ArrowUp if it was passed), and Enter.
   */
  async focusRowAndEnter(rowSelector, test, { timeoutMs = 15_000, what } = {}) {
    await this.waitFor(async () => (await this.rowTexts(rowSelector)).some(test), { timeoutMs, message: what });
    const focused = async () => (await this.rowTexts(`${rowSelector}.focused`))[0] ?? '';
    for (const key of ['ArrowDown', 'ArrowUp']) {
      for (let i = 0; i < 60; i++) {
        const text = await focused();
        if (test(text)) {
          await this.page.keyboard.press('Enter');
          await sleep(200);
          return text;
        }
        await this.page.keyboard.press(key);
        await sleep(50);
      }
    }
    throw new Error(`could not move the focus onto the wanted row; focused: "${await focused()}"; rows: ${JSON.stringify((await this.rowTexts(rowSelector)).slice(0, 8))}`);
  }

  /** Run a command by its palette title, e.g. "Mechlens: Search Lexicon". */
  async runCommand(title, { timeoutMs = 15_000 } = {}) {
    await this.escape(1);
    await this.page.keyboard.press('Control+Shift+P');
    await this.waitQuickInput();
    const input = this.page.locator('.quick-input-widget .quick-input-box input').first();
    await input.fill(`>${title}`);
    const exact = (t) => t === title || t.startsWith(`${title} `);
    await this.focusRowAndEnter('.quick-input-widget .quick-input-list .monaco-list-row', exact, {
      timeoutMs, what: async () => `the command palette has no command "${title}"; it shows: ${JSON.stringify((await this.quickInputRows()).slice(0, 6))}`,
    });
  }

  /** Open a workspace file by name through Quick Open (Control+P) and wait for its editor. */
  async openFile(name, { timeoutMs = 20_000 } = {}) {
    await this.escape(1);
    await this.page.keyboard.press('Control+P');
    await this.waitQuickInput();
    await this.page.locator('.quick-input-widget .quick-input-box input').first().fill(name);
    await this.chooseQuickInputRow((t) => t.split(' ')[0] === name || t.startsWith(name), { timeoutMs });
    await this.waitForActiveTab(name, { timeoutMs });
    await this.page.locator('.part.editor .editor-group-container.active .monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout: timeoutMs });
    await this.focusEditor();
  }

  /** Wait until the active tab's title contains `name`. */
  async waitForActiveTab(name, { timeoutMs = 15_000 } = {}) {
    await this.waitFor(async () => (await this.activeTabTitle()).includes(name), {
      timeoutMs, message: async () => `the active tab is "${await this.activeTabTitle()}", not "${name}"`,
    });
  }

  /** Give the keyboard focus to the active text editor. */
  async focusEditor() {
    const editor = this.page.locator('.part.editor .editor-group-container.active .editor-container .monaco-editor textarea.inputarea, .part.editor .editor-group-container.active .editor-container .monaco-editor .native-edit-context').first();
    await editor.focus({ timeout: 5000 });
  }

  /**
   * Put the cursor `offset` characters into the first occurrence of `text` (after the first occurrence
   * of `after`, when given), using the find widget, which works however long the document is.
   */
  async cursorTo(text, { after, offset = 1 } = {}) {
    await this.focusEditor();
    await this.page.keyboard.press('Control+Home');
    if (after) {
      await this.findAndSelect(after);
      await this.page.keyboard.press('ArrowLeft'); // collapse to the start: the next search starts here
    }
    await this.findAndSelect(text);
    await this.page.keyboard.press('ArrowLeft');
    for (let i = 0; i < offset; i++) await this.page.keyboard.press('ArrowRight');
    await sleep(100);
  }

  /** Select the next occurrence of `text` from the cursor with the find widget, then close it. */
  async findAndSelect(text) {
    const before = await this.cursorPosition();
    await this.page.keyboard.press('Control+F');
    const input = this.page.locator('.part.editor .editor-group-container.active .find-widget textarea, .part.editor .editor-group-container.active .find-widget input').first();
    await input.waitFor({ state: 'visible', timeout: 5000 });
    // The widget keeps the last search: filling in the same text again would not search (it shows
    // "? of N" and leaves the cursor where it is), so empty it first.
    await input.fill('');
    await input.fill(text);
    await this.waitFor(async () => {
      const count = await this.page.locator('.part.editor .editor-group-container.active .find-widget .matchesCount').first().innerText().catch(() => '');
      if (/No results/i.test(count)) throw new Error(`"${text}" is not in the editor`);
      return /\d+ of \d+/.test(count);
    }, { timeoutMs: 5000, message: () => `the find widget found no "${text}"` });
    await this.page.keyboard.press('Escape');
    await sleep(100);
    const after = await this.cursorPosition();
    if (after.line === before.line && after.column === before.column && !(await this.hasSelection())) {
      throw new Error(`the find widget did not move to "${text}"`);
    }
  }

  async hasSelection() {
    const items = await this.visibleTexts('.statusbar-item');
    return items.some((t) => /\(\d+ selected\)/.test(t));
  }

  /** Show the hover at the cursor (Control+K Control+I) and return its text once `expect` is in it. */
  async hoverAtCursor({ expect = '', timeoutMs = 20_000 } = {}) {
    const read = async () => clean((await this.visibleTexts('.monaco-hover')).join('\n'));
    return this.waitFor(async () => {
      const text = await read();
      if (text && text.includes(expect)) return text;
      if (!text) await this.press('Control+K', 'Control+I');
      return undefined;
    }, { timeoutMs, intervalMs: 700, message: async () => `no hover containing "${expect}"; hover text: ${JSON.stringify((await read()).slice(0, 300))}` });
  }

  /** Click into the word `text` and show its hover. */
  async hoverAt(text, options = {}) {
    await this.cursorTo(text, options);
    return this.hoverAtCursor(options);
  }

  /** Put the cursor on `text`, press F12 and wait for the active tab to become `expectTab`. */
  async pressF12At(text, { expectTab, after, timeoutMs = 20_000 } = {}) {
    await this.cursorTo(text, { after });
    const before = await this.activeTabTitle();
    await this.page.keyboard.press('F12');
    await this.waitFor(async () => {
      const now = await this.activeTabTitle();
      return expectTab ? now.includes(expectTab) : now !== before;
    }, { timeoutMs, message: async () => `F12 on "${text}" left the active tab at "${await this.activeTabTitle()}"${expectTab ? `, expected "${expectTab}"` : ''}` });
    await sleep(300);
    return this.activeTabTitle();
  }

  /** Rows of the suggest widget (label and details as shown). */
  async suggestRows() {
    return this.rowTexts('.editor-widget.suggest-widget .monaco-list-row');
  }

  /** Trigger completion (Control+Space) until a row satisfies `test`; returns all rows. */
  async triggerSuggest(test, { timeoutMs = 20_000 } = {}) {
    return this.waitFor(async () => {
      const rows = await this.suggestRows();
      if (rows.some(test)) return rows;
      if (rows.length === 0) await this.page.keyboard.press('Control+Space');
      return undefined;
    }, { timeoutMs, intervalMs: 800, message: async () => `the suggest widget shows ${JSON.stringify((await this.suggestRows()).slice(0, 10))}` });
  }

  /** Move the suggest widget's focus onto the first row satisfying `test` and accept it with Enter. */
  async acceptSuggestion(test) {
    await this.focusRowAndEnter('.editor-widget.suggest-widget .monaco-list-row', test, {
      timeoutMs: 5000, what: async () => `no such suggestion; the widget shows ${JSON.stringify((await this.suggestRows()).slice(0, 10))}`,
    });
    await sleep(200);
  }

  // ---- Problems, quick fixes, notifications, status bar, output ---------------------------------

  /** Show the Problems panel (Control+Shift+M) unless it is already on screen. */
  async showProblems() {
    const panel = this.page.locator('.part.panel .markers-panel').first();
    if (!(await panel.isVisible().catch(() => false))) {
      await this.page.keyboard.press('Control+Shift+M');
      await panel.waitFor({ state: 'visible', timeout: 10_000 });
    }
  }

  /**
   * What the Problems panel lists, read from its rows' accessible labels: markers as { file, folder,
   * severity, message, line, column, source } (related-information rows left out). `file` sets the
   * panel's filter to the glob "**\/<file>" first (so the list is short enough to be rendered whole);
   * '' clears it. The keyboard focus goes back to the editor when one is open.
   */
  async problems({ file } = {}) {
    await this.showProblems();
    if (file !== undefined) await this.setProblemsFilter(file ? `**/${file}` : '');
    const rows = await this.page.locator('.part.panel .markers-panel .monaco-list-row').evaluateAll((els) => els
      .filter((el) => el.getBoundingClientRect().height > 0)
      .map((el) => ({ level: Number(el.getAttribute('aria-level') ?? 0), aria: el.getAttribute('aria-label') ?? '', top: parseFloat(el.style.top) || 0 }))
      .sort((a, b) => a.top - b.top));
    const markers = [];
    let current = { file: '', folder: '' };
    for (const row of rows) {
      const aria = clean(row.aria);
      const fileRow = /^\d+ problems? in file (.+) of folder (.+)$/.exec(aria);
      if (fileRow) {
        current = { file: fileRow[1], folder: fileRow[2] };
        continue;
      }
      const marker = /^(Error|Warning|Info|Information|Hint)\w*: ([\s\S]*) at line (\d+) and character (\d+)\.([\s\S]*?)(?:generated by (.+))?$/.exec(aria);
      if (!marker || (row.level && row.level !== 2)) continue;
      markers.push({
        ...current,
        severity: marker[1] === 'Information' ? 'Info' : marker[1],
        message: marker[2],
        line: Number(marker[3]),
        column: Number(marker[4]),
        source: (marker[6] ?? '').trim(),
      });
    }
    if (await this.activeTabTitle()) await this.focusEditor().catch(() => {});
    return markers;
  }

  /** Type `text` into the Problems panel's filter box (and wait for the filter to apply). */
  async setProblemsFilter(text) {
    const input = this.page.locator('.part.panel input[placeholder^="Filter (e.g. text"], .part.panel .viewpane-filter input, .part.panel .markers-panel-action-filter input').first();
    await input.waitFor({ state: 'visible', timeout: 5000 });
    if ((await input.inputValue()) === text) return;
    await input.fill(text);
    await sleep(600); // the panel applies its filter after a short delay
  }

  /** Poll the Problems panel (filtered to `file`) until `test(markers)` is true; returns the markers. */
  async waitForProblems(file, test, { timeoutMs = 15_000, message } = {}) {
    let last = [];
    return this.waitFor(async () => {
      last = await this.problems({ file });
      return test(last) ? last : undefined;
    }, {
      timeoutMs, intervalMs: 400,
      message: async () => (message ? message(last) : `the Problems panel (filter **/${file}) shows ${JSON.stringify(last)}`),
    });
  }

  /** Rows of the code action menu (Control+.), group headers left out. */
  async codeActionRows() {
    return this.rowTexts('.action-widget .monaco-list-row.action');
  }

  /** Open the code action menu at the cursor (Control+.) until a row satisfies `test`; returns all rows. */
  async showCodeActions(test = () => true, { timeoutMs = 15_000 } = {}) {
    return this.waitFor(async () => {
      const rows = await this.codeActionRows();
      if (rows.some(test)) return rows;
      if (rows.length === 0) {
        await this.focusEditor();
        await this.page.keyboard.press('Control+.');
      }
      return undefined;
    }, { timeoutMs, intervalMs: 700, message: async () => `the code action menu shows ${JSON.stringify(await this.codeActionRows())}` });
  }

  /** Choose the code action satisfying `test` in the open menu (arrow keys and Enter). */
  async chooseCodeAction(test) {
    await this.focusRowAndEnter('.action-widget .monaco-list-row.action', test, {
      timeoutMs: 5000, what: async () => `no such code action; the menu shows ${JSON.stringify(await this.codeActionRows())}`,
    });
    await sleep(200);
  }

  /** Texts of the notification toasts on screen. */
  async notifications() {
    return (await this.visibleTexts('.notifications-toasts .notification-list-item-message')).map((t) => clean(t).replace(/\s+/g, ' ').trim());
  }

  /** The Mechlens status bar item ("1 ✓ 1 ✗") as { supported, contradicting, text }, or undefined when hidden. */
  async claimsStatus() {
    const texts = await this.visibleTexts('.part.statusbar .statusbar-item');
    const text = texts.map((t) => clean(t).replace(/\s+/g, ' ').trim()).find((t) => /^\d+ ✓ \d+ ✗$/.test(t));
    if (!text) return undefined;
    const [, supported, contradicting] = /^(\d+) ✓ (\d+) ✗$/.exec(text);
    return { supported: Number(supported), contradicting: Number(contradicting), text };
  }

  /**
   * The text of the Output view as one string, its rendered lines concatenated (a wrapped line's parts
   * are joined again; separate lines are joined too, so match with a pattern that knows where it ends).
   */
  async outputViewText() {
    const parts = await this.page.locator('.part.panel .monaco-editor .view-lines .view-line').evaluateAll((els) => els
      .map((el) => ({ top: parseFloat(el.style.top) || 0, text: el.textContent ?? '' }))
      .sort((a, b) => a.top - b.top)
      .map((l) => l.text));
    return clean(parts.join(''));
  }

  /** Close every editor; answers "Don't Save" if VS Code asks about unsaved changes. */
  async closeAllEditors() {
    await this.escape(2);
    if (!(await this.tabTitles()).length) return;
    await this.runCommand('View: Close All Editors');
    await this.dismissSaveDialog();
    await this.waitFor(async () => (await this.tabTitles()).length === 0 || this.dismissSaveDialog().then(() => false), {
      timeoutMs: 10_000, message: async () => `editors still open: ${JSON.stringify(await this.tabTitles())}`,
    });
  }

  async dismissSaveDialog() {
    const button = this.page.locator('.monaco-dialog-box .monaco-button', { hasText: "Don't Save" }).first();
    if (await button.isVisible().catch(() => false)) await button.click({ timeout: 3000 });
  }

  /** Hide the bottom panel (Output, Problems, …) if it is open. */
  async hidePanel() {
    if (await this.page.locator('.part.panel').first().isVisible().catch(() => false)) {
      await this.runCommand('View: Hide Panel').catch(async () => this.page.keyboard.press('Control+J'));
    }
  }

  /** Back to a clean workbench between checks. */
  async reset() {
    await this.escape(3);
    await this.closeAllEditors();
    await this.hidePanel();
    await this.escape(1);
  }

  async screenshot(path) {
    await sleep(250); // let animations settle
    await this.page.screenshot({ path });
  }
}
