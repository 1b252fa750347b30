import type { TransliterationRules } from "../search/latin-keys.ts";
import { dataError, stringList } from "./data-files.ts";

/** The Latin spelling conventions (`transliteration.yaml`), from its parsed YAML; `file` names it in errors. */
export function transliterationFrom(raw: unknown, file: string): TransliterationRules {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) throw dataError(file, "top level", "expected a mapping with `articles`, `assimilated`, `letters`, `vowels`, `semivowels` and `endings`");
  const data = raw as Record<string, unknown>;
  const lower = (list: string[], where: string): string[] => {
    for (const item of list) if (!/^[a-z]+$/.test(item)) throw dataError(file, where, `"${item}" must be lower-case Latin letters`);
    return list;
  };
  const letters = Array.isArray(data.letters) ? data.letters : [];
  return {
    articles: lower(stringList(data.articles, file, "articles"), "articles"),
    assimilated: lower(stringList(data.assimilated, file, "assimilated"), "assimilated"),
    letters: letters.map((pair: unknown, index) => {
      if (!Array.isArray(pair) || pair.length !== 2 || pair.some((part) => typeof part !== "string" || !part)) {
        throw dataError(file, `letters ${index + 1}`, "expected a pair [spelling, key]");
      }
      return [pair[0] as string, pair[1] as string];
    }),
    vowels: lower(stringList(data.vowels, file, "vowels"), "vowels"),
    semivowels: lower(stringList(data.semivowels, file, "semivowels"), "semivowels"),
    endings: lower(stringList(data.endings, file, "endings"), "endings"),
  };
}
