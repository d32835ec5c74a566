/**
 * The bibliography files a document names: `\bibliography{a,b}` and `\addbibresource{x.bib}` in LaTeX,
 * `bibliography:` in Pandoc/Quarto front matter (a string or a list, flow or block). Paths as written.
 */

const LATEX_COMMENT = /(?<!\\)%.*$/gm;

function latexBibliographies(text: string): string[] {
  const body = text.replace(LATEX_COMMENT, '');
  const out: string[] = [];
  for (const m of body.matchAll(/\\bibliography *\{([^{}\n]{0,500})\}/g)) {
    for (const name of m[1].split(',').map((s) => s.trim()).filter(Boolean)) out.push(/\.[a-z]+$/i.test(name) ? name : `${name}.bib`);
  }
  for (const m of body.matchAll(/\\addbibresource *(?:\[[^[\]\n]{0,200}\] ?)?\{([^{}\n]{0,500})\}/g)) if (m[1].trim()) out.push(m[1].trim());
  return out;
}

const unquote = (s: string): string => s.trim().replace(/^(["'])(.*)\1$/, '$2').trim();

function frontMatterBibliographies(text: string): string[] {
  const fm = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (!fm) return [];
  const lines = fm[1].split(/\r?\n/);
  const i = lines.findIndex((l) => /^bibliography\s*:/.test(l));
  if (i < 0) return [];
  const value = lines[i].replace(/^bibliography\s*:/, '').trim();
  if (value.startsWith('[')) return value.replace(/^\[|\]\s*$/g, '').split(',').map(unquote).filter(Boolean);
  if (value !== '') return [unquote(value)];
  const out: string[] = [];
  for (const l of lines.slice(i + 1)) {
    const item = /^\s+-\s+(.*)$/.exec(l);
    if (!item) break;
    out.push(unquote(item[1]));
  }
  return out.filter(Boolean);
}

export function namedBibliographies(text: string, languageId: string): string[] {
  if (languageId === 'latex') return latexBibliographies(text);
  if (languageId === 'plaintext') return [];
  return frontMatterBibliographies(text);
}
