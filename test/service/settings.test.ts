/** The settings every host shares: package.json declares exactly the service's keys, with its defaults. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, SEVERITY_SETTINGS } from '../../src/service';
import { ROOT } from '../support/lexicon';

/** The defaults as dotted keys, the way package.json names them ("mechlens.severity.contradiction"). */
function flatten(value: unknown, prefix: string, out: Record<string, unknown>): Record<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, `${prefix}.${k}`, out);
  } else out[prefix] = value;
  return out;
}

describe('settings', () => {
  const declared = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).contributes.configuration.properties as Record<string, { default: unknown; enum?: string[] }>;

  it('package.json declares every setting with the service’s default, and nothing else', () => {
    const defaults = flatten(DEFAULT_SETTINGS, 'mechlens', {});
    assert.deepEqual(Object.keys(declared).sort(), Object.keys(defaults).sort());
    for (const [key, value] of Object.entries(defaults)) assert.deepEqual(declared[key].default, value, key);
  });

  it('offers the severity values the service reads', () => {
    for (const [key, p] of Object.entries(declared)) if (key.startsWith('mechlens.severity.')) assert.deepEqual(p.enum, [...SEVERITY_SETTINGS], key);
  });
});
