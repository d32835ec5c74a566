/** A mechanism as a snippet: a well-formed sentence with tab stops and a citation in the file's style. */
import { formatRefs } from '../judge';
import type { LexiconIndex } from '../lexicon/lexiconIndex';
import type { CompiledMechanism } from '../lexicon/types';
import { mechanismParts } from './entries';

export type CitationStyle = 'markdown' | 'latex' | 'plaintext';

/** Snippet syntax reserves $, } and \: literal text escapes them. */
function literal(text: string): string {
  return text.replace(/[$}\\]/g, (c) => `\\${c}`);
}

export function citationStyleOf(languageId: string): CitationStyle {
  if (languageId === 'latex' || languageId === 'tex') return 'latex';
  if (languageId === 'plaintext') return 'plaintext';
  return 'markdown';
}

/** "${1:M-CSF} binds CSF1R, … osteoclast differentiation [${2:89-92}].$0" (LaTeX: "~\cite{${2:ref89}}"). */
export function mechanismSnippet(index: LexiconIndex, m: CompiledMechanism, style: CitationStyle): string {
  const { subject, rest } = mechanismParts(index, m);
  const numbers = formatRefs(m.refs).slice(1, -1);
  const cite = style === 'latex' ? `~\\\\cite{\${2:ref${numbers.split(/[,-]/)[0]}}}` : ` [\${2:${numbers}}]`;
  return `\${1:${literal(subject)}}${literal(rest)}${cite}.$0`;
}
