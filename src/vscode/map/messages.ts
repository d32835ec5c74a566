/**
 * Messages between the Mechanism Map's webview and the extension (types only: the webview's bundle
 * imports them too). The webview never reads files or runs commands itself: it asks, the extension acts.
 */
import type { MapParams, MapResult } from '../../service/protocol';

/** Extension → webview. */
export type ToWebview =
  /** A view to draw: `relayout` false keeps the positions of nodes already drawn (a live claim update). */
  | { type: 'show'; map: MapResult; params: MapParams; relayout: boolean }
  /** Export the current view as PNG (the webview renders it; the extension saves it). */
  | { type: 'exportPng' }
  /** Positions for an SVG export of the current view. */
  | { type: 'exportSvg' };

/** Webview → extension. */
export type FromWebview =
  | { type: 'ready' }
  | { type: 'openEntry'; id: string }
  | { type: 'revealClaim'; claim: number }
  /** Show another view: recentre, change depth or filters. */
  | { type: 'view'; params: MapParams }
  | { type: 'png'; dataUrl: string }
  | { type: 'svg'; positions: Record<string, { x: number; y: number }> }
  /** Measured in the webview: layout time, for the timing log and the e2e check. */
  | { type: 'laidOut'; nodes: number; edges: number; ms: number };
