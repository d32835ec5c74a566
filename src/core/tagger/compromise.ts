/**
 * compromise as the claim reader uses it — its tokenizer and first-pass tagger — without the half
 * second the full package spends at every start expanding its lexicon (conjugating every verb, inflecting
 * every noun and adjective) and merging its plugins' models. That model is built once by the build
 * (scripts/compromise-model.ts: the full package, taught the cue verbs' forms) into
 * generated/compromise-model.json; here compromise's tokenizer build is given the first-pass tagger's
 * code and that model. The tags are the full package's, token for token (test/core/tagger.test.ts).
 */
/// <reference path="./compromise-internals.d.ts" />
// (Referenced, not only included: the webview's project reaches this file through the core too.)
import nlp from 'compromise/one';
import preTagger from 'compromise-internals/2-two/preTagger/compute/tagger/index.js';
import quickSplit from 'compromise-internals/2-two/preTagger/methods/quickSplit.js';
import model from '../../../generated/compromise-model.json';
import { reviveModel, type EncodedModel } from './snapshot';

export type Compromise = typeof nlp;

let loaded: Compromise | undefined;

/** The tokenizer with the first-pass tagger and the build's model; made on first use, then shared. */
export function loadCompromise(): Compromise {
  if (loaded) return loaded;
  nlp.plugin({ compute: { preTagger }, methods: { two: { quickSplit } } });
  // compromise's documents read the model through the object they were made with, so its contents are
  // replaced, not the object.
  const revived = reviveModel(model as EncodedModel);
  const target = nlp.model() as Record<string, unknown>;
  for (const key of Object.keys(target)) delete target[key];
  Object.assign(target, revived);
  loaded = nlp;
  return loaded;
}
