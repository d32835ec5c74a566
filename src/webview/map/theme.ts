/**
 * Colours of the map from the editor's theme: VS Code gives a webview its theme as CSS variables, and
 * changes them (and the body's class) when the user switches theme. Cytoscape needs plain colour
 * strings, so they are read here and read again on a change.
 */
import type { Tone } from '../../core/network/families';
import type { MarkTone } from './marks';

export interface Theme {
  foreground: string;
  background: string;
  muted: string;
  focus: string;
  font: string;
  tone: Record<Tone, string>;
  mark: Record<MarkTone, string>;
}

function cssVariable(name: string, fallback: string): string {
  const value = getComputedStyle(document.body).getPropertyValue(name).trim();
  return value || fallback;
}

export function readTheme(): Theme {
  const foreground = cssVariable('--vscode-editor-foreground', '#333333');
  return {
    foreground,
    background: cssVariable('--vscode-editor-background', '#ffffff'),
    muted: cssVariable('--vscode-descriptionForeground', '#717171'),
    focus: cssVariable('--vscode-focusBorder', '#0090f1'),
    font: cssVariable('--vscode-font-family', 'sans-serif'),
    tone: {
      blue: cssVariable('--vscode-charts-blue', '#1a85ff'),
      orange: cssVariable('--vscode-charts-orange', '#d18616'),
      purple: cssVariable('--vscode-charts-purple', '#652d90'),
      green: cssVariable('--vscode-charts-green', '#388a34'),
      yellow: cssVariable('--vscode-charts-yellow', '#bf8803'),
      red: cssVariable('--vscode-charts-red', '#e51400'),
    },
    mark: {
      positive: cssVariable('--vscode-testing-iconPassed', cssVariable('--vscode-charts-green', '#388a34')),
      warning: cssVariable('--vscode-editorWarning-foreground', '#bf8803'),
      info: cssVariable('--vscode-editorInfo-foreground', '#1a85ff'),
    },
  };
}

/** Calls `changed` when the editor's theme changes (VS Code swaps the body's class: vscode-light, vscode-dark …). */
export function onThemeChange(changed: () => void): void {
  new MutationObserver(changed).observe(document.body, { attributes: true, attributeFilter: ['class', 'style'] });
}
