import { bare, fold, hasArticle } from "./normalise.ts";
import type { Token } from "./tokens.ts";

/** A match of a phrase in a token list: tokens `[from, to)`. */
export interface PhraseMatch<T> {
  value: T;
  from: number;
  to: number;
  /**
   * The phrase is written with the article («الرقة») and the text's word is not
   * («رقة», «فرقه» = ف + رقه): a reading that needs something else to say it is a name.
   */
  articleMissing: boolean;
}

interface Entry<T> {
  rest: string[];
  value: T;
  definite: boolean;
}

export interface PhraseMatcherOptions {
  /**
   * Compare words loosely, as names are spelled in scraped text: a final hamza
   * may be left off («الجلا» for الجلاء) and a letter doubled by a slip of the
   * keyboard («الرققة»); a compound name may be run together with its «ة» written
   * «ت» and the article of its second word dropped («معرتنعمان» for معرة النعمان).
   */
  loose?: boolean;
}

/**
 * Finds known phrases (place names, actor aliases, trigger words) in tokens.
 * The first word of a phrase may carry clitics («والحويقة»); later words are
 * compared bare of the article. Longest match wins, left to right.
 */
export class PhraseMatcher<T> {
  readonly #byFirst = new Map<string, Entry<T>[]>();
  readonly #loose: boolean;

  constructor(options: PhraseMatcherOptions = {}) {
    this.#loose = options.loose === true;
  }

  add(phrase: string, value: T, definite = startsWithArticle(phrase)): void {
    const words = phraseWords(phrase).map((word) => this.#key(word));
    this.#addWords(words, value, definite);
    // Scraped text often runs a compound name together: «ديرالزور».
    if (words.length > 1) {
      const folded = fold(phrase).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      for (const joined of this.#loose ? runTogether(folded) : [folded.join("")]) {
        if (joined.length > 3) this.#addWords([this.#key(bare(joined))], value, definite);
      }
    }
  }

  #addWords(words: string[], value: T, definite: boolean): void {
    const [first, ...rest] = words;
    if (first === undefined) return;
    const entries = this.#byFirst.get(first) ?? [];
    if (entries.some((entry) => entry.value === value && entry.rest.join(" ") === rest.join(" "))) return;
    entries.push({ rest, value, definite });
    entries.sort((a, b) => b.rest.length - a.rest.length);
    this.#byFirst.set(first, entries);
  }

  #key(word: string): string {
    return this.#loose ? looseKey(word) : word;
  }

  /** A token's lookup keys as this matcher compares them. */
  #keysOf(token: Token): readonly string[] {
    return this.#loose ? looseKeysOf(token.keys) : token.keys;
  }

  /** The words phrases open with, as they are looked up. */
  firstWords(): IterableIterator<string> {
    return this.#byFirst.keys();
  }

  /** Whether some phrase opens with this token: a cheap test before `matchAt`. */
  mayStartAt(token: Token): boolean {
    const keys = this.#keysOf(token);
    for (let k = 0; k < keys.length; k++) if (this.#byFirst.has(keys[k]!)) return true;
    return false;
  }

  /** The match starting at token `index`, if any; with `accept`, the longest whose value it accepts there. */
  matchAt(tokens: readonly Token[], index: number, accept?: (value: T, tokens: readonly Token[], index: number) => boolean): PhraseMatch<T> | undefined {
    const token = tokens[index];
    if (!token) return undefined;
    // indexed loops: this runs for every word of every report, many times
    const keys = this.#keysOf(token);
    for (let k = 0; k < keys.length; k++) {
      const entries = this.#byFirst.get(keys[k]!);
      if (!entries) continue;
      for (let e = 0; e < entries.length; e++) {
        const entry = entries[e]!;
        if (this.#restMatches(tokens, index + 1, entry.rest) && (accept === undefined || accept(entry.value, tokens, index))) {
          return { value: entry.value, from: index, to: index + 1 + entry.rest.length, articleMissing: entry.definite && !hasArticle(token.folded) };
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

  #restMatches(tokens: readonly Token[], start: number, rest: readonly string[]): boolean {
    for (let k = 0; k < rest.length; k++) {
      const token = tokens[start + k];
      if (!token || this.#key(bare(token.folded)) !== rest[k]) return false;
    }
    return true;
  }
}

function startsWithArticle(phrase: string): boolean {
  const first = fold(phrase).trim().split(/\s+/, 1)[0] ?? "";
  return first.length > 3 && first.startsWith("ال");
}

/** The folded, bare words of a phrase as it is written in a data file. */
export function phraseWords(phrase: string): string[] {
  return fold(phrase)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(bare);
}

const looseKeys = new Map<string, string>();
const LOOSE_CACHE_LIMIT = 100_000;

/** A word as loose matching compares it: no final hamza, no letter written twice in a row. */
export function looseKey(word: string): string {
  let key = looseKeys.get(word);
  if (key === undefined) {
    key = word.replace(/ء$/u, "").replace(/(\p{L})\1+/gu, "$1");
    if (key.length < 2) key = word;
    if (looseKeys.size >= LOOSE_CACHE_LIMIT) looseKeys.clear();
    looseKeys.set(word, key);
  }
  return key;
}

// A word's keys are one array for every token of it (`lookupKeys` caches them), so their loose forms are worked out once.
const looseKeyLists = new WeakMap<readonly string[], readonly string[]>();

function looseKeysOf(keys: readonly string[]): readonly string[] {
  let loose = looseKeyLists.get(keys);
  if (loose === undefined) {
    loose = keys.map(looseKey);
    looseKeyLists.set(keys, loose);
  }
  return loose;
}

/**
 * The ways a compound name is run together in scraped text: «ديرالزور», and with
 * the «ة» that ends a word written «ت» and the next word's article dropped,
 * «معرتنعمان» and «معرةالنعمان» for معرة النعمان.
 */
function runTogether(words: readonly string[]): string[] {
  let forms = [words[0]!];
  for (const word of words.slice(1)) {
    const next = new Set<string>();
    const heads = word.length > 3 && word.startsWith("ال") ? [word, word.slice(2)] : [word];
    for (const form of forms) {
      const lefts = form.endsWith("ه") ? [form, `${form.slice(0, -1)}ت`] : [form];
      for (const left of lefts) for (const head of heads) next.add(left + head);
    }
    forms = [...next];
  }
  return forms;
}
