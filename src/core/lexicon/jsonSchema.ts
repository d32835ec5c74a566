/**
 * A small JSON Schema (draft-07 subset) checker: just the keywords lexicon.schema.json uses.
 * The schema file stays the single source of truth for shape; semantic checks live in validate.ts.
 */
export interface SchemaIssue {
  /** JSON path as an array of keys and indices. */
  path: (string | number)[];
  message: string;
}

type Schema = Record<string, unknown>;

/**
 * Keys that name Object.prototype members (`__proto__`, `constructor`, `toString`, …) or `prototype`:
 * never a lexicon property, so they are reported as unknown even where a schema left an object open.
 */
const PROTOTYPE_KEYS: ReadonlySet<string> = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/** The schema's patterns, compiled once each (a user lexicon may hold tens of thousands of ids). */
const PATTERNS = new Map<string, RegExp>();
function patternOf(source: string): RegExp {
  let re = PATTERNS.get(source);
  if (re === undefined) {
    re = new RegExp(source, 'u');
    PATTERNS.set(source, re);
  }
  return re;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** A string as messages quote it: JSON-escaped (no raw control characters), cut after 40 characters. */
function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

function describe(value: unknown): string {
  const t = typeOf(value);
  if (t === 'string') return quote(value as string);
  if (t === 'integer' || t === 'number' || t === 'boolean' || t === 'null') return String(value);
  return `an ${t === 'array' ? 'array' : t === 'object' ? 'object' : t}`;
}

export function checkSchema(root: Schema, value: unknown): SchemaIssue[] {
  return checkSchemaLimited(root, value, Infinity).issues;
}

/**
 * The first `maxIssues` problems, and how many there are in all: a hostile file with a million bad
 * entries costs a count, not a million located messages.
 */
export function checkSchemaLimited(root: Schema, value: unknown, maxIssues: number): { issues: SchemaIssue[]; total: number } {
  const kept: SchemaIssue[] = [];
  let total = 0;
  /**
   * The path of the value being checked, one stack for the whole walk (a file of 50,000 entities has
   * millions of values; a path array each would be most of the work). Copied only into a kept issue.
   */
  const path: (string | number)[] = [];
  const report = (message: string, last?: string | number): void => {
    total++;
    if (kept.length >= maxIssues) return;
    const at = [...path];
    if (last !== undefined) at.push(last);
    kept.push({ path: at, message });
  };
  const resolved = new Map<Schema, Schema>();
  const resolve = (schema: Schema): Schema => {
    let target = resolved.get(schema);
    if (target === undefined) {
      target = resolveRef(schema);
      resolved.set(schema, target);
    }
    return target;
  };
  const resolveRef = (schema: Schema): Schema => {
    const ref = schema.$ref;
    if (typeof ref === 'string' && ref.startsWith('#/')) {
      let node: unknown = root;
      for (const part of ref.slice(2).split('/')) node = node !== null && typeof node === 'object' && hasOwn(node, part) ? (node as Schema)[part] : undefined;
      if (node === null || typeof node !== 'object') throw new Error(`lexicon schema: unresolved $ref ${ref}`);
      return resolveRef(node as Schema);
    }
    return schema;
  };
  const visitAt = (raw: Schema, v: unknown, key: string | number): void => {
    path.push(key);
    visit(raw, v);
    path.pop();
  };
  const visit = (raw: Schema, v: unknown): void => {
    const schema = resolve(raw);
    const actual = typeOf(v);
    if (Array.isArray(schema.enum)) {
      if (!schema.enum.includes(v as never)) {
        report(`${describe(v)} is not one of ${schema.enum.map((e) => JSON.stringify(e)).join(', ')}`);
      }
      return;
    }
    const expected = schema.type as string | undefined;
    if (expected !== undefined) {
      const ok = expected === actual || (expected === 'number' && actual === 'integer');
      if (!ok) {
        report(`expected ${expected === 'integer' ? 'a whole number' : `a ${expected}`}, found ${describe(v)}`);
        return;
      }
    }
    if (actual === 'string') {
      const s = v as string;
      if (typeof schema.minLength === 'number' && s.length < schema.minLength) {
        report(s.length === 0 ? 'must not be empty' : `must be at least ${schema.minLength} characters long`);
      }
      if (typeof schema.pattern === 'string' && !patternOf(schema.pattern).test(s)) {
        report(`${describe(s)} is not a valid id (lowercase ASCII words joined by single hyphens, e.g. "tnf-alpha")`);
      }
    }
    if (actual === 'integer' || actual === 'number') {
      const n = v as number;
      if (typeof schema.minimum === 'number' && n < schema.minimum) report(`${n} is below the minimum ${schema.minimum}`);
      if (typeof schema.maximum === 'number' && n > schema.maximum) report(`${n} is above the maximum ${schema.maximum}`);
    }
    if (actual === 'array') {
      const arr = v as unknown[];
      if (typeof schema.minItems === 'number' && arr.length < schema.minItems) {
        report(arr.length === 0 ? 'must not be empty' : `needs at least ${schema.minItems} items`);
      }
      if (schema.uniqueItems === true && arr.length > 1) {
        // Items compared as JSON: strings (nearly all) by themselves, anything else by its JSON text.
        const strings = new Set<string>();
        const others = new Set<string>();
        arr.forEach((item, i) => {
          const seen = typeof item === 'string' ? strings : others;
          const key = typeof item === 'string' ? item : JSON.stringify(item);
          if (seen.has(key)) report(`duplicate item ${describe(item)}`, i);
          seen.add(key);
        });
      }
      if (schema.items !== undefined) arr.forEach((item, i) => visitAt(schema.items as Schema, item, i));
    }
    if (actual === 'object') {
      const obj = v as Record<string, unknown>;
      const props = (schema.properties ?? {}) as Record<string, Schema>;
      for (const req of (schema.required as string[] | undefined) ?? []) {
        if (!hasOwn(obj, req)) report(`missing required property "${req}"`);
      }
      if (typeof schema.minProperties === 'number' && Object.keys(obj).length < schema.minProperties) {
        report('must not be empty');
      }
      // Own properties only, on both sides: "constructor" is not a property the schema declares just
      // because every object inherits one.
      for (const key of Object.keys(obj)) {
        const child = obj[key];
        const sub = hasOwn(props, key) && !PROTOTYPE_KEYS.has(key) ? props[key] : undefined;
        if (sub === undefined) {
          if (schema.additionalProperties === false || PROTOTYPE_KEYS.has(key)) report(`unknown property ${quote(key)}`, key);
          continue;
        }
        visitAt(sub, child, key);
      }
    }
  };
  visit(root, value);
  return { issues: kept, total };
}
