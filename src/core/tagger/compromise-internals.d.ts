// compromise's first-pass tagger and its sentence splitter, reached inside the package (its exports
// map offers only whole builds, and every build that has them expands its lexicon when loaded).
// tsconfig.json maps compromise-internals/* to node_modules/compromise/src/*.
declare module 'compromise-internals/2-two/preTagger/compute/tagger/index.js' {
  const preTagger: (view: unknown) => void;
  export default preTagger;
}
declare module 'compromise-internals/2-two/preTagger/methods/quickSplit.js' {
  const quickSplit: (docs: unknown) => unknown;
  export default quickSplit;
}
