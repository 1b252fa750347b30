import type { CasualtyLexicon } from "../../knowledge/casualty-lexicon.ts";
import type { Token } from "../../text/tokens.ts";
import type { ActorFindings, ActorMention } from "../actors.ts";
import type { Document, Line, Span } from "../segment.ts";

/** The tokens of one sentence, with what is known around them. */
export interface Sentence {
  lexicon: CasualtyLexicon;
  document: Document;
  line: Line;
  span: Span;
  tokens: readonly Token[];
  /** Index in `line.tokens` of the sentence's first token. */
  offset: number;
  actors: ActorMention[];
}

/** A stretch of a sentence's tokens, `[from, to)`, sentence-relative. */
export interface TokenRange {
  from: number;
  to: number;
}

/** The sentence's tokens, found from `first` on: sentences come in order, so each token is looked at once. */
export function sentenceOf(lexicon: CasualtyLexicon, document: Document, line: Line, span: Span, first: number, actors: ActorFindings): Sentence {
  let offset = first;
  while (offset < line.tokens.length && line.tokens[offset]!.start < span.start) offset++;
  let end = offset;
  while (end < line.tokens.length && line.tokens[end]!.end <= span.end) end++;
  const tokens = line.tokens.slice(offset, end);
  const mentions = (actors.byLine.get(line) ?? []).filter((m) => m.from >= offset && m.to <= end);
  return { lexicon, document, line, span, tokens, offset, actors: mentions };
}

/** The actor named from sentence token `index` on. */
export function mentionAt(sentence: Sentence, index: number): ActorMention | undefined {
  return sentence.actors.find((m) => m.from - sentence.offset === index);
}

const CLAUSE_END = /[،,؛;:.!?؟]/u;

/** From the punctuation before a range to the punctuation after it, not reaching back past token `previousEnd`. */
export function clauseRange(sentence: Sentence, range: TokenRange, previousEnd: number): { start: number; end: number } {
  const { document, span, tokens } = sentence;
  let start = tokens[range.from]!.start;
  let end = tokens[range.to - 1]!.end;
  const floor = previousEnd > 0 ? tokens[previousEnd - 1]!.end : span.start;
  while (start > floor && !CLAUSE_END.test(document.text[start - 1]!)) start--;
  while (end < span.end && !CLAUSE_END.test(document.text[end]!)) end++;
  return { start, end };
}

/** The clause a claim rests on, an exact substring of the report. */
export function evidenceOf(sentence: Sentence, range: TokenRange, previousEnd: number): string {
  const { start, end } = clauseRange(sentence, range, previousEnd);
  // a clause never opens on the tanween of the word before it
  return sentence.document.text.slice(start, end).replace(/^[\p{M}\s]+/u, "").trim();
}

const PLAIN_GAP = /[^\s\p{M}\u0640"'“”«»()]/u;

/** Whether two neighbouring tokens stand in one phrase: only spaces, harakat and quote marks between them. */
export function plainBetween(text: string, left: Token, right: Token): boolean {
  return !PLAIN_GAP.test(text.slice(left.end, right.start));
}
