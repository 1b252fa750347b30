import { cardinalAt, isYear } from "../../text/numbers.ts";
import type { Token } from "../../text/tokens.ts";
import type { Qualifier } from "../../types.ts";
import type { Sentence } from "./sentence.ts";

/** No report counts more people than this in one claim: a larger number is something else (a year, an amount). */
export const MAX_COUNT = 100_000;

/** How many, bounded how, and where the words of the count begin. */
export interface Quantity {
  count: number | null;
  qualifier: Qualifier;
  /** Sentence token the count's words start at. */
  from: number;
}

export function isYearToken(token: Token): boolean {
  return token.folded.length === 4 && isYear(Number(token.folded));
}

/** A count just before token `index`: «18», «ما لا يقل عن 15», «العديد من», «عشرات». */
export function quantityBefore(sentence: Sentence, index: number, used: ReadonlySet<number>): Quantity | undefined {
  const { lexicon, tokens } = sentence;
  for (let start = index - 1; start >= Math.max(0, index - 5); start--) {
    if (used.has(start)) break;
    const vague = lexicon.vagueCounts.matchAt(tokens, start);
    if (vague && (vague.to === index || (vague.to === index - 1 && tokens[index - 1]?.folded === "من"))) {
      return { count: null, qualifier: vague.value, from: start };
    }
    const number = cardinalAt(tokens, start);
    if (number && number.to === index && number.value <= MAX_COUNT) {
      let from = start;
      let qualifier: Qualifier = "exact";
      for (let b = start - 1; b >= Math.max(0, start - 4); b--) {
        const bound = lexicon.boundsBefore.matchAt(tokens, b);
        if (bound && bound.to === start) {
          qualifier = bound.value;
          from = b;
          break;
        }
      }
      return { count: number.value, qualifier, from };
    }
  }
  return undefined;
}
