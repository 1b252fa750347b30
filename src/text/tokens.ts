import { lookupKeys, normaliseWithOffsets } from "./normalise.ts";

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

// Letters and digits are separate words: «الـ10» is «ال» and «10».
const WORD = /\p{L}+|\p{N}+/gu;

/** Splits a text into words, keeping where each came from. */
export function tokenize(original: string, base = 0): Token[] {
  const { text, offsets } = normaliseWithOffsets(original);
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const from = match.index;
    const to = from + match[0].length;
    tokens.push({
      folded: match[0],
      keys: lookupKeys(match[0]),
      start: base + (offsets[from] ?? 0),
      // the end is the original offset just past the last folded character
      end: base + (offsets[to - 1] ?? 0) + codeUnitLength(original, offsets[to - 1] ?? 0),
    });
  }
  return tokens;
}

function codeUnitLength(text: string, index: number): number {
  const code = text.codePointAt(index) ?? 0;
  return code > 0xffff ? 2 : 1;
}
