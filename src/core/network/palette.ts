/**
 * The fixed print palette of the SVG maps: each family's tone (families.ts) as a light fill for the
 * label box under dark text, and a stronger colour for its glyph. Readable printed in grey and in
 * either colour scheme (a map draws its own light background); the glyph's outline tells the
 * families apart where colours do not.
 */
import { familyOf, type Tone } from './families';

export const TONE_PRINT: Readonly<Record<Tone, { fill: string; glyph: string }>> = Object.freeze({
  blue: { fill: '#d0ebff', glyph: '#1c7ed6' },
  orange: { fill: '#ffe8cc', glyph: '#e8590c' },
  purple: { fill: '#e5dbff', glyph: '#7048e8' },
  green: { fill: '#d3f9d8', glyph: '#2f9e44' },
  yellow: { fill: '#fff3bf', glyph: '#f08c00' },
  red: { fill: '#ffe3e3', glyph: '#e03131' },
});

/** The print colours of an entity type (a type a user lexicon added beyond the table: its family's default). */
export function printColours(type: string): { fill: string; glyph: string } {
  return TONE_PRINT[familyOf(type).tone];
}

/** Stroke colours of the claim verdicts' tones (CLAIM_MARKS), dark enough on the light map. */
export const TONE_STROKES: Readonly<Record<'positive' | 'warning' | 'info', string>> = Object.freeze({
  positive: '#2b8a3e',
  warning: '#c92a2a',
  info: '#1864ab',
});

export const TEXT_COLOUR = '#212529';
export const REVIEW_EDGE_COLOUR = '#868e96';
