import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Gazetteer } from "../knowledge/gazetteer.ts";
import type { ActorEntry } from "../knowledge/vocabulary.ts";
import type { Gender } from "../views/labels.ts";
import type { ReportSummary } from "../views/report-view.ts";
import { latinFold, type TransliterationRules } from "./latin-keys.ts";
import { looseKeys, searchKeys } from "./search-keys.ts";
import { resultsFileUrl, routes } from "../routes.ts";
import type { ListPage, PlaceView } from "../views/site-data.ts";
import { SEARCH_AR } from "../views/labels.ts";

/** Results in one download: a screenful, a few kilobytes compressed. */
export const PLACE_RESULTS_PER_FILE = 20;

/** What a name in the index is: the search page answers both kinds alike. */
export type NamedKind = "place" | "actor";

/**
 * A place or an actor as the search page looks it up: every spelling's keys,
 * and where its results are.
 */
export interface NameSearchEntry {
  kind: NamedKind;
  /** The place's slug or the actor's id: the value its search filter holds. */
  id: string;
  /** The search keys of its name and of each alias, each joined by spaces. */
  keys: string[];
  /** `looseKeys` of the same: what a spelling with a space, a hamza or a letter more or less meets. */
  loose: string[];
  /** Its Latin names' keys (`latinFold`): `exact` first, then `loose`. */
  latin: string[];
  latinLoose: string[];
  name: string;
  /** The gazetteer's Latin name, shown beside the Arabic. */
  latinName: string | null;
  type: string;
  gender: Gender;
  /** The place it lies in, to tell homonyms apart. */
  within: string | null;
  url: string;
  total: number;
  /** Files of results (`resultsFileUrl(url, 1)` onwards), newest reports first. */
  files: number;
}

/** What a result shows: the fields a Pagefind result's meta carries. */
export interface PlaceResult {
  url: string;
  title: string;
  derived: boolean;
  date: string;
  summary: string;
}

export interface NameSearchSources {
  places: readonly PlaceView[];
  actors: readonly ListPage[];
  gazetteer: Gazetteer;
  vocabulary: readonly ActorEntry[];
  transliteration: TransliterationRules;
}

/**
 * The dedicated indexes behind a neighbourhood or an actor search: a query that
 * is a place's or an actor's name, in any spelling (Latin too), is answered from
 * the list of the reports that name it (a place: or a place inside it), fetched
 * a file of results at a time, without loading the full-text index. Homonyms
 * each keep their own entry.
 */
export function writePlaceSearch(siteDir: string, sources: NameSearchSources): void {
  const fold = latinFold(sources.transliteration);
  const entry = (kind: NamedKind, id: string, list: ListPage, spellings: string[], latinSpellings: string[], rest: Pick<NameSearchEntry, "latinName" | "type" | "gender" | "within">): NameSearchEntry => {
    const latin = latinSpellings.filter(Boolean).map(fold);
    return {
      kind,
      id,
      keys: unique(spellings.map((s) => searchKeys(s).join(" "))),
      loose: unique(spellings.flatMap(looseKeys)),
      latin: unique(latin.map((k) => k.exact)),
      latinLoose: unique(latin.map((k) => k.loose)),
      name: list.name,
      ...rest,
      url: list.url,
      total: list.reports.length,
      files: Math.ceil(list.reports.length / PLACE_RESULTS_PER_FILE),
    };
  };
  const named = sources.places.filter((place) => place.reports.length);
  const places = named.map((place) => {
    const known = sources.gazetteer.bySlug.get(place.slug);
    // A Latin name's parenthesis is sometimes another name, sometimes where the place is («al-Sinaa (Raqqa)»): left out.
    const latinName = known?.latin?.replace(/\s*\([^)]*\)/g, "").trim() || null;
    return entry("place", place.slug, place, [place.name, ...(known?.aliases ?? [])], [latinName ?? "", place.slug.replace(/-/g, " ")], {
      latinName: known?.latin ?? null,
      type: place.type,
      gender: place.gender,
      within: place.ancestors.at(-1)?.name ?? null,
    });
  });
  const vocabulary = new Map(sources.vocabulary.map((actor) => [actor.id, actor]));
  const actors = sources.actors.map((actor) =>
    entry("actor", actor.slug, actor, [actor.name, ...(vocabulary.get(actor.slug)?.aliases ?? [])], [actor.slug.replace(/-/g, " ")], {
      latinName: null,
      type: SEARCH_AR.actorType,
      gender: "feminine",
      within: null,
    }),
  );
  named.forEach((place, i) => writeResults(siteDir, places[i]!, place.reports));
  sources.actors.forEach((actor, i) => writeResults(siteDir, actors[i]!, actor.reports));
  mkdirSync(join(siteDir, routes.search), { recursive: true });
  writeFileSync(join(siteDir, routes.placeSearchIndex), JSON.stringify(places));
  writeFileSync(join(siteDir, routes.actorSearchIndex), JSON.stringify(actors));
}

function writeResults(siteDir: string, entry: NameSearchEntry, reports: readonly ReportSummary[]): void {
  mkdirSync(join(siteDir, entry.url), { recursive: true });
  for (let file = 0; file < entry.files; file++) {
    const slice = reports.slice(file * PLACE_RESULTS_PER_FILE, (file + 1) * PLACE_RESULTS_PER_FILE);
    writeFileSync(join(siteDir, resultsFileUrl(entry.url, file + 1)), JSON.stringify(slice.map(placeResult)));
  }
}

function unique(keys: readonly string[]): string[] {
  return [...new Set(keys.filter(Boolean))];
}

function placeResult(report: ReportSummary): PlaceResult {
  return { url: report.url, title: report.title, derived: report.titleDerived, date: report.dateText, summary: report.summary };
}
