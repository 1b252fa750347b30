import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import yaml from "js-yaml";
import type { Knowledge } from "../src/knowledge/index.ts";

const PATTERNS_FILE = fileURLToPath(new URL("./corpus-patterns.yaml", import.meta.url));

export interface CountNoun {
  plural: string;
  singular: string;
}

/** The sentence patterns and word lists of `corpus-patterns.yaml`. */
export interface CorpusPatterns {
  datelines: string[];
  inline_datelines: string[];
  headlines: string[];
  subheadings: string[];
  events: string[];
  casualties: string[];
  context: string[];
  bounds: string[];
  nouns: CountNoun[];
  uncounted: string[];
  number_words: Map<number, string>;
  date_forms: string[];
  relative: string[];
  months: string[];
  weekdays: string[];
  ordinals: string[];
  years: number[];
  people: { first: string[]; family: string[] };
  share: string[];
  comment_lines: string[];
  about: string[];
  tail_headers: string[];
  tail_footers: string[];
}

/** Everything a generated report is made of: the patterns plus names from the project's data. */
export interface CorpusVocabulary {
  patterns: CorpusPatterns;
  cities: string[];
  /** Neighbourhood names by the name of the city they lie in. */
  neighbourhoods: Map<string, string[]>;
  villages: string[];
  /** Each actor's spellings; a report picks one actor and varies the spelling. */
  actors: string[][];
  outlets: string[];
}

const LIST_KEYS = [
  "datelines", "inline_datelines", "headlines", "subheadings", "events", "casualties", "context", "bounds",
  "uncounted", "date_forms", "relative", "months", "weekdays", "ordinals", "share", "comment_lines", "about",
  "tail_headers", "tail_footers",
] as const;

/** Slots a pattern may use; `corpus.ts` fills each. */
export const SLOTS = new Set([
  "city", "city_joined", "hood", "hoods", "village", "actor", "actor2", "count", "n", "date", "when", "outlet",
  "author", "name", "year", "ordinal", "day", "month", "month_gregorian", "weekday", "relative",
]);

export function loadCorpusVocabulary(knowledge: Knowledge): CorpusVocabulary {
  const raw = yaml.load(readFileSync(PATTERNS_FILE, "utf8"), { filename: PATTERNS_FILE }) as Record<string, unknown>;
  const patterns = parsePatterns(raw);
  const fallback = (raw.fallback ?? {}) as Record<string, unknown>;
  const places = placesFromGazetteer(knowledge) ?? {
    cities: stringList(fallback, "cities"),
    neighbourhoods: new Map([["", stringList(fallback, "neighbourhoods")]]),
    villages: stringList(fallback, "villages"),
  };
  return {
    patterns,
    ...places,
    actors: actorsFromVocabulary(knowledge) ?? stringList(fallback, "actors").map((name) => [name]),
    outlets: outletsFromData(knowledge) ?? stringList(fallback, "outlets"),
  };
}

function parsePatterns(raw: Record<string, unknown>): CorpusPatterns {
  const lists = Object.fromEntries(LIST_KEYS.map((key) => [key, stringList(raw, key)])) as Record<(typeof LIST_KEYS)[number], string[]>;
  for (const key of LIST_KEYS) {
    for (const pattern of lists[key]) checkSlots(pattern, key);
  }
  const nouns = raw.nouns;
  if (!Array.isArray(nouns) || nouns.some((n) => typeof n?.plural !== "string" || typeof n?.singular !== "string")) {
    throw patternError("nouns", "expected a list of {plural, singular}");
  }
  const words = raw.number_words;
  if (typeof words !== "object" || words === null) throw patternError("number_words", "expected a mapping of numbers to words");
  const people = raw.people as Record<string, unknown> | undefined;
  const years = raw.years;
  if (!Array.isArray(years) || years.some((y) => !Number.isInteger(y))) throw patternError("years", "expected a list of years");
  return {
    ...lists,
    nouns: nouns as CountNoun[],
    number_words: new Map(Object.entries(words).map(([n, word]) => [Number(n), String(word)])),
    years: years as number[],
    people: { first: stringList(people ?? {}, "first"), family: stringList(people ?? {}, "family") },
  };
}

function checkSlots(pattern: string, key: string): void {
  for (const [, slot] of pattern.matchAll(/\{(\w+)\}/g)) {
    if (!SLOTS.has(slot as string)) throw patternError(key, `unknown slot {${slot}} in "${pattern}"`);
  }
}

function stringList(raw: Record<string, unknown>, key: string): string[] {
  const value = raw[key];
  if (!Array.isArray(value) || value.length === 0 || value.some((item) => typeof item !== "string")) {
    throw patternError(key, "expected a non-empty list of strings");
  }
  return value as string[];
}

function patternError(key: string, why: string): Error {
  return new Error(`${PATTERNS_FILE}: ${key}: ${why}`);
}

/** Places from the gazetteer, or undefined when it is too small to vary reports. */
function placesFromGazetteer({ gazetteer }: Knowledge): Pick<CorpusVocabulary, "cities" | "neighbourhoods" | "villages"> | undefined {
  const cities = gazetteer.places.filter((p) => p.type === "city");
  const neighbourhoods = new Map<string, string[]>();
  for (const place of gazetteer.places) {
    if (place.type !== "neighbourhood") continue;
    const city = place.parent ? gazetteer.bySlug.get(place.parent)?.name ?? "" : "";
    neighbourhoods.set(city, [...(neighbourhoods.get(city) ?? []), place.name]);
  }
  const villages = gazetteer.places.filter((p) => p.type === "village" || p.type === "town").map((p) => p.name);
  if (cities.length < 2 || neighbourhoods.size === 0 || villages.length < 2) return undefined;
  return { cities: cities.map((c) => c.name), neighbourhoods, villages };
}

function actorsFromVocabulary({ vocabulary }: Knowledge): string[][] | undefined {
  const actors = vocabulary.map((actor) => [actor.name, ...actor.aliases]);
  return actors.length >= 2 ? actors : undefined;
}

function outletsFromData({ outlets }: Knowledge): string[] | undefined {
  return outlets.length > 0 ? outlets.map((outlet) => outlet.name) : undefined;
}
