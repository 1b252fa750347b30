import { fold, lookupKeys } from "../../text/normalise.ts";

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * A reader's query in the form the index holds: each word folded and reduced
 * to its barest key, the same derivation as the indexed terms (`search-terms.ts`).
 */
export function normaliseQuery(query: string): string {
  const words: string[] = [];
  for (const match of fold(query).matchAll(WORD)) {
    const keys = lookupKeys(match[0]);
    const barest = keys[keys.length - 1];
    if (barest) words.push(barest);
  }
  return words.join(" ");
}
