/**
 * How the maps colour entity types: one table, light fills under dark text, so a map stays readable
 * printed in grey and in either colour scheme (a map draws its own light background).
 */
import type { EntityType } from '../lexicon/types';

export const ENTITY_FILLS: Readonly<Record<EntityType, string>> = Object.freeze({
  cell: '#ffd8a8',
  cytokine: '#a5d8ff',
  chemokine: '#99e9f2',
  'growth-factor': '#b2f2bb',
  receptor: '#d0bfff',
  ligand: '#eebefa',
  'signalling-molecule': '#ffc9c9',
  'transcription-factor': '#fcc2d7',
  protein: '#e9ecef',
  'small-molecule': '#fff3bf',
  component: '#c3fae8',
  mirna: '#d8f5a2',
  pathway: '#bac8ff',
  process: '#f1f3f5',
  treatment: '#ffe8cc',
  condition: '#dee2e6',
  biomaterial: '#e6fcf5',
  disease: '#ffe3e3',
});

/** Fill of a type a user lexicon may have added beyond the table. */
export const OTHER_FILL = '#ffffff';

export function fillOf(type: string): string {
  return (ENTITY_FILLS as Readonly<Record<string, string>>)[type] ?? OTHER_FILL;
}

/** Stroke colours of the claim verdicts' tones (CLAIM_MARKS), dark enough on the light map. */
export const TONE_STROKES: Readonly<Record<'positive' | 'warning' | 'info', string>> = Object.freeze({
  positive: '#2b8a3e',
  warning: '#c92a2a',
  info: '#1864ab',
});

export const TEXT_COLOUR = '#212529';
export const REVIEW_EDGE_COLOUR = '#868e96';
