// The checks of the real-editor tier, in the order they run. Each is { name, run(wb, ctx) }: it starts
// from a clean workbench (no editor open), throws an Error saying what it saw when the feature misbehaves,
// and may return a short note. To add a check, write a module like these and list it here.
// Check Workspace runs last: it fills Problems with the diagnostics of every file in the workspace.
import activation from './activation.mjs';
import checkWorkspace from './checkWorkspace.mjs';
import citations from './citations.mjs';
import cite from './cite.mjs';
import completion from './completion.mjs';
import definition from './definition.mjs';
import diagnostics from './diagnostics.mjs';
import hover from './hover.mjs';
import lexicon from './lexicon.mjs';
import map from './map.mjs';
import reading from './reading.mjs';
import rewrite from './rewrite.mjs';
import search from './search.mjs';
import snippet from './snippet.mjs';
import suppression from './suppression.mjs';
import typing from './typing.mjs';
import walk from './walk.mjs';

export default [
  hover, completion, definition, walk, search, snippet, activation,
  diagnostics, rewrite, cite, citations, suppression, reading, typing, lexicon, map, checkWorkspace,
];
