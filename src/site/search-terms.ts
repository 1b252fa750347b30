import { fold, lookupKeys } from "../text/normalise.ts";

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * The extra search terms indexed with a report: every word's folded,
 * clitic-stripped, article-less keys. The browser folds the query the same way
 * (`browser/query.ts`), so «والحويقة», «حويقة» and «الحويقه» all meet at «حويقه».
 */
export function searchTerms(texts: Iterable<string>): string {
  const terms = new Set<string>();
  for (const text of texts) {
    for (const match of fold(text).matchAll(WORD)) {
      for (const key of lookupKeys(match[0])) terms.add(key);
    }
  }
  return [...terms].join(" ");
}
