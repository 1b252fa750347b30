import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Gazetteer } from "../knowledge/gazetteer.ts";
import type { ReportSummary } from "../views/report-view.ts";
import { searchKeys } from "./search-keys.ts";
import { placeResultsUrl, routes } from "../routes.ts";
import type { PlaceView } from "../views/site-data.ts";

/** Results in one download: a screenful, a few kilobytes compressed. */
export const PLACE_RESULTS_PER_FILE = 20;

/** A place as the search page looks it up: every spelling's search keys, and where its results are. */
export interface PlaceSearchEntry {
  /** The search keys of its name and of each alias, each joined by spaces. */
  keys: string[];
  name: string;
  type: string;
  /** The place it lies in, to tell homonyms apart. */
  within: string | null;
  url: string;
  total: number;
  /** Files of results (`placeResultsUrl(url, 1)` onwards), newest reports first. */
  files: number;
}

/** What a place result shows: the fields a Pagefind result's meta carries. */
export interface PlaceResult {
  url: string;
  title: string;
  derived: boolean;
  date: string;
  summary: string;
}

/**
 * The dedicated index behind a neighbourhood search: a query that is a place's
 * name, in any spelling, is answered from the gazetteer's list of the reports
 * that name the place or a place inside it, fetched a file of results at a time,
 * without loading the full-text index. Homonyms each keep their own entry.
 */
export function writePlaceSearch(siteDir: string, places: readonly PlaceView[], gazetteer: Gazetteer): void {
  const entries: PlaceSearchEntry[] = [];
  for (const place of places) {
    if (!place.reports.length) continue;
    const spellings = [place.name, ...(gazetteer.bySlug.get(place.slug)?.aliases ?? [])];
    const keys = [...new Set(spellings.map((s) => searchKeys(s).join(" ")).filter(Boolean))];
    const files = Math.ceil(place.reports.length / PLACE_RESULTS_PER_FILE);
    entries.push({ keys, name: place.name, type: place.type, within: place.ancestors.at(-1)?.name ?? null, url: place.url, total: place.reports.length, files });
    mkdirSync(join(siteDir, place.url), { recursive: true });
    for (let file = 0; file < files; file++) {
      const slice = place.reports.slice(file * PLACE_RESULTS_PER_FILE, (file + 1) * PLACE_RESULTS_PER_FILE);
      writeFileSync(join(siteDir, placeResultsUrl(place.url, file + 1)), JSON.stringify(slice.map(placeResult)));
    }
  }
  mkdirSync(join(siteDir, routes.search), { recursive: true });
  writeFileSync(join(siteDir, routes.placeSearchIndex), JSON.stringify(entries));
}

function placeResult(report: ReportSummary): PlaceResult {
  return { url: report.url, title: report.title, derived: report.titleDerived, date: report.dateText, summary: report.summary };
}
