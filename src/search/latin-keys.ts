/**
 * Latin spellings of Arabic names, folded to one key per name, by the
 * conventions in `transliteration.yaml` (how they are applied is said there).
 * The place index holds the keys of each place's Latin name; the search page
 * folds a query with the same rules, bundled into its script. Nothing here may
 * import Node modules.
 */

export interface TransliterationRules {
  /** Words that are the article, dropped: «al», «ez». */
  articles: string[];
  /** Word openings that are the article joined to a doubled sun letter: «ezz» in «Ezzor». */
  assimilated: string[];
  /** [spelling, key]: ways of writing one sound, replaced in this order. */
  letters: [string, string][];
  /** Letters a run of which is one vowel. */
  vowels: string[];
  /** Letters that join a vowel run, but not where a word begins («Huwaiqa», not «western»). */
  semivowels: string[];
  /** Word endings that lose their last letter («-ah» of «Hamah»). */
  endings: string[];
}

/** The key a vowel run becomes. */
const VOWEL_KEY = "a";
/** Marks that stand for ع and ء, and apostrophes. */
const MARKS = /[\u02bb\u02bc\u02be\u02bf'’‘`´]/g;

/**
 * The two keys of a Latin spelling: `exact`, its words without accents, marks
 * and articles («huwaiqa» for «al-Ḥuwaiqa»), and `loose`, folded by every rule
 * («haka»). A query is looked up by its exact key first, so «Mayadin» is
 * al-Mayadin and not also al-Midan, whose loose keys meet.
 */
export interface LatinKeys {
  exact: string;
  loose: string;
}

/** A compiled fold: the rules turned into regular expressions once. */
export type LatinFold = (text: string) => LatinKeys;

export function latinFold(rules: TransliterationRules): LatinFold {
  const articles = new Set(rules.articles);
  const assimilated = [...rules.assimilated].sort((a, b) => b.length - a.length);
  const vowelLetters = rules.vowels.map(escapeClass).join("");
  const runLetters = vowelLetters + rules.semivowels.map(escapeClass).join("");
  const vowels = new RegExp(`^[${vowelLetters}][${runLetters}]*|(?<=.)[${runLetters}]+`, "g");
  const endings = [...rules.endings].sort((a, b) => b.length - a.length);
  return (text) => {
    const words = text
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .replace(MARKS, "")
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((word) => word && !articles.has(word));
    const loose = words
      .map((word) => {
        const opening = assimilated.find((prefix) => word.startsWith(prefix) && word.length > prefix.length + 1);
        // «ezzor»: the article's vowel goes and the doubled letter counts once, as «zor».
        let key = opening ? word.slice(opening.length - 1) : word;
        for (const [spelling, replacement] of rules.letters) key = key.split(spelling).join(replacement);
        key = key.replace(/(.)\1+/g, "$1");
        const ending = endings.find((e) => key.length > e.length + 1 && key.endsWith(e));
        if (ending) key = key.slice(0, -1);
        return key.replace(vowels, VOWEL_KEY);
      })
      .filter(Boolean)
      .join(" ");
    return { exact: words.join(" "), loose };
  };
}

/** Whether a query is written in Latin letters rather than Arabic. */
export function isLatin(text: string): boolean {
  return /[A-Za-z\u00c0-\u024f]/.test(text) && !/[\u0600-\u06ff]/.test(text);
}

function escapeClass(letter: string): string {
  return letter.replace(/[\\\]^-]/g, "\\$&");
}
