/**
 * A claim about a pair the review never relates, judged by the inflammatory character the review gives
 * both terms: agreement is "supported" (through the characters), disagreement only a possible
 * contradiction — never a Warning, because the review does not state the pair.
 */
import { strict as assert } from 'node:assert';
import { analyzer } from '../support/lexicon';

function judged(text: string) {
  const r = analyzer().analyze({ text, languageId: 'markdown' });
  return { claims: r.claims, diagnostics: r.diagnostics };
}

describe('judging by inflammatory character', () => {
  it('a pro-inflammatory cytokine promoting a pro-inflammatory phenotype is supported through the characters', () => {
    // (Of inflammation itself the review says the cytokine's class promotes it: judged through the class.)
    const { claims } = judged('IL-17 promotes the pro-inflammatory phenotype.');
    const c = claims.find((x) => x.subject === 'il-17' && x.object === 'pro-inflammatory-phenotype');
    assert.ok(c, 'the claim is read');
    assert.equal(c.status, 'supports');
    assert.equal(c.path, 'character');
    assert.equal(c.provenance, 'inferred');
  });

  it('the opposite direction is at most a possible contradiction (Information), never a Warning', () => {
    const { claims, diagnostics } = judged('IL-17 reduces inflammation.');
    const c = claims.find((x) => x.subject === 'il-17' && x.object === 'inflammation');
    assert.ok(c);
    assert.equal(c.status, 'contradicts');
    const d = diagnostics.find((x) => x.claim === claims.indexOf(c));
    assert.ok(d);
    assert.equal(d.severity, 'information');
    assert.equal(d.certainty, 'possible');
  });

  it('says nothing between two cytokines (both pro-inflammatory is no statement that one induces the other)', () => {
    const { claims } = judged('TNF-α induces IL-1.');
    const c = claims.find((x) => x.subject === 'tnf-alpha' && x.object === 'il-1');
    assert.ok(!c || c.status === 'unknown', `got ${c?.status} through ${c?.path}`);
  });

  it('a statement the review makes about the pair comes first', () => {
    const { claims } = judged('TGF-β promotes inflammation.');
    const c = claims.find((x) => x.subject === 'tgf-beta' && x.object === 'inflammation');
    assert.ok(c);
    assert.equal(c.path, 'direct');
  });
});
