import { bare, fold } from "./normalise.ts";
import type { Token } from "./tokens.ts";

/** A match of a phrase in a token list: tokens `[from, to)`. */
export interface PhraseMatch<T> {
  value: T;
  from: number;
  to: number;
}

interface Entry<T> {
  rest: string[];
  value: T;
}

/**
 * Finds known phrases (place names, actor aliases, trigger words) in tokens.
 * The first word of a phrase may carry clitics («والحويقة»); later words are
 * compared bare of the article. Longest match wins, left to right.
 */
export class PhraseMatcher<T> {
  readonly #byFirst = new Map<string, Entry<T>[]>();

  add(phrase: string, value: T): void {
    const words = phraseWords(phrase);
    const [first, ...rest] = words;
    if (first === undefined) return;
    const entries = this.#byFirst.get(first) ?? [];
    entries.push({ rest, value });
    entries.sort((a, b) => b.rest.length - a.rest.length);
    this.#byFirst.set(first, entries);
    // Scraped text often runs a compound name together: «ديرالزور».
    if (rest.length > 0) {
      const joined = phrase.split(/\s+/).map(fold).join("");
      if (joined.length > 3) this.add(joined, value);
    }
  }

  /** The words phrases open with, as they are looked up. */
  firstWords(): IterableIterator<string> {
    return this.#byFirst.keys();
  }

  /** Whether some phrase opens with this token: a cheap test before `matchAt`. */
  mayStartAt(token: Token): boolean {
    const { keys } = token;
    for (let k = 0; k < keys.length; k++) if (this.#byFirst.has(keys[k]!)) return true;
    return false;
  }

  /** The match starting at token `index`, if any; with `accept`, the longest whose value it accepts there. */
  matchAt(tokens: readonly Token[], index: number, accept?: (value: T, tokens: readonly Token[], index: number) => boolean): PhraseMatch<T> | undefined {
    const token = tokens[index];
    if (!token) return undefined;
    // indexed loops: this runs for every word of every report, many times
    const { keys } = token;
    for (let k = 0; k < keys.length; k++) {
      const entries = this.#byFirst.get(keys[k]!);
      if (!entries) continue;
      for (let e = 0; e < entries.length; e++) {
        const entry = entries[e]!;
        if (restMatches(tokens, index + 1, entry.rest) && (accept === undefined || accept(entry.value, tokens, index))) {
          return { value: entry.value, from: index, to: index + 1 + entry.rest.length };
        }
      }
    }
    return undefined;
  }

  /** Every non-overlapping match, left to right. */
  findAll(tokens: readonly Token[]): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const match = this.matchAt(tokens, i);
      if (match) {
        matches.push(match);
        i = match.to;
      } else {
        i++;
      }
    }
    return matches;
  }
}

function restMatches(tokens: readonly Token[], start: number, rest: readonly string[]): boolean {
  for (let k = 0; k < rest.length; k++) {
    const token = tokens[start + k];
    if (!token || bare(token.folded) !== rest[k]) return false;
  }
  return true;
}

/** The folded, bare words of a phrase as it is written in a data file. */
export function phraseWords(phrase: string): string[] {
  return fold(phrase)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(bare);
}
