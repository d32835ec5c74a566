/**
 * The map's stylesheet: node shape and colour by entity family, edge heads by sign (→ promotes, ⊣
 * inhibits, — a link without direction), and the draft's claims drawn thicker with their verdict's
 * dash pattern and symbol, so a verdict reads without colour.
 */
import type cytoscape from 'cytoscape';
import { FAMILIES } from '../../core/network/families';
import { CLAIM_MARKS } from './marks';
import type { Theme } from './theme';

const ARROW_OF_SIGN = { '1': 'triangle', '-1': 'tee', '0': 'none' } as const;

export function mapStyle(theme: Theme): cytoscape.StylesheetJson {
  const style: cytoscape.StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(label)', 'font-family': theme.font, 'font-size': 11, color: theme.foreground,
        'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'ellipsis', 'text-max-width': '110px',
        width: 22, height: 22, 'border-width': 1, 'border-color': theme.foreground, 'background-opacity': 0.9,
        'text-background-color': theme.background, 'text-background-opacity': 0.7, 'text-background-padding': '1px',
      },
    },
    { selector: 'node.centre', style: { width: 32, height: 32, 'border-width': 3, 'font-weight': 'bold' } },
    { selector: 'node.added', style: { 'border-style': 'dashed', 'border-width': 2, 'background-opacity': 0.4 } },
    { selector: 'node:selected, node.focused', style: { 'border-width': 4, 'border-color': theme.focus, 'overlay-opacity': 0 } },
    { selector: 'node.match', style: { 'border-width': 4, 'border-color': theme.focus } },
    { selector: '.faded', style: { opacity: 0.15 } },
    {
      selector: 'edge',
      style: {
        width: 1.2, 'line-color': theme.muted, 'target-arrow-color': theme.muted, 'curve-style': 'bezier',
        'arrow-scale': 0.9, opacity: 0.75,
      },
    },
    { selector: 'edge.provenance-inferred, edge.provenance-class-level', style: { 'line-style': 'dashed', 'line-dash-pattern': [2, 3] } },
    {
      selector: 'edge:selected, edge.focused',
      style: {
        width: 2.5, 'line-color': theme.focus, 'target-arrow-color': theme.focus, opacity: 1,
        label: 'data(text)', 'font-size': 10, color: theme.foreground, 'text-rotation': 'autorotate',
        'text-background-color': theme.background, 'text-background-opacity': 0.9,
      },
    },
  ];
  for (const [family, f] of Object.entries(FAMILIES)) {
    style.push({ selector: `node.family-${family}`, style: { shape: f.shape, 'background-color': theme.tone[f.tone] } });
  }
  for (const [sign, arrow] of Object.entries(ARROW_OF_SIGN)) {
    style.push({ selector: `edge.sign-${sign}`, style: { 'target-arrow-shape': arrow } });
  }
  for (const [status, mark] of Object.entries(CLAIM_MARKS)) {
    style.push({
      selector: `edge.claim.status-${status}`,
      style: {
        width: 3.5, 'line-color': theme.mark[mark.tone], 'target-arrow-color': theme.mark[mark.tone], 'line-style': mark.dash,
        opacity: 1, label: 'data(mark)', 'font-size': 16, 'font-weight': 'bold', color: theme.mark[mark.tone],
        'text-background-color': theme.background, 'text-background-opacity': 1, 'text-background-padding': '2px',
        'control-point-step-size': 40, 'z-index': 10,
      },
    });
  }
  return style;
}
