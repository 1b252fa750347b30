import type { ReportView } from "../views/report-view.ts";
import { searchKeys } from "./search-keys.ts";

/** A report as Pagefind indexes it: a custom record, not its page's HTML. */
export interface SearchRecord {
  url: string;
  /** The report's words as search keys, in order, so Pagefind still weighs how often and how close they are. */
  content: string;
  language: "ar";
  /** What a result shows; the search page never prints the index's excerpt. */
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/**
 * Indexing keys instead of the page keeps the index and each result's fragment to
 * the words a query can match: a query is folded the same way (`searchKeys`), so
 * the report's own spelling would never be matched anyway.
 */
export function searchRecord(view: ReportView): SearchRecord {
  const { author, dateline } = view.record.source;
  const texts = [view.title, ...view.record.body, ...view.filters.place, ...view.filters.actor, ...view.filters.outlet, author ?? "", dateline ?? ""];
  return {
    url: view.url,
    content: texts.flatMap(searchKeys).join(" "),
    language: "ar",
    meta: { title: view.title, date: view.dateText, summary: view.summary, ...(view.titleDerived ? { derived: "1" } : {}) },
    filters: view.filters,
  };
}
