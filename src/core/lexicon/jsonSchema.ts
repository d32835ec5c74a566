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
  /**
   * Each schema node made once into a check of a value (its $ref followed, its keywords read, its
   * pattern compiled): a file of 50,000 entities has millions of values, and reading every keyword of
   * the node at every value was most of the walk. The checks report what the keywords say, in their order.
   */
  const checks = new Map<Schema, (v: unknown) => void>();
  const checkOf = (raw: Schema): ((v: unknown) => void) => {
    let check = checks.get(raw);
    if (check === undefined) {
      let made: ((v: unknown) => void) | undefined;
      checks.set(raw, (v) => (made as (v: unknown) => void)(v)); // a node that contains itself, through $ref
      made = makeCheck(resolve(raw));
      checks.set(raw, made);
      check = made;
    }
    return check;
  };
  const at = (check: (v: unknown) => void, v: unknown, key: string | number): void => {
    path.push(key);
    check(v);
    path.pop();
  };
  const makeCheck = (schema: Schema): ((v: unknown) => void) => {
    const enumList = Array.isArray(schema.enum) ? (schema.enum as unknown[]) : undefined;
    const expected = schema.type as string | undefined;
    const minLength = typeof schema.minLength === 'number' ? schema.minLength : undefined;
    const pattern = typeof schema.pattern === 'string' ? patternOf(schema.pattern) : undefined;
    const minimum = typeof schema.minimum === 'number' ? schema.minimum : undefined;
    const maximum = typeof schema.maximum === 'number' ? schema.maximum : undefined;
    const minItems = typeof schema.minItems === 'number' ? schema.minItems : undefined;
    const uniqueItems = schema.uniqueItems === true;
    const itemsSchema = schema.items as Schema | undefined;
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    const required = (schema.required as string[] | undefined) ?? [];
    const minProperties = typeof schema.minProperties === 'number' ? schema.minProperties : undefined;
    const closed = schema.additionalProperties === false;
    let items: ((v: unknown) => void) | undefined;
    /** The check of each declared property, made when first needed. */
    const propChecks = new Map<string, (v: unknown) => void>();
    const propCheck = (key: string): ((v: unknown) => void) | undefined => {
      let check = propChecks.get(key);
      if (check === undefined && hasOwn(props, key) && !PROTOTYPE_KEYS.has(key)) {
        check = checkOf(props[key]);
        propChecks.set(key, check);
      }
      return check;
    };
    return (v: unknown): void => {
      const actual = typeOf(v);
      if (enumList !== undefined) {
        if (!enumList.includes(v as never)) {
          report(`${describe(v)} is not one of ${enumList.map((e) => JSON.stringify(e)).join(', ')}`);
        }
        return;
      }
      if (expected !== undefined) {
        const ok = expected === actual || (expected === 'number' && actual === 'integer');
        if (!ok) {
          report(`expected ${expected === 'integer' ? 'a whole number' : `a ${expected}`}, found ${describe(v)}`);
          return;
        }
      }
      if (actual === 'string') {
        const s = v as string;
        if (minLength !== undefined && s.length < minLength) {
          report(s.length === 0 ? 'must not be empty' : `must be at least ${minLength} characters long`);
        }
        if (pattern !== undefined && !pattern.test(s)) {
          report(`${describe(s)} is not a valid id (lowercase ASCII words joined by single hyphens, e.g. "tnf-alpha")`);
        }
      }
      if (actual === 'integer' || actual === 'number') {
        const n = v as number;
        if (minimum !== undefined && n < minimum) report(`${n} is below the minimum ${minimum}`);
        if (maximum !== undefined && n > maximum) report(`${n} is above the maximum ${maximum}`);
      }
      if (actual === 'array') {
        const arr = v as unknown[];
        if (minItems !== undefined && arr.length < minItems) {
          report(arr.length === 0 ? 'must not be empty' : `needs at least ${minItems} items`);
        }
        if (uniqueItems && arr.length > 1) {
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
        if (itemsSchema !== undefined) {
          items ??= checkOf(itemsSchema);
          const check = items;
          arr.forEach((item, i) => at(check, item, i));
        }
      }
      if (actual === 'object') {
        const obj = v as Record<string, unknown>;
        for (const req of required) {
          if (!hasOwn(obj, req)) report(`missing required property "${req}"`);
        }
        if (minProperties !== undefined && Object.keys(obj).length < minProperties) {
          report('must not be empty');
        }
        // Own properties only, on both sides: "constructor" is not a property the schema declares just
        // because every object inherits one.
        for (const key of Object.keys(obj)) {
          const check = propCheck(key);
          if (check === undefined) {
            if (closed || PROTOTYPE_KEYS.has(key)) report(`unknown property ${quote(key)}`, key);
            continue;
          }
          at(check, obj[key], key);
        }
      }
    };
  };
  checkOf(root)(value);
  return { issues: kept, total };
}
