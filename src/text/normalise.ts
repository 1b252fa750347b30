/**
 * Normalisation for matching, never for display. Every normalised character
 * keeps the offset of the original character it came from, so a match in the
 * normalised text maps back to an exact substring of the report.
 */

const DROPPED = new Set<number>([
  0x0640, // tatweel
  0x00ad, // soft hyphen
  0x061c, // Arabic letter mark
  0xfeff, // BOM / zero-width no-break space
  // quote marks: «الحويقة» and "الحويقة" and “الحويقة” are the same word
  0x0022, 0x0027, 0x2018, 0x2019, 0x201a, 0x201b, 0x201c, 0x201d, 0x201e, 0x201f, 0x00ab, 0x00bb, 0x2039, 0x203a,
  0x0060, 0x00b4,
]);

const MAPPED: Record<string, string> = {
  "أ": "ا",
  "إ": "ا",
  "آ": "ا",
  "ٱ": "ا",
  "ٲ": "ا",
  "ٳ": "ا",
  "ى": "ي",
  "ی": "ي",
  "ې": "ي",
  "ئ": "ي",
  "ؤ": "و",
  "ة": "ه",
  "ۀ": "ه",
  "ھ": "ه",
  "ہ": "ه",
  "ک": "ك",
  "گ": "ك",
};

function isDropped(code: number): boolean {
  return (
    DROPPED.has(code) ||
    (code >= 0x064b && code <= 0x065f) || // harakat
    code === 0x0670 || // superscript alef
    (code >= 0x06d6 && code <= 0x06ed) || // Quranic marks
    (code >= 0x200b && code <= 0x200f) || // zero-width, LRM, RLM
    (code >= 0x202a && code <= 0x202e) || // bidi embeddings
    (code >= 0x2066 && code <= 0x2069) // bidi isolates
  );
}

function isSpace(code: number): boolean {
  return code === 0x00a0 || code === 0x202f || code === 0x3000 || (code >= 0x2000 && code <= 0x200a) || code === 0x205f;
}

// Folding is per character and pure, so each BMP character is worked out once.
const foldedBmp: (string | undefined)[] = new Array(0x10000);

/** Folds one code point; returns "" when it is dropped. */
export function foldChar(char: string): string {
  if (char.length === 1) {
    const code = char.charCodeAt(0);
    return (foldedBmp[code] ??= computeFold(char));
  }
  return computeFold(char);
}

function computeFold(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (isDropped(code)) return "";
  if (isSpace(code)) return " ";
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  const mapped = MAPPED[char];
  if (mapped !== undefined) return mapped;
  if (code < 0x80) return char.toLowerCase();
  // Presentation forms and compatibility characters (ﻻ, ﺍ …) decompose to base letters.
  const compat = char.normalize("NFKC");
  if (compat === char) return char.toLowerCase();
  let out = "";
  for (const part of compat) out += computeFold(part);
  return out;
}

export interface NormalisedText {
  /** The folded text. */
  text: string;
  /** `offsets[i]` is the index in the original of folded character `i`; one extra entry maps the end. */
  offsets: Int32Array;
}

/** Folds a text for matching and keeps, for each folded character, where it came from. */
export function normaliseWithOffsets(input: string): NormalisedText {
  const parts: string[] = [];
  // a compatibility character can fold to several (ﻻ → لا), so leave room
  let offsets = new Int32Array(input.length + 1);
  let length = 0;
  let index = 0;
  for (const char of input) {
    const folded = foldChar(char);
    if (length + folded.length >= offsets.length) {
      const grown = new Int32Array(offsets.length * 2 + folded.length);
      grown.set(offsets);
      offsets = grown;
    }
    for (let k = 0; k < folded.length; k++) offsets[length++] = index;
    parts.push(folded);
    index += char.length;
  }
  offsets[length] = index;
  return { text: parts.join(""), offsets: offsets.subarray(0, length + 1) };
}

/** Folds a text for matching when no offsets are needed. */
export function fold(input: string): string {
  // by UTF-16 unit, not by iterator: this runs on every line and phrase, many times
  let text = "";
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < input.length) {
      const low = input.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        text += computeFold(input.slice(i, i + 2));
        i++;
        continue;
      }
    }
    text += foldedBmp[code] ??= computeFold(input[i]!);
  }
  return text;
}

/**
 * Prefixes that attach to a word: conjunctions و ف, prepositions ب ل ك, the article
 * ال and their combinations (وال، بال، فبال، ولل …). Longest first.
 */
const CLITIC_PREFIXES = (() => {
  const conjunctions = ["", "و", "ف"];
  const prepositions = ["", "ب", "ل", "ك"];
  const set = new Set<string>();
  for (const c of conjunctions) {
    for (const p of prepositions) {
      set.add(c + p);
      set.add(p === "ل" ? c + "لل" : c + p + "ال");
    }
    set.add(c + "ال");
  }
  set.delete("");
  return [...set].sort((a, b) => b.length - a.length);
})();

/** The prefixes that can open a word, by its first letter. */
const PREFIXES_BY_FIRST = (() => {
  const map = new Map<string, string[]>();
  for (const prefix of CLITIC_PREFIXES) map.set(prefix[0]!, [...(map.get(prefix[0]!) ?? []), prefix]);
  return map;
})();

/** Shortest stem a stripped prefix may leave, so that «بر» never becomes «ر». */
const MIN_STEM = 2;

/**
 * The forms a folded word may stand for once its clitics are taken off, the
 * word itself first. «والحويقه» gives والحويقه, حويقه, and the intermediate forms.
 */
export function cliticVariants(word: string): string[] {
  const variants = [word];
  for (const prefix of PREFIXES_BY_FIRST.get(word[0] ?? "") ?? []) {
    if (word.length - prefix.length >= MIN_STEM && word.startsWith(prefix)) {
      const stem = word.slice(prefix.length);
      if (!variants.includes(stem)) variants.push(stem);
    }
  }
  return variants;
}

/** A folded word without its article: the key under which names are compared. */
export function bare(word: string): string {
  return word.length > 3 && word.startsWith("ال") ? word.slice(2) : word;
}

/** Words repeat across reports; their keys are worked out once (and forgotten past a bound). */
const keyCache = new Map<string, readonly string[]>();
const KEY_CACHE_LIMIT = 200_000;

/** The keys a folded word can be looked up under: each clitic variant, bare. */
export function lookupKeys(word: string): readonly string[] {
  let keys = keyCache.get(word);
  if (keys === undefined) {
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    keys = computeKeys(word);
    keyCache.set(word, keys);
  }
  return keys;
}

function computeKeys(word: string): string[] {
  const keys: string[] = [];
  for (const variant of cliticVariants(word)) {
    const key = bare(variant);
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

/** Whether a folded word carries the article, after any clitics: «المدينة», «بالمدينة», «للمدينة». */
export function hasArticle(word: string): boolean {
  return /^[وف]?[بلك]?ال/u.test(word) || /^[وف]?لل/u.test(word);
}
