import type { CasualtyLexicon } from "../../knowledge/casualty-lexicon.ts";
import type { Token } from "../../text/tokens.ts";
import type { ActorFindings, ActorMention } from "../actors.ts";
import type { Document, Line, Span } from "../segment.ts";
import type { Group } from "./groups.ts";

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
  /** What each actor is doing in the sentence, worked out once (see `roleOf`). */
  roles: Map<ActorMention, Role>;
  /** Whether the sentence speaks of civilians anywhere, worked out once (see `mentionsCivilians`). */
  civilians?: boolean;
  /** Whether the sentence has a quote mark, worked out once (see `hasQuotes`). */
  quoted?: boolean;
  /** Where its punctuation stands, worked out once (see `clauseRange`). */
  breaks?: readonly number[];
  /** The group of people read at each token, worked out once (see `groupAt`): the readings ask for the same words many times. */
  groups: Map<number, Group | null>;
}

/**
 * What the sentence has an actor doing: acting («طيران النظام», «بقصف لداعش»,
 * «داعش أعدم»), acted on («باستهداف …»), holding a place («مناطق سيطرة قسد»),
 * telling («أعلنت قسد …») or none of these.
 */
export type Role = "agent" | "target" | "territory" | "claimant" | "neutral";

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
  return { lexicon, document, line, span, tokens, offset, actors: mentions, roles: new Map(), groups: new Map() };
}

/** The actor named from sentence token `index` on. */
export function mentionAt(sentence: Sentence, index: number): ActorMention | undefined {
  const { actors, offset } = sentence;
  for (let k = 0; k < actors.length; k++) if (actors[k]!.from - offset === index) return actors[k];
  return undefined;
}

const CLAUSE_END = /[،,؛;:.!?؟]/gu;

/** From the punctuation before a range to the punctuation after it, not reaching back past token `previousEnd`. */
export function clauseRange(sentence: Sentence, range: TokenRange, previousEnd: number): { start: number; end: number } {
  const { span, tokens } = sentence;
  const from = tokens[range.from]!.start;
  const to = tokens[range.to - 1]!.end;
  const floor = previousEnd > 0 ? tokens[previousEnd - 1]!.end : span.start;
  let start = floor;
  let end = span.end;
  for (const at of clauseBreaks(sentence)) {
    if (at < from && at + 1 > start) start = at + 1;
    if (at >= to) {
      end = at;
      break;
    }
  }
  return { start: Math.min(start, from), end };
}

/** Where the sentence's punctuation stands, in order, worked out once. */
function clauseBreaks(sentence: Sentence): readonly number[] {
  if (!sentence.breaks) {
    const breaks: number[] = [];
    for (const found of sentence.span.text.matchAll(CLAUSE_END)) breaks.push(sentence.span.start + found.index);
    sentence.breaks = breaks;
  }
  return sentence.breaks;
}

/** The clause a claim rests on, an exact substring of the report. */
export function evidenceOf(sentence: Sentence, range: TokenRange, previousEnd: number): string {
  const { start, end } = clauseRange(sentence, range, previousEnd);
  // a clause never opens on the tanween of the word before it
  return sentence.document.text.slice(start, end).replace(/^[\p{M}\s]+/u, "").trim();
}

const PLAIN_CHAR = /[\s\p{M}\p{Cf}\u0640"'“”«»()]/u;

/** Whether two neighbouring tokens stand in one phrase: only spaces, harakat and quote marks between them. */
export function plainBetween(text: string, left: Token, right: Token): boolean {
  for (let p = left.end; p < right.start; p++) {
    const char = text[p]!;
    if (char !== " " && !PLAIN_CHAR.test(char)) return false;
  }
  return true;
}
