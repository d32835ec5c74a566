/**
 * The HTML report's only style sheet, inline (the page loads nothing). Verdicts are told apart by
 * symbol and words first; colour (light and dark schemes) only adds to them. The summary comes last
 * in the page, once every file is counted, and is shown first.
 */
export const HTML_STYLE = `
:root { color-scheme: light dark; --fg: #212529; --bg: #ffffff; --muted: #5c636a; --rule: #dee2e6; --card: #f8f9fa;
  --positive: #2b8a3e; --warning: #c92a2a; --info: #1864ab; --none: #868e96; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e9ecef; --bg: #1a1b1e; --muted: #adb5bd; --rule: #373a40; --card: #25262b;
    --positive: #69db7c; --warning: #ff8787; --info: #74c0fc; --none: #adb5bd; }
}
body { font: 15px/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg); margin: 0 auto; max-width: 60rem;
  padding: 1rem 1.5rem 3rem; display: flex; flex-direction: column; }
header { order: -2; }
#summary { order: -1; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.25rem; border-bottom: 1px solid var(--rule); padding-bottom: 0.2rem; margin-top: 2rem; }
a { color: var(--info); }
.muted { color: var(--muted); }
table { border-collapse: collapse; }
td, th { text-align: left; padding: 0.15rem 1rem 0.15rem 0; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.mark { display: inline-block; min-width: 1.3em; font-weight: bold; }
ol.claims { list-style: none; padding: 0; }
li.claim { background: var(--card); border-left: 5px solid var(--none); margin: 0.8rem 0; padding: 0.5rem 0.9rem; }
li.claim.positive { border-left-color: var(--positive); }
li.claim.warning { border-left-color: var(--warning); border-left-style: double; border-left-width: 6px; }
li.claim.info { border-left-color: var(--info); border-left-style: dotted; }
.positive .mark { color: var(--positive); } .warning .mark { color: var(--warning); } .info .mark { color: var(--info); }
.verdict { margin: 0; }
blockquote { margin: 0.4rem 0; padding-left: 0.8rem; border-left: 2px solid var(--rule); font-style: italic; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 1rem; margin: 0.3rem 0 0; }
dt { color: var(--muted); }
dd { margin: 0; }
figure { margin: 1rem 0; overflow-x: auto; }
figure svg { max-width: 100%; height: auto; box-sizing: border-box; border: 1px solid var(--rule); border-radius: 4px; }
figcaption { color: var(--muted); font-size: 0.9rem; }
@media print { body { max-width: none; } li.claim { break-inside: avoid; } }
`;
