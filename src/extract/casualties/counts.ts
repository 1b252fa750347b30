import { cardinalAt, isYear } from "../../text/numbers.ts";
import type { Token } from "../../text/tokens.ts";
import type { Qualifier } from "../../types.ts";
import { isPartitive } from "./grammar.ts";
import { plainBetween, type Sentence, type TokenRange } from "./sentence.ts";

/** No report counts more people than this in one claim: a larger number is something else (a year, an amount). */
export const MAX_COUNT = 100_000;

/** How many, bounded how: the words of a count. */
export interface Quantity extends TokenRange {
  count: number | null;
  qualifier: Qualifier;
  /** Given as a number («15», «خمسة عشر»), not a word for a size («عشرات», «عدد من»). */
  numeric: boolean;
  /** «العدد ذاته»: the count of the claim before, to be filled in by whoever knows it. */
  sameAsBefore: boolean;
}

export function isYearToken(token: Token): boolean {
  return token.folded.length === 4 && isYear(Number(token.folded));
}

/**
 * A number at token `index` that may count people: not too large, not followed
 * by what it counts if that is a thing («28 غارة»), not tied to a thing named
 * before it («قذائف بلغ عددها عشر»).
 */
export function peopleNumberAt(sentence: Sentence, index: number): { value: number; to: number } | undefined {
  const { lexicon, tokens } = sentence;
  const number = cardinalAt(tokens, index);
  if (!number || number.value > MAX_COUNT) return undefined;
  if (countsThingAt(sentence, number.to)) return undefined;
  for (let k = Math.max(0, index - 2); k < index; k++) {
    if (lexicon.countedThing.matchAt(tokens, k)?.to === index) return undefined;
  }
  return number;
}

/** Whether the word at token `index`, right after a count, is a thing it counts: «28 | غارة»; not past a comma. */
function countsThingAt(sentence: Sentence, index: number): boolean {
  const { lexicon, tokens, document } = sentence;
  const token = tokens[index];
  return token !== undefined && index > 0 && plainBetween(document.text, tokens[index - 1]!, token) && lexicon.notPeople.matchAt(tokens, index) !== undefined;
}

/** A count starting at token `index`: «ما لا يقل عن 15», «نحو ثلاثمئة», «عشرات», «العدد ذاته». */
export function quantityAt(sentence: Sentence, index: number): Quantity | undefined {
  const { lexicon, tokens } = sentence;
  let k = index;
  let qualifier: Qualifier | null = null;
  const bound = lexicon.boundsBefore.matchAt(tokens, k);
  if (bound) {
    qualifier = bound.value;
    k = bound.to;
  }
  if (lexicon.detachedClitics.has(tokens[k]?.folded ?? "") && cardinalAt(tokens, k + 1)) k++;
  const number = peopleNumberAt(sentence, k);
  if (number) return { count: number.value, qualifier: qualifier ?? "exact", numeric: true, sameAsBefore: false, from: index, to: number.to };
  if (bound) return undefined;
  const same = lexicon.sameCount.matchAt(tokens, k);
  if (same) return { count: null, qualifier: "exact", numeric: true, sameAsBefore: true, from: index, to: same.to };
  const vague = lexicon.vagueCounts.matchAt(tokens, k);
  // «عشرات الغارات» counts strikes
  if (vague && !countsThingAt(sentence, vague.to)) return { count: null, qualifier: vague.value, numeric: false, sameAsBefore: false, from: index, to: vague.to };
  return undefined;
}

/**
 * The count that ends just before token `index` («18 | قتيلاً», «العديد من | الجرحى»),
 * its words read from their start: «اثني عشر» is twelve, not the «عشر» before the noun.
 */
export function quantityEndingAt(sentence: Sentence, index: number, used: ReadonlySet<number>): Quantity | undefined {
  const { tokens } = sentence;
  const earliest = Math.max(0, index - 6);
  let first = index - 1;
  while (first > earliest && !used.has(first - 1)) first--;
  if (used.has(first)) return undefined;
  for (let start = first; start < index; start++) {
    const quantity = quantityAt(sentence, start);
    if (!quantity) continue;
    if (quantity.to === index) return quantity;
    if (quantity.to === index - 1 && isPartitive(sentence, tokens[index - 1])) return { ...quantity, to: index };
  }
  return undefined;
}
