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
