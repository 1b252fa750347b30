import { fold } from "../text/normalise.ts";
import { PhraseMatcher, phraseWords } from "../text/phrase-matcher.ts";
import { stringList } from "./data-files.ts";
import type { GazetteerPlace } from "./gazetteer.ts";
import type { OutletEntry } from "./outlets.ts";
import type { ActorEntry } from "./vocabulary.ts";

/** An actor phrase: a direct alias, an anaphor valid only once the actor is named, or an allegiance word valid only after a noun for fighters. */
export interface ActorPhrase {
  actor: ActorEntry;
  anaphoric: boolean;
  /** «معارضين», «موالين للنظام»: names the actor only right after a noun for fighters. */
  adjective: boolean;
  /** Written with the article, it refers only when the text has it too: «التنظيم», not «تنظيم». */
  definite: boolean;
}

export interface PageFurniture {
  tailMarkers: Set<string>;
  lineMarkers: Set<string>;
  linePrefixes: string[];
  blurbPhrases: string[];
  bylineLabels: Set<string>;
  signoffLabels: Set<string>;
  bylineFillers: Set<string>;
  publicationLabels: string[];
}

export interface PlaceCues {
  /** Singular cues that mark one name as a place: «قرية X». */
  strong: PhraseMatcher<true>;
  /** Duals and plurals that mark a list of names as places: «قريتي X وY». */
  strongLists: PhraseMatcher<true>;
  weak: PhraseMatcher<true>;
  /** Bare folded words that end an unknown place's name. */
  stopWords: Set<string>;
  notNames: Set<string>;
  /** Words before a cue that make it general: «عدة أحياء». */
  quantifiers: Set<string>;
  /** Adjectives that may follow a name without being part of it: «الغربية». */
  qualifiers: Set<string>;
  /** Words between a place and what it lies in: «في», «بمدينة». */
  containerLinks: Set<string>;
}

export interface Lexicons {
  places: PhraseMatcher<GazetteerPlace[]>;
  placeCues: PlaceCues;
  actors: PhraseMatcher<ActorPhrase>;
  outlets: PhraseMatcher<string>;
  furniture: PageFurniture;
}

/** The parsed data files the lexicons are built from, each with the path that names it in errors. */
export interface LexiconSources {
  places: readonly GazetteerPlace[];
  vocabulary: readonly ActorEntry[];
  outlets: readonly OutletEntry[];
  placeCues: { data: unknown; file: string };
  furniture: { data: unknown; file: string };
}

/** The matchers the extractors look words up in, built once from the curated data. */
export function lexiconsFrom(sources: LexiconSources): Lexicons {
  return {
    places: placeMatcher(sources.places),
    placeCues: placeCues(sources.placeCues.data, sources.placeCues.file),
    actors: actorMatcher(sources.vocabulary),
    outlets: outletMatcher(sources.outlets),
    furniture: pageFurniture(sources.furniture.data, sources.furniture.file),
  };
}

function placeMatcher(places: readonly GazetteerPlace[]): PhraseMatcher<GazetteerPlace[]> {
  const byPhrase = new Map<string, { phrase: string; places: GazetteerPlace[] }>();
  for (const place of places) {
    for (const phrase of [place.name, ...place.aliases]) {
      const key = phraseWords(phrase).join(" ");
      if (!key) continue;
      const entry = byPhrase.get(key) ?? { phrase, places: [] };
      if (!entry.places.includes(place)) entry.places.push(place);
      byPhrase.set(key, entry);
    }
  }
  const matcher = new PhraseMatcher<GazetteerPlace[]>();
  for (const { phrase, places: candidates } of byPhrase.values()) matcher.add(phrase, candidates);
  return matcher;
}

function actorMatcher(vocabulary: readonly ActorEntry[]): PhraseMatcher<ActorPhrase> {
  // One entry per folded phrase: «أمريكية» and «الأمريكية» fold alike, and then the
  // article is not required; a one-word alias with the article is a common noun
  // without it («التحالف», but «تحالف جديد»).
  const byPhrase = new Map<string, { phrase: string; value: ActorPhrase }>();
  const add = (phrase: string, actor: ActorEntry, anaphoric: boolean, adjective: boolean): void => {
    // an allegiance word is its own entry: «الروس» the alias, «روس» the adjective
    const key = `${actor.id}${adjective ? " adjective" : ""} ${phraseWords(phrase).join(" ")}`;
    const definite = !adjective && fold(phrase).startsWith("ال") && (anaphoric || !/\s/.test(phrase.trim()));
    const known = byPhrase.get(key);
    if (known) known.value.definite &&= definite;
    else byPhrase.set(key, { phrase, value: { actor, anaphoric, definite, adjective } });
  };
  for (const actor of vocabulary) {
    for (const alias of [actor.name, ...actor.aliases]) add(alias, actor, false, false);
    for (const anaphor of actor.anaphora) add(anaphor, actor, true, false);
    for (const adjective of actor.adjectives) add(adjective, actor, false, true);
  }
  const matcher = new PhraseMatcher<ActorPhrase>();
  for (const { phrase, value } of byPhrase.values()) matcher.add(phrase, value);
  return matcher;
}

function outletMatcher(outlets: readonly OutletEntry[]): PhraseMatcher<string> {
  const matcher = new PhraseMatcher<string>();
  for (const outlet of outlets) {
    for (const alias of [outlet.name, ...outlet.aliases]) matcher.add(alias, outlet.name);
  }
  return matcher;
}

function placeCues(data: unknown, file: string): PlaceCues {
  const raw = (data ?? {}) as Record<string, unknown>;
  const list = (key: string): string[] => stringList(raw[key], file, key);
  const matcher = (key: string): PhraseMatcher<true> => {
    const m = new PhraseMatcher<true>();
    for (const cue of list(key)) m.add(cue, true);
    return m;
  };
  const words = (key: string): Set<string> => new Set(list(key).flatMap(phraseWords));
  return { strong: matcher("strong"), strongLists: matcher("strong_lists"), weak: matcher("weak"), stopWords: words("stop_words"), notNames: words("not_names"), quantifiers: words("quantifiers"), qualifiers: words("qualifiers"), containerLinks: words("container_links") };
}

function pageFurniture(data: unknown, file: string): PageFurniture {
  const raw = (data ?? {}) as Record<string, unknown>;
  const list = (key: string): string[] => stringList(raw[key], file, key).map(matchForm);
  return {
    tailMarkers: new Set(list("tail_markers")),
    lineMarkers: new Set(list("line_markers")),
    linePrefixes: list("line_prefixes"),
    blurbPhrases: list("blurb_phrases"),
    bylineLabels: new Set(list("byline_labels")),
    signoffLabels: new Set(list("signoff_labels")),
    bylineFillers: new Set(list("byline_fillers")),
    publicationLabels: list("publication_labels").sort((a, b) => b.length - a.length),
  };
}

const NOT_LETTERS = /[^\p{L}]+/gu;

/** A line reduced to its words, folded: the form furniture phrases are compared in. */
export function matchForm(text: string): string {
  return fold(text).replace(NOT_LETTERS, " ").trim();
}
