import type { Gazetteer } from "../knowledge/gazetteer.ts";
import { PLACE_TYPES, type PlaceType } from "../types.ts";
import type { Redirect, Tombstone } from "../publish/registry.ts";
import { listPageUrl, monthUrl, placeUrl, reportUrl, routes } from "../routes.ts";
import { formatMonthKey, parseDateValue } from "./dates.ts";
import { AWAITING_REVIEW_AR, fill, HOME_TOTALS_AR, MAP_TITLE_AR, OUTSIDE_CITIES_AR, PAGE_OF_AR, PLACE_TYPE_AR, PLACE_TYPES_AR, TIMELINE_TITLE_AR, UNDATED_NOTE_AR } from "./labels.ts";
import type { Link, ReportSummary, ReportView } from "./report-view.ts";
import { mapSvg, timelineSvg, type Bar, type MapPoint } from "./svg.ts";
import { slugForName } from "../text/transliterate.ts";

export interface ListPage {
  slug: string;
  url: string;
  name: string;
  reports: ReportSummary[];
}

export interface PlaceView extends ListPage {
  /** Its kind, as a reader sees it («حي»). */
  type: string;
  /** Its kind, as the record codes it (`neighbourhood`). */
  placeType: PlaceType;
  /** Its own mentions, and with its sub-places. */
  direct: number;
  total: number;
  ancestors: Link[];
  children: (Link & { count: number })[];
  mapSvg: string | null;
  coordinates: { lat: number; lon: number } | null;
}

export interface PlaceGroup {
  name: string;
  head: Link | null;
  types: { type: string; places: (Link & { count: number })[] }[];
}

export interface MonthIndexEntry extends Link {
  count: number;
}

/** Where a page sits in a list too long for one page. */
export interface Pager {
  number: number;
  count: number;
  previous: string | null;
  next: string | null;
}

/** One page of a place's, actor's, outlet's or month's reports. */
export type ListPageSlice<T extends ListPage> = T & {
  /** This page's address: the entry's own URL for the first page, the permanent one. */
  pageUrl: string;
  /** All the entry's reports, not only this page's. */
  total: number;
  /** Said after the name in the title, from the second page on. */
  pageLabel: string;
  /** Null when the list fits one page. */
  pager: Pager | null;
};

export interface SiteData {
  baseUrl: string;
  reports: ReportView[];
  places: PlaceView[];
  placePages: ListPageSlice<PlaceView>[];
  actorPages: ListPageSlice<ListPage>[];
  outletPages: ListPageSlice<ListPage>[];
  monthPages: ListPageSlice<ListPage>[];
  /** The reports nobody has reviewed yet, most claims first, a hundred a page. */
  awaitingReviewPages: ListPageSlice<ListPage>[];
  placeGroups: PlaceGroup[];
  actors: ListPage[];
  outlets: ListPage[];
  months: ListPage[];
  monthIndex: { months: MonthIndexEntry[]; yearOnly: { year: string; reports: ReportSummary[] }[]; undated: ReportSummary[] };
  tombstones: (Tombstone & { url: string })[];
  redirects: (Redirect & { url: string; toUrl: string; canonical: string })[];
  home: { latest: ReportSummary[]; totals: { label: string; value: number }[]; timelineSvg: string | null; undatedNote: string | null };
}

/** Reports listed on the home page. */
const LATEST = 10;
/**
 * Reports on one page of a list. The whole country's list runs to tens of
 * thousands; a hundred is a few dozen kilobytes, light on a poor connection.
 */
export const LIST_PAGE_SIZE = 100;


interface PlaceNode {
  slug: string;
  name: string;
  type: PlaceType;
  parent: string | null;
  lat: number | null;
  lon: number | null;
}

/** Reports are given newest first; every list keeps that order. */
export function siteData(reports: ReportView[], gazetteer: Gazetteer, baseUrl: string, tombstones: Tombstone[], redirects: Redirect[]): SiteData {
  const places = placeViews(reports, gazetteer);
  const actors = groupBy(reports, (r) => r.actorLinks.map((a) => ({ slug: a.id, name: a.name, url: a.url })));
  const outlets = groupBy(reports, (r) => (r.outletLink ? [{ slug: slugForName(r.outletLink.name), name: r.outletLink.name, url: r.outletLink.url }] : []));
  const months = groupBy(reports, (r) => {
    const parts = parseDateValue(r.sortKey);
    if (!parts?.month) return [];
    const key = r.sortKey.slice(0, 7);
    return [{ slug: key, name: formatMonthKey(key), url: monthUrl(key) }];
  });
  return {
    baseUrl,
    reports,
    places,
    placePages: paginate(places),
    actorPages: paginate(actors),
    outletPages: paginate(outlets),
    monthPages: paginate(months),
    awaitingReviewPages: paginate([awaitingReview(reports)]),
    placeGroups: placeGroups(places, gazetteer),
    actors,
    outlets,
    months,
    monthIndex: monthIndex(reports),
    tombstones: tombstones.map((t) => ({ ...t, url: reportUrl(t.id) })),
    redirects: redirects.map((r) => ({ ...r, url: reportUrl(r.id), toUrl: reportUrl(r.to), canonical: new URL(reportUrl(r.to), baseUrl).href })),
    home: home(reports, places.length),
  };
}

/**
 * Reports whose machine reading nobody has checked, the most claims first (those
 * are where a misread count costs most), newest first among equals.
 */
function awaitingReview(reports: readonly ReportView[]): ListPage {
  const waiting = reports.filter((report) => !report.review.reviewed).sort((a, b) => b.claims - a.claims);
  return { slug: "awaiting-review", url: routes.awaitingReview, name: AWAITING_REVIEW_AR, reports: waiting.map(summaryOf) };
}

function groupBy(reports: readonly ReportView[], keys: (report: ReportView) => { slug: string; name: string; url: string }[]): ListPage[] {
  const pages = new Map<string, ListPage>();
  for (const report of reports) {
    for (const key of keys(report)) {
      let page = pages.get(key.slug);
      if (!page) pages.set(key.slug, (page = { ...key, reports: [] }));
      // Reports arrive one at a time, so a repeat of the same key is always the last entry.
      if (page.reports[page.reports.length - 1]?.id !== report.id) page.reports.push(summaryOf(report));
    }
  }
  return [...pages.values()].sort((a, b) => compare(a.slug, b.slug));
}

/** Each entry's reports cut into pages: the first at the entry's URL, then `page/2/` onwards. */
export function paginate<T extends ListPage>(entries: readonly T[], size = LIST_PAGE_SIZE): ListPageSlice<T>[] {
  return entries.flatMap((entry) => {
    const count = Math.max(1, Math.ceil(entry.reports.length / size));
    const urlOf = (number: number): string => listPageUrl(entry.url, number);
    return Array.from({ length: count }, (_, i) => ({
      ...entry,
      reports: entry.reports.slice(i * size, (i + 1) * size),
      pageUrl: urlOf(i + 1),
      total: entry.reports.length,
      pageLabel: i === 0 ? "" : fill(PAGE_OF_AR, { n: i + 1, count }),
      pager: count === 1 ? null : { number: i + 1, count, previous: i > 0 ? urlOf(i) : null, next: i + 1 < count ? urlOf(i + 2) : null },
    }));
  });
}

function summaryOf(report: ReportView): ReportSummary {
  const { id, url, title, titleDerived, dateText, outlet, places, claims, summary } = report;
  return { id, url, title, titleDerived, dateText, outlet, places, claims, summary };
}

function placeViews(reports: readonly ReportView[], gazetteer: Gazetteer): PlaceView[] {
  const nodes = new Map<string, PlaceNode>();
  const direct = new Map<string, ReportView[]>();
  const withSubPlaces = new Map<string, ReportView[]>();
  const add = (map: Map<string, ReportView[]>, slug: string, report: ReportView): void => {
    const list = map.get(slug) ?? [];
    if (list[list.length - 1] !== report) list.push(report);
    map.set(slug, list);
  };
  for (const report of reports) {
    for (const location of report.record.locations) {
      const known = gazetteer.bySlug.get(location.slug);
      nodes.set(location.slug, known ?? { slug: location.slug, name: location.name, type: location.type, parent: null, lat: location.lat, lon: location.lon });
      add(direct, location.slug, report);
      const chain = known ? gazetteer.ancestors(known.slug) : [nodes.get(location.slug)!];
      for (const place of chain) {
        if (!nodes.has(place.slug)) nodes.set(place.slug, place);
        add(withSubPlaces, place.slug, report);
      }
    }
  }
  const children = new Map<string, PlaceNode[]>();
  for (const node of nodes.values()) {
    if (node.parent && nodes.has(node.parent)) push(children, node.parent, node);
  }
  const count = (slug: string): number => withSubPlaces.get(slug)?.length ?? 0;
  return [...nodes.values()]
    .sort((a, b) => compare(a.slug, b.slug))
    .map((node) => {
      const kids = (children.get(node.slug) ?? []).sort((a, b) => count(b.slug) - count(a.slug) || compare(a.slug, b.slug));
      const ancestors = (gazetteer.bySlug.has(node.slug) ? gazetteer.ancestors(node.slug).slice(1) : []).reverse();
      const points: MapPoint[] = [node, ...kids]
        .filter((p): p is PlaceNode & { lat: number; lon: number } => p.lat !== null && p.lon !== null)
        .map((p) => ({ name: p.name, lat: p.lat, lon: p.lon, main: p.slug === node.slug }));
      return {
        slug: node.slug,
        url: placeUrl(node.slug),
        name: node.name,
        type: PLACE_TYPE_AR[node.type],
        placeType: node.type,
        direct: direct.get(node.slug)?.length ?? 0,
        total: count(node.slug),
        reports: (withSubPlaces.get(node.slug) ?? []).map(summaryOf),
        ancestors: ancestors.filter((a) => nodes.has(a.slug)).map((a) => ({ name: a.name, url: placeUrl(a.slug) })),
        children: kids.map((k) => ({ name: k.name, url: placeUrl(k.slug), count: count(k.slug) })),
        mapSvg: points.length ? mapSvg(points, fill(MAP_TITLE_AR, { name: node.name })) : null,
        coordinates: node.lat !== null && node.lon !== null ? { lat: node.lat, lon: node.lon } : null,
      };
    });
}

/** The place index: one group per city (places outside any city together), then by type. */
function placeGroups(places: readonly PlaceView[], gazetteer: Gazetteer): PlaceGroup[] {
  const groups = new Map<string, { head: PlaceView | null; byType: Map<PlaceType, PlaceView[]> }>();
  const OUTSIDE = "";
  for (const place of places) {
    const known = gazetteer.bySlug.get(place.slug);
    const city = known ? gazetteer.ancestors(known.slug).find((a) => a.type === "city") : undefined;
    const key = city?.slug ?? OUTSIDE;
    const group = groups.get(key) ?? { head: null, byType: new Map() };
    groups.set(key, group);
    if (city && city.slug === place.slug) {
      group.head = place;
      continue;
    }
    const type: PlaceType = known?.type ?? "other";
    push(group.byType, type, place);
  }
  const link = (p: PlaceView): Link & { count: number } => ({ name: p.name, url: p.url, count: p.total });
  return [...groups.entries()]
    .sort(([a], [b]) => (a === OUTSIDE ? 1 : b === OUTSIDE ? -1 : compare(a, b)))
    .map(([key, group]) => ({
      name: group.head?.name ?? (key === OUTSIDE ? OUTSIDE_CITIES_AR : key),
      head: group.head ? { name: group.head.name, url: group.head.url } : null,
      types: PLACE_TYPES.filter((t) => group.byType.has(t)).map((t) => ({
        type: PLACE_TYPES_AR[t],
        places: group.byType.get(t)!.sort((a, b) => b.total - a.total || compare(a.slug, b.slug)).map(link),
      })),
    }));
}

function monthIndex(reports: readonly ReportView[]): SiteData["monthIndex"] {
  const months = new Map<string, number>();
  const years = new Map<string, ReportSummary[]>();
  const undated: ReportSummary[] = [];
  for (const report of reports) {
    const parts = parseDateValue(report.sortKey);
    if (!parts) undated.push(summaryOf(report));
    else if (!parts.month) push(years, String(parts.year), summaryOf(report));
    else months.set(report.sortKey.slice(0, 7), (months.get(report.sortKey.slice(0, 7)) ?? 0) + 1);
  }
  return {
    months: [...months.entries()].sort(([a], [b]) => compare(b, a)).map(([key, count]) => ({ name: formatMonthKey(key), url: monthUrl(key), count })),
    yearOnly: [...years.entries()].sort(([a], [b]) => compare(b, a)).map(([year, list]) => ({ year, reports: list })),
    undated,
  };
}

/**
 * No casualty total: several reports often describe one incident, so a sum of
 * their claims would count the same dead more than once.
 */
function home(reports: readonly ReportView[], placeCount: number): SiteData["home"] {
  const actors = new Set(reports.flatMap((r) => r.actorLinks.map((a) => a.url)));
  const bars = monthBars(reports);
  const undated = reports.filter((r) => !parseDateValue(r.sortKey)?.month).length;
  return {
    latest: reports.slice(0, LATEST).map(summaryOf),
    totals: [
      { label: HOME_TOTALS_AR.reports, value: reports.length },
      { label: HOME_TOTALS_AR.places, value: placeCount },
      { label: HOME_TOTALS_AR.actors, value: actors.size },
      { label: HOME_TOTALS_AR.claims, value: reports.reduce((n, r) => n + r.claimRows.length, 0) },
    ],
    timelineSvg: bars.length ? timelineSvg(bars, TIMELINE_TITLE_AR) : null,
    undatedNote: undated ? fill(UNDATED_NOTE_AR, { n: undated }) : null,
  };
}

/** One bar per month from the first dated report to the last, empty months included. */
function monthBars(reports: readonly ReportView[]): Bar[] {
  const counts = new Map<string, number>();
  for (const r of reports) {
    const parts = parseDateValue(r.sortKey);
    if (parts?.month) counts.set(r.sortKey.slice(0, 7), (counts.get(r.sortKey.slice(0, 7)) ?? 0) + 1);
  }
  const keys = [...counts.keys()].sort();
  if (!keys.length) return [];
  const bars: Bar[] = [];
  let [year, month] = keys[0]!.split("-").map(Number) as [number, number];
  const last = keys[keys.length - 1]!;
  for (;;) {
    const key = `${year}-${String(month).padStart(2, "0")}`;
    const value = counts.get(key) ?? 0;
    bars.push({ label: formatMonthKey(key), tick: counts.size <= 12 && value ? formatMonthKey(key) : month === 1 || bars.length === 0 ? String(year) : null, value });
    if (key >= last) break;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  return bars;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
