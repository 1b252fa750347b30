import type { Gazetteer } from "../knowledge/gazetteer.ts";
import { formatPlace } from "../message.ts";
import type { PublishedReport } from "../publish/collate.ts";

/** A place the archive names that the gazetteer lacks: one entry of the gazetteer's queue. */
export interface UnknownPlace {
  name: string;
  slug: string;
  /** The reports that name it, by id. */
  reports: string[];
  /** The spellings the reports use, each once. */
  evidence: string[];
  /** The place the texts put it in, with how many reports say so, most first. */
  parents: { name: string; slug: string | null; reports: number }[];
  /** Where each report names it (`file:line:col-line:col`), from the extractor's `place-unknown` notices. */
  mentions: string[];
}

/**
 * The gazetteer's queue: every place a published report names that the
 * gazetteer lacks (read by the extractor as type `other`, or added by a review
 * as `{name, type, parent}`), the most named first, so an archivist can add them
 * to the gazetteer in one sitting.
 */
export function unknownPlaces(reports: readonly PublishedReport[], gazetteer: Gazetteer): UnknownPlace[] {
  type Entry = Omit<UnknownPlace, "parents"> & { parentCounts: Map<string, number> };
  const bySlug = new Map<string, Entry>();
  const slugOfName = new Map(gazetteer.places.map((place) => [place.name, place.slug]));
  for (const report of reports) {
    for (const location of report.record.locations) {
      if (gazetteer.bySlug.has(location.slug)) continue;
      const entry: Entry = bySlug.get(location.slug) ?? { name: location.name, slug: location.slug, reports: [], evidence: [], mentions: [], parentCounts: new Map() };
      bySlug.set(location.slug, entry);
      if (!entry.reports.includes(report.record.id)) entry.reports.push(report.record.id);
      for (const spelling of location.evidence) if (!entry.evidence.includes(spelling)) entry.evidence.push(spelling);
      if (location.parent !== null) entry.parentCounts.set(location.parent, (entry.parentCounts.get(location.parent) ?? 0) + 1);
      for (const notice of report.notices) {
        if (notice.ruleId === "place-unknown" && notice.actual === location.name) entry.mentions.push(formatPlace(notice));
      }
    }
  }
  return [...bySlug.values()]
    .map(({ parentCounts, ...entry }) => ({
      ...entry,
      parents: [...parentCounts].sort(([a, n], [b, m]) => m - n || compare(a, b)).map(([name, count]) => ({ name, slug: slugOfName.get(name) ?? null, reports: count })),
    }))
    .sort((a, b) => b.reports.length - a.reports.length || compare(a.name, b.name));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
