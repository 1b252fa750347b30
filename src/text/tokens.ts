import { foldChar, lookupKeys } from "./normalise.ts";

/** A word of the report: its folded form, its lookup keys and its place in the original. */
export interface Token {
  /** Folded form (see `normalise.ts`). */
  folded: string;
  /** Folded form without clitics, each candidate bare of its article. */
  keys: readonly string[];
  /** Offsets into the original text: `original.slice(start, end)` is the word as written. */
  start: number;
  end: number;
}

const TEH_MARBUTA = 0x0629;
const NONE = 0;
const LETTER = 1;
const DIGIT = 2;
type Kind = typeof NONE | typeof LETTER | typeof DIGIT;

// What each folded character is, worked out once per BMP character.
const kinds = new Uint8Array(0x10000);
const known = new Uint8Array(0x10000);

function kindOf(char: string): Kind {
  const code = char.charCodeAt(0);
  if (char.length === 1 && known[code]) return kinds[code] as Kind;
  const kind: Kind = /\p{L}/u.test(char) ? LETTER : /\p{N}/u.test(char) ? DIGIT : NONE;
  if (char.length === 1) {
    kinds[code] = kind;
    known[code] = 1;
  }
  return kind;
}

/**
 * Splits a text into words, keeping where each came from. Letters and digits are
 * separate words («الـ10» is «ال» and «10»); characters that fold to nothing
 * (harakat, tatweel, quote marks, zero-width marks) join the word around them.
 * Scraped text runs words together after a teh marbuta («ثلاثةعناصر»), which
 * only ever ends a word: a letter after it starts a new one.
 */
export function tokenize(original: string, base = 0): Token[] {
  const tokens: Token[] = [];
  let word = "";
  let kind: Kind = NONE;
  let start = 0;
  let end = 0;
  const flush = (): void => {
    if (word) tokens.push({ folded: word, keys: lookupKeys(word), start: base + start, end: base + end });
    word = "";
    kind = NONE;
  };
  // teh marbuta only ends a word: a letter after it starts the next one («امرأةوأصيب»)
  let afterTehMarbuta = false;
  for (let i = 0; i < original.length; ) {
    const code = original.codePointAt(i)!;
    const size = code > 0xffff ? 2 : 1;
    const folded = foldChar(size === 1 ? original[i]! : original.slice(i, i + 2));
    for (const char of folded) {
      const charKind = kindOf(char);
      if (charKind === NONE) {
        flush();
      } else {
        if (charKind !== kind || (afterTehMarbuta && charKind === LETTER)) {
          flush();
          kind = charKind;
          start = i;
        }
        // a character that folds to several letters («ﻻ») starts one word, not one each
        afterTehMarbuta = false;
        word += char;
        end = i + size;
      }
    }
    if (folded !== "") afterTehMarbuta = code === TEH_MARBUTA;
    i += size;
  }
  flush();
  return tokens;
}
