import { fold, lookupKeys } from "../text/normalise.ts";

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * Each word of a text as the search index holds it: folded, with its clitics and
 * article taken off («والحويقة», «حويقة», «الحويقه» → «حويقه»). The index is
 * built from these keys and the reader's query goes through here too, so every
 * spelling of a neighbourhood meets every other.
 */
export function searchKeys(text: string): string[] {
  const keys: string[] = [];
  for (const match of fold(text).matchAll(WORD)) {
    const forms = lookupKeys(match[0]);
    const barest = forms[forms.length - 1];
    if (barest) keys.push(barest);
  }
  return keys;
}

/**
 * Keys that also meet a name's spellings differing by a space, a hamza or a
 * doubled letter: «ديرالزور» (as datelines write it) and «دير الزور», «السويدا»
 * and «السويداء». The words are joined, once without and once with their
 * articles (the article of a joined name sits inside it), ء dropped and a letter
 * written twice counted once. Looked up only when no name has the query's own keys.
 */
export function looseKeys(text: string): string[] {
  const words = [...fold(text).matchAll(WORD)].map((match) => match[0]);
  const joined = [searchKeys(text).join(""), words.join("")].map((key) => key.replace(/ء/g, "").replace(/(.)\1+/gu, "$1"));
  return [...new Set(joined.filter(Boolean))];
}
