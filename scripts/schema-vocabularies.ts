/**
 * Build step: the parts of lexicon/lexicon.schema.json that come from the core's vocabulary tables —
 * the context keys and their values (condition table), the relations, the entity types and the
 * provenance values — are written from those tables, so the schema never disagrees with the engine.
 * The rest of the schema is hand-written. A test fails when the file on disk is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONDITION_KEYS, RELATION_SIGNS } from '../src/core';
import { ENTITY_TYPES, PROVENANCES } from '../src/core/lexicon/types';

type Json = Record<string, unknown>;

function contextDefinition(): Json {
  const properties: Json = {};
  for (const k of CONDITION_KEYS) {
    const description = k.restricting ? `${k.description} Restricting: a sentence that does not name it is not flatly contradicted by the statement.` : k.description;
    if (k.kind === 'value') properties[k.key] = { enum: k.values.map((v) => v.value), description };
    else if (k.kind === 'entity') properties[k.key] = { $ref: '#/definitions/id', description };
    else properties[k.key] = { type: 'string', description };
  }
  return {
    type: 'object',
    additionalProperties: false,
    minProperties: 1,
    description: 'Conditions under which the review states the interaction (generated from the condition table in src/core/conditions.ts).',
    properties,
  };
}

/** The schema with its vocabulary parts written from the tables. */
export function withVocabularies(schema: Json): Json {
  const defs = schema.definitions as Json;
  defs.context = contextDefinition();
  defs.relation = { enum: Object.keys(RELATION_SIGNS) };
  defs.entityType = { enum: [...ENTITY_TYPES] };
  const interaction = defs.interaction as { properties: Json };
  interaction.properties.provenance = {
    enum: [...PROVENANCES],
    description: 'stated (default): the review says it; inferred: the curator derived it (say from what in note); class-level: spread from a statement about a group. Inferred and class-level entries never produce a Warning by themselves.',
  };
  return schema;
}

/** One line, as the hand-written schema writes small nodes: { "type": "string" }, ["a", "b"]. */
function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

/** 2-space JSON; a node that fits in 120 columns stays on one line. */
function format(value: unknown, indent = '', lead = 0): string {
  const one = inline(value);
  if (indent.length + lead + one.length <= 120 || !value || typeof value !== 'object') return one;
  const next = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((v) => next + format(v, next)).join(',\n')}\n${indent}]`;
  const entries = Object.entries(value);
  return `{\n${entries.map(([k, v]) => `${next}${JSON.stringify(k)}: ${format(v, next, JSON.stringify(k).length + 2)}`).join(',\n')}\n${indent}}`;
}

export function schemaText(root: string): string {
  const schema = JSON.parse(readFileSync(join(root, 'lexicon', 'lexicon.schema.json'), 'utf8')) as Json;
  return `${format(withVocabularies(schema))}\n`;
}

export function main(root: string): void {
  const file = join(root, 'lexicon', 'lexicon.schema.json');
  const next = schemaText(root);
  if (readFileSync(file, 'utf8') !== next) writeFileSync(file, next);
}
