import { fold } from "../text/normalise.ts";
import { PhraseMatcher, phraseWords } from "../text/phrase-matcher.ts";
import { stringList } from "./data-files.ts";
import { dateLexiconFrom, type DateLexicon } from "./dates.ts";
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
  /** «اقرأ أيضاً»: a link to another report inside this one. */
  teaserMarkers: Set<string>;
  /** The first part of a breadcrumb written with «/» or «|»: «الرئيسية». */
  homeLabels: Set<string>;
  /** The words of counters, buttons and reading times: a line of only these is furniture. */
  pageWords: Set<string>;
  /** Labels of the page's own short lines: «الصورة», «التصنيف». */
  pageLabels: Set<string>;
  /** How a caption opens: «صورة أرشيفية». */
  captionOpeners: string[];
  /** Credits a caption ends with: «(رويترز)». */
  captionCredits: Set<string>;
  /** Labels of an update stamp: «تحديث بتاريخ …». */
  updateLabels: string[];
  /** Words after which a date line gives its time zone: «بتوقيت دمشق». */
  timeZoneWords: Set<string>;
  /** Labelled byline fields: «المصدر» gives the outlet, «الكاتب» the author. */
  bylineFields: Map<string, "outlet" | "author">;
  /** First names that begin with «و». */
  namesWithWaw: Set<string>;
  /** «مراسل», and the nouns before an outlet's quoted name: «شبكة». */
  correspondentWords: Set<string>;
  outletNouns: Set<string>;
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
  /** Words that take the next word into a compound name: «كفر», «تل», «أم». */
  nameHeads: Set<string>;
  /** Those of them that head a name with the article too: «الشيخ» (but «القصر» heads none). */
  definiteNameHeads: Set<string>;
  /** Adjectives that are part of a name: «الكبير», «فوقاني». */
  nameQualifiers: Set<string>;
  /** Direction adjectives («الشمالي»): two make one direction. */
  directions: Set<string>;
  /** Nouns that open an organisation's name: «مركز», «شبكة», «مجلس». */
  organisationHeads: Set<string>;
  /** Words after which a place is not an event place: «توقيت». */
  placeBlockers: Set<string>;
  /** Nouns of place, bare and without a final hamza, that a pronoun may end: «ريفها». */
  placeNouns: Set<string>;
  /** Pronoun suffixes, longest first: «هما», «ها». */
  pronounSuffixes: string[];
}

export interface Lexicons {
  places: PhraseMatcher<GazetteerPlace[]>;
  placeCues: PlaceCues;
  actors: PhraseMatcher<ActorPhrase>;
  outlets: PhraseMatcher<string>;
  furniture: PageFurniture;
  dates: DateLexicon;
}

/** The parsed data files the lexicons are built from, each with the path that names it in errors. */
export interface LexiconSources {
  places: readonly GazetteerPlace[];
  vocabulary: readonly ActorEntry[];
  outlets: readonly OutletEntry[];
  placeCues: { data: unknown; file: string };
  furniture: { data: unknown; file: string };
  dates: { data: unknown; file: string };
}

/** The matchers the extractors look words up in, built once from the curated data. */
export function lexiconsFrom(sources: LexiconSources): Lexicons {
  return {
    places: placeMatcher(sources.places),
    placeCues: placeCues(sources.placeCues.data, sources.placeCues.file),
    actors: actorMatcher(sources.vocabulary),
    outlets: outletMatcher(sources.outlets),
    furniture: pageFurniture(sources.furniture.data, sources.furniture.file),
    dates: dateLexiconFrom(sources.dates.data, sources.dates.file),
  };
}

function placeMatcher(places: readonly GazetteerPlace[]): PhraseMatcher<GazetteerPlace[]> {
  const byPhrase = new Map<string, { phrase: string; places: GazetteerPlace[]; definite: boolean }>();
  for (const place of places) {
    for (const phrase of [place.name, ...place.aliases]) {
      const key = phraseWords(phrase).join(" ");
      if (!key) continue;
      const entry = byPhrase.get(key) ?? { phrase, places: [], definite: true };
      if (!entry.places.includes(place)) entry.places.push(place);
      // a name is written with the article only if every spelling that folds to it has one
      entry.definite &&= /^ال./u.test(fold(phrase).trim()) && fold(phrase).trim().split(/\s+/)[0]!.length > 3;
      byPhrase.set(key, entry);
    }
  }
  // names are compared loosely: scraped spellings drop a hamza, double a letter, run words together
  const matcher = new PhraseMatcher<GazetteerPlace[]>({ loose: true });
  for (const { phrase, places: candidates, definite } of byPhrase.values()) matcher.add(phrase, candidates, definite);
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

/**
 * Outlets by every spelling; a match gives the spelling as the data writes it
 * («ستيب» for «ستيب», «ستيب نيوز» for «ستيب نيوز»): the record names the outlet as the
 * report does, with the text's invisible marks and tatweel left out.
 */
function outletMatcher(outlets: readonly OutletEntry[]): PhraseMatcher<string> {
  const matcher = new PhraseMatcher<string>();
  for (const outlet of outlets) {
    for (const alias of [outlet.name, ...outlet.aliases]) matcher.add(alias, alias);
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
  return {
    strong: matcher("strong"),
    strongLists: matcher("strong_lists"),
    weak: matcher("weak"),
    stopWords: words("stop_words"),
    notNames: words("not_names"),
    quantifiers: words("quantifiers"),
    qualifiers: words("qualifiers"),
    containerLinks: words("container_links"),
    nameHeads: words("name_heads"),
    definiteNameHeads: new Set(list("name_heads").filter((head) => /^ال/u.test(fold(head))).flatMap(phraseWords)),
    nameQualifiers: words("name_qualifiers"),
    directions: words("directions"),
    organisationHeads: words("organisation_heads"),
    placeBlockers: words("place_blockers"),
    placeNouns: new Set(list("place_nouns").flatMap(phraseWords).map(withoutFinalHamza)),
    pronounSuffixes: list("pronoun_suffixes").map(fold).sort((a, b) => b.length - a.length),
  };
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
    teaserMarkers: new Set(list("teaser_markers")),
    homeLabels: new Set(list("home_labels")),
    pageWords: new Set(list("page_words").flatMap((phrase) => phrase.split(" "))),
    pageLabels: new Set(list("page_labels")),
    captionOpeners: list("caption_openers").sort((a, b) => b.length - a.length),
    captionCredits: new Set(list("caption_credits")),
    updateLabels: list("update_labels").sort((a, b) => b.length - a.length),
    timeZoneWords: new Set(list("time_zone_words")),
    bylineFields: bylineFields(raw.byline_fields, file),
    namesWithWaw: new Set(list("names_with_waw")),
    correspondentWords: new Set(list("correspondent_words")),
    outletNouns: new Set(list("outlet_nouns")),
  };
}

/** «احياء», «احياي», «احياو» (أحياء before a pronoun: أحيائها, أحياؤها) all as «احيا». */
export function withoutFinalHamza(word: string): string {
  return word.replace(/(ا)[ءيو]$/u, "$1").replace(/ء$/u, "");
}

function bylineFields(value: unknown, file: string): Map<string, "outlet" | "author"> {
  const fields = new Map<string, "outlet" | "author">();
  const raw = (value ?? {}) as Record<string, unknown>;
  for (const field of ["outlet", "author"] as const) {
    for (const label of stringList(raw[field], file, `byline_fields.${field}`)) fields.set(matchForm(label), field);
  }
  return fields;
}

const NOT_LETTERS = /[^\p{L}]+/gu;

/** A line reduced to its words, folded: the form furniture phrases are compared in. */
export function matchForm(text: string): string {
  return fold(text).replace(NOT_LETTERS, " ").trim();
}
