import type { Token } from "../../text/tokens.ts";
import { cardinalAt } from "../../text/numbers.ts";
import type { Sentence } from "./sentence.ts";

/** The grammar words the reading leans on, as the lexicon gives them: conjunction, partitive, article written apart. */

/** The conjunction written alone: «و 4 من مقاتلي المعارضة». */
export function isConjunction(sentence: Sentence, token: Token | undefined): boolean {
  return token !== undefined && sentence.lexicon.conjunctions.has(token.folded);
}

/**
 * Whether a token opens with a conjunction, alone or on the word: «و», «وامرأة»,
 * «وجريحاً». «واحد» is a number of its own, not «و» + «احد».
 */
export function opensWithConjunction(sentence: Sentence, token: Token | undefined): boolean {
  if (!token || !sentence.lexicon.conjunctions.has(token.folded[0] ?? "")) return false;
  return isConjunction(sentence, token) || cardinalAt([{ ...token, keys: [token.folded] }], 0) === undefined;
}

/** «من» between a count and its people: «العديد من القتلى», «3 من المدنيين». */
export function isPartitive(sentence: Sentence, token: Token | undefined): boolean {
  return token !== undefined && token.keys.some((key) => sentence.lexicon.partitives.has(key));
}

/** The article written apart: «الـ 24». */
export function isDetachedArticle(sentence: Sentence, token: Token | undefined): boolean {
  return token !== undefined && token.folded === sentence.lexicon.detachedArticle;
}
