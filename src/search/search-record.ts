import type { Gazetteer } from "../knowledge/gazetteer.ts";
import { parseDateValue } from "../views/dates.ts";
import type { ReportView } from "../views/report-view.ts";
import { PERIOD_FILTER, type SearchFilter } from "./search-filters.ts";
import { searchKeys } from "./search-keys.ts";

/** A report as Pagefind indexes it: a custom record, not its page's HTML. */
export interface SearchRecord {
  url: string;
  /** The report's words as search keys, in order, so Pagefind still weighs how often and how close they are. */
  content: string;
  language: "ar";
  /** What a result shows; the search page never prints the index's excerpt. */
  meta: Record<string, string>;
  filters: Record<SearchFilter | typeof PERIOD_FILTER, string[]>;
}

/**
 * Indexing keys instead of the page keeps the index and each result's fragment to
 * the words a query can match: a query is folded the same way (`searchKeys`), so
 * the report's own spelling would never be matched anyway.
 */
export function searchRecord(view: ReportView, gazetteer: Gazetteer): SearchRecord {
  const { record } = view;
  const { author, dateline, outlet } = record.source;
  const texts = [view.title, ...record.body, ...record.locations.map((l) => l.name), ...record.actors.map((a) => a.name), outlet ?? "", author ?? "", dateline ?? ""];
  return {
    url: view.url,
    content: texts.flatMap(searchKeys).join(" "),
    language: "ar",
    meta: { title: view.title, date: view.dateText, summary: view.summary, ...(view.titleDerived ? { derived: "1" } : {}) },
    filters: recordFilters(view, gazetteer),
  };
}

/**
 * A report's filter values: the places it names and every place they lie in (as
 * a place's page lists the reports of the places inside it), its actors' ids,
 * its outlet, and its period.
 */
function recordFilters(view: ReportView, gazetteer: Gazetteer): SearchRecord["filters"] {
  const places = new Set<string>();
  for (const location of view.record.locations) {
    places.add(location.slug);
    for (const ancestor of gazetteer.ancestors(location.slug)) places.add(ancestor.slug);
  }
  const parts = parseDateValue(view.sortKey);
  return {
    place: [...places],
    actor: view.record.actors.map((a) => a.id),
    outlet: view.record.source.outlet ? [view.record.source.outlet] : [],
    review: [view.review.reviewed ? "reviewed" : "machine"],
    [PERIOD_FILTER]: parts ? [parts.month ? view.sortKey.slice(0, 7) : String(parts.year)] : [],
  };
}
