import type { Gazetteer } from "../knowledge/gazetteer.ts";
import { PLACE_TYPES, type Outcome, type PlaceType } from "../types.ts";
import type { Redirect, Tombstone } from "../publish/registry.ts";
import { actorUrl, listPageUrl, monthUrl, outletUrl, placeClaimsCsvUrl, placeUrl, reportUrl, routes } from "../routes.ts";
import { slugForName } from "../text/transliterate.ts";
import { compareArabic, counted } from "./arabic.ts";
import { formatMonthKey, parseDateValue } from "./dates.ts";
import {
  ABSORBED_AR,
  AWAITING_REVIEW_AR,
  ALL_REPORTS_AR,
  fill,
  HOME_TOTALS_AR,
  MAP_DOT_AR,
  MAP_MANY_UNLABELLED_AR,
  MAP_TITLE_AR,
  MAP_UNLABELLED_AR,
  MONTHS_AR,
  NONE_STATED_AR,
  NOUNS_AR,
  OUTCOMES_AR,
  OUTSIDE_CITIES_AR,
  PAGE_OF_AR,
  PLACE_COUNTS_AR,
  PLACE_TYPE_AR,
  PLACE_TYPE_GENDER_AR,
  PLACE_TYPES_AR,
  TIMELINE_BAR_AR,
  TIMELINE_TITLE_AR,
  UNDATED_NOTE_AR,
  type Gender,
} from "./labels.ts";
import type { Link, ReportSummary, ReportView } from "./report-view.ts";
import { mapSvg, timelineSvg, type Bar, type MapPoint } from "./svg.ts";

export interface ListPage {
  slug: string;
  url: string;
  name: string;
  reports: ReportSummary[];
}

/** A linked name with how many reports it has. */
export type CountedLink = Link & { count: number };

/** A place's casualty figures for one outcome, over the claims of the reports that name it. */
export interface OutcomeTotal {
  outcome: string;
  /** «3 ادعاءات» */
  claims: string;
  /** The sum of the numbers those claims state; «—» when none states one. */
  stated: string;
  /** How many of them give no number («عشرات», «عدد غير محدد»). */
  unnumbered: number;
}

export interface PlaceView extends ListPage {
  /** Its kind, as a reader sees it («حي»). */
  type: string;
  /** Its kind, as the record codes it (`neighbourhood`). */
  placeType: PlaceType;
  gender: Gender;
  /** The gazetteer's Latin name, for readers who do not read Arabic. */
  latin: string | null;
  /** Its own mentions, and with its sub-places. */
  direct: number;
  total: number;
  /** The sentence's words around the counts, in the place's gender. */
  words: (typeof PLACE_COUNTS_AR)[Gender];
  ancestors: Link[];
  children: CountedLink[];
  map: { svg: string; unlabelledNote: string; withoutPosition: CountedLink[] } | null;
  coordinates: { lat: number; lon: number } | null;
  /** Null when no report naming it has a claim. */
  casualties: { outcomes: OutcomeTotal[]; csvUrl: string } | null;
}

export interface PlaceGroup {
  name: string;
  head: Link | null;
  types: { type: string; places: CountedLink[] }[];
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

/** A report's page: its view, and the ids merged into it, which its URL now answers for. */
export type ReportPage = ReportView & { absorbed: { id: string; url: string }[]; absorbedNote: string };

/** What a withdrawn report's tombstone can say of it: what the archive still knows. */
export interface TombstoneFacts {
  title: string | null;
  outlet: string | null;
  dateText: string | null;
}

export type TombstoneInput = Tombstone & { facts: TombstoneFacts | null; withdrawnOn: string | null };

/** A page that moved: its old address answers with a pointer to the new one. */
export interface MovedPage {
  url: string;
  toUrl: string;
  canonical: string;
}

export interface SiteInput {
  /** Newest first (by the events' date). */
  reports: ReportView[];
  gazetteer: Gazetteer;
  baseUrl: string;
  tombstones: TombstoneInput[];
  redirects: Redirect[];
  /** Every published id, the most recently archived first. */
  archivedOrder: readonly string[];
  /** The ids each actor had before (actors.yaml's `formerly`), by its id now. */
  formerActorIds: ReadonlyMap<string, readonly string[]>;
}

export interface SiteData {
  baseUrl: string;
  reports: ReportPage[];
  /** Every report, newest archived first, a hundred a page, at `/reports/`. */
  reportListPages: ListPageSlice<ListPage>[];
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
  tombstones: (TombstoneInput & { url: string })[];
  redirects: (Redirect & { url: string; toUrl: string; canonical: string })[];
  /**
   * Old addresses of pages that moved: outlet pages that had the slug made from
   * the name before `outlets.yaml` gave them one, and actor pages under a former id.
   */
  movedPages: MovedPage[];
  home: { latest: ReportSummary[]; totals: { label: string; value: number }[]; timelineSvg: string | null; timelineTable: MonthIndexEntry[]; undatedNote: string | null };
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
  latin: string | null;
  type: PlaceType;
  parent: string | null;
  lat: number | null;
  lon: number | null;
}

/** Reports are given newest first; every list keeps that order. */
export function siteData(input: SiteInput): SiteData {
  const { reports, gazetteer, baseUrl } = input;
  const places = placeViews(reports, gazetteer);
  const byName = (a: ListPage, b: ListPage): number => compareArabic(a.name, b.name);
  const actors = groupBy(reports, (r) => r.actorLinks.map((a) => ({ slug: a.id, name: a.name, url: a.url })), byName);
  const outlets = groupBy(reports, (r) => (r.outletLink ? [{ slug: r.outletLink.slug, name: r.outletLink.name, url: r.outletLink.url }] : []), byName);
  const months = groupBy(
    reports,
    (r) => {
      const parts = parseDateValue(r.sortKey);
      if (!parts?.month) return [];
      const key = r.sortKey.slice(0, 7);
      return [{ slug: key, name: formatMonthKey(key), url: monthUrl(key) }];
    },
    (a, b) => compare(a.slug, b.slug),
  );
  const outletPages = paginate(outlets);
  const actorPages = paginate(actors);
  return {
    baseUrl,
    reports: withAbsorbed(reports, input.redirects),
    reportListPages: paginate([{ slug: "reports", url: routes.reports, name: ALL_REPORTS_AR, reports: archivedFirst(reports, input.archivedOrder) }]),
    places,
    placePages: paginate(places),
    actorPages,
    outletPages,
    monthPages: paginate(months),
    awaitingReviewPages: paginate([awaitingReview(reports)]),
    placeGroups: placeGroups(places, gazetteer),
    actors,
    outlets,
    months,
    monthIndex: monthIndex(reports),
    tombstones: input.tombstones.map((t) => ({ ...t, url: reportUrl(t.id) })),
    redirects: input.redirects.map((r) => ({ ...r, url: reportUrl(r.id), toUrl: reportUrl(r.to), canonical: new URL(reportUrl(r.to), baseUrl).href })),
    movedPages: [
      ...movedPages(outletPages, baseUrl, (page) => [outletUrl(slugForName(page.name))]),
      ...movedPages(actorPages, baseUrl, (page) => (input.formerActorIds.get(page.slug) ?? []).map(actorUrl)),
    ],
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

function groupBy(reports: readonly ReportView[], keys: (report: ReportView) => { slug: string; name: string; url: string }[], order: (a: ListPage, b: ListPage) => number): ListPage[] {
  const pages = new Map<string, ListPage>();
  for (const report of reports) {
    for (const key of keys(report)) {
      let page = pages.get(key.slug);
      if (!page) pages.set(key.slug, (page = { ...key, reports: [] }));
      // Reports arrive one at a time, so a repeat of the same key is always the last entry.
      if (page.reports[page.reports.length - 1]?.id !== report.id) page.reports.push(summaryOf(report));
    }
  }
  return [...pages.values()].sort(order);
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
  const { id, url, title, titleDerived, dateText, outlet, places, claims, claimsText, summary } = report;
  return { id, url, title, titleDerived, dateText, outlet, places, claims, claimsText, summary };
}

function archivedFirst(reports: readonly ReportView[], archivedOrder: readonly string[]): ReportSummary[] {
  const rank = new Map(archivedOrder.map((id, i) => [id, i]));
  const last = archivedOrder.length;
  return [...reports].sort((a, b) => (rank.get(a.id) ?? last) - (rank.get(b.id) ?? last) || compare(a.id, b.id)).map(summaryOf);
}

function withAbsorbed(reports: readonly ReportView[], redirects: readonly Redirect[]): ReportPage[] {
  const absorbed = new Map<string, { id: string; url: string }[]>();
  for (const redirect of redirects) push(absorbed, redirect.to, { id: redirect.id, url: reportUrl(redirect.id) });
  return reports.map((report) => {
    const old = absorbed.get(report.id) ?? [];
    return { ...report, absorbed: old, absorbedNote: old.length === 1 ? ABSORBED_AR.one : old.length ? fill(ABSORBED_AR.other, { n: old.length }) : "" };
  });
}

/** Each page's old addresses (`oldUrls` of its list), and those of its further pages, point at where it is now. */
function movedPages(pages: readonly ListPageSlice<ListPage>[], baseUrl: string, oldUrls: (page: ListPage) => string[]): MovedPage[] {
  return pages.flatMap((page) => {
    const number = page.pager?.number ?? 1;
    return oldUrls(page)
      .filter((old) => old !== page.url)
      .map((old) => ({ url: listPageUrl(old, number), toUrl: page.pageUrl, canonical: new URL(page.pageUrl, baseUrl).href }));
  });
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
      nodes.set(location.slug, known ?? { slug: location.slug, name: location.name, latin: null, type: location.type, parent: null, lat: location.lat, lon: location.lon });
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
  const descendants = (slug: string): PlaceNode[] => (children.get(slug) ?? []).flatMap((child) => [child, ...descendants(child.slug)]);
  const link = (p: PlaceNode): CountedLink => ({ name: p.name, url: placeUrl(p.slug), count: count(p.slug) });
  const byCount = (a: PlaceNode, b: PlaceNode): number => count(b.slug) - count(a.slug) || compareArabic(a.name, b.name);
  return [...nodes.values()]
    .sort((a, b) => compare(a.slug, b.slug))
    .map((node) => {
      const gender = PLACE_TYPE_GENDER_AR[node.type];
      const ancestors = (gazetteer.bySlug.has(node.slug) ? gazetteer.ancestors(node.slug).slice(1) : []).reverse();
      const inside = descendants(node.slug);
      const reportsOfPlace = withSubPlaces.get(node.slug) ?? [];
      return {
        slug: node.slug,
        url: placeUrl(node.slug),
        name: node.name,
        latin: node.latin,
        type: PLACE_TYPE_AR[node.type],
        placeType: node.type,
        gender,
        words: PLACE_COUNTS_AR[gender],
        direct: direct.get(node.slug)?.length ?? 0,
        total: count(node.slug),
        reports: reportsOfPlace.map(summaryOf),
        ancestors: ancestors.filter((a) => nodes.has(a.slug)).map((a) => ({ name: a.name, url: placeUrl(a.slug) })),
        children: (children.get(node.slug) ?? []).sort(byCount).map(link),
        map: placeMap(node, inside, children.get(node.parent ?? "") ?? [], count, link, byCount),
        coordinates: node.lat !== null && node.lon !== null ? { lat: node.lat, lon: node.lon } : null,
        casualties: casualtyTotals(reportsOfPlace, node.slug),
      };
    });
}

/** Unlabelled dots few enough to name under the map; past that, a country's map would print a list of villages. */
const UNLABELLED_NAMED_UP_TO = 10;

type Positioned = PlaceNode & { lat: number; lon: number };
const positioned = (p: PlaceNode): p is Positioned => p.lat !== null && p.lon !== null;

/**
 * The place and every place inside it that has a position, as dots; the places
 * inside it without one, listed beside. A place alone on its map is drawn among
 * its neighbours (the places that share its parent), so its dot says where it lies.
 */
function placeMap(
  node: PlaceNode,
  inside: readonly PlaceNode[],
  siblings: readonly PlaceNode[],
  count: (slug: string) => number,
  link: (p: PlaceNode) => CountedLink,
  byCount: (a: PlaceNode, b: PlaceNode) => number,
): PlaceView["map"] {
  let shown: Positioned[] = [node, ...inside].filter(positioned);
  if (shown.length === 0) return null;
  if (shown.length === 1) shown = [...shown, ...siblings.filter((s) => s.slug !== node.slug).filter(positioned)];
  const points: MapPoint[] = shown.map((p) => ({
    name: p.name,
    lat: p.lat,
    lon: p.lon,
    main: p.slug === node.slug,
    url: placeUrl(p.slug),
    reports: count(p.slug),
    label: fill(MAP_DOT_AR, { name: p.name, reports: counted(count(p.slug), NOUNS_AR.report) }),
  }));
  const { svg, unlabelled } = mapSvg(points, fill(MAP_TITLE_AR, { name: node.name }));
  const unlabelledNote =
    unlabelled.length === 0 ? "" : unlabelled.length <= UNLABELLED_NAMED_UP_TO ? fill(MAP_UNLABELLED_AR, { names: unlabelled.join("، ") }) : fill(MAP_MANY_UNLABELLED_AR, { places: counted(unlabelled.length, NOUNS_AR.place) });
  return { svg, unlabelledNote, withoutPosition: inside.filter((p) => !positioned(p)).sort(byCount).map(link) };
}

/**
 * Per outcome, the claims of the reports that name the place or a place inside it:
 * how many claims, the sum of the numbers they state, how many state none. Several
 * reports often tell of one incident, and a report may name other places too, so
 * this is what the reports claim, not a count of victims; the page says so.
 */
function casualtyTotals(reports: readonly ReportView[], slug: string): PlaceView["casualties"] {
  const totals = new Map<Outcome, { claims: number; stated: number | null; unnumbered: number }>();
  for (const report of reports) {
    for (const claim of report.record.casualties) {
      const total = totals.get(claim.outcome) ?? { claims: 0, stated: null, unnumbered: 0 };
      total.claims++;
      if (claim.count === null) total.unnumbered++;
      else total.stated = (total.stated ?? 0) + claim.count;
      totals.set(claim.outcome, total);
    }
  }
  if (totals.size === 0) return null;
  const outcomes = (Object.keys(OUTCOMES_AR) as Outcome[]).flatMap((outcome) => {
    const total = totals.get(outcome);
    return total ? [{ outcome: OUTCOMES_AR[outcome], claims: counted(total.claims, NOUNS_AR.claim), stated: total.stated === null ? NONE_STATED_AR : String(total.stated), unnumbered: total.unnumbered }] : [];
  });
  return { outcomes, csvUrl: placeClaimsCsvUrl(placeUrl(slug)) };
}

/** The place index: one group per city (places outside any city together), then by type, each in Arabic order. */
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
  const link = (p: PlaceView): CountedLink => ({ name: p.name, url: p.url, count: p.total });
  const nameOf = (key: string): string => groups.get(key)?.head?.name ?? gazetteer.bySlug.get(key)?.name ?? key;
  return [...groups.entries()]
    .sort(([a], [b]) => (a === OUTSIDE ? 1 : b === OUTSIDE ? -1 : compareArabic(nameOf(a), nameOf(b))))
    .map(([key, group]) => ({
      name: key === OUTSIDE ? OUTSIDE_CITIES_AR : nameOf(key),
      head: group.head ? { name: group.head.name, url: group.head.url } : null,
      types: PLACE_TYPES.filter((t) => group.byType.has(t)).map((t) => ({
        type: PLACE_TYPES_AR[t],
        places: group.byType.get(t)!.sort((a, b) => compareArabic(a.name, b.name)).map(link),
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
    timelineTable: monthIndex(reports).months,
    undatedNote: undated ? fill(UNDATED_NOTE_AR, { n: undated }) : null,
  };
}

/** Bars few enough that each month's name fits under its bar; up to the second, its number does. */
const MONTH_NAMES_UP_TO = 6;
const MONTH_NUMBERS_UP_TO = 24;

/** One bar per month from the first dated report to the last, empty months included. */
function monthBars(reports: readonly ReportView[]): Bar[] {
  const counts = new Map<string, number>();
  for (const r of reports) {
    const parts = parseDateValue(r.sortKey);
    if (parts?.month) counts.set(r.sortKey.slice(0, 7), (counts.get(r.sortKey.slice(0, 7)) ?? 0) + 1);
  }
  const keys = [...counts.keys()].sort();
  if (!keys.length) return [];
  const first = keys[0]!;
  const last = keys[keys.length - 1]!;
  const all: string[] = [];
  for (let [year, month] = first.split("-").map(Number) as [number, number]; ; ) {
    const key = `${year}-${String(month).padStart(2, "0")}`;
    all.push(key);
    if (key >= last) break;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  const monthLabel = (key: string): string | null => {
    const month = Number(key.slice(5));
    return all.length <= MONTH_NAMES_UP_TO ? MONTHS_AR[month - 1]! : all.length <= MONTH_NUMBERS_UP_TO ? String(month) : null;
  };
  return all.map((key, i) => {
    const value = counts.get(key) ?? 0;
    return {
      label: fill(TIMELINE_BAR_AR, { month: formatMonthKey(key), reports: counted(value, NOUNS_AR.report) }),
      value,
      url: value ? monthUrl(key) : null,
      month: monthLabel(key),
      year: i === 0 || key.endsWith("-01") ? key.slice(0, 4) : null,
    };
  });
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
