/**
 * Every address the archive publishes, in one place, so that pages, templates,
 * exports, the search indexes and the search page agree. A report's address is
 * its permalink and never changes; the others may move with a release.
 * Nothing here may import Node modules: the search page's script bundles it.
 */
export const routes = {
  home: "/",
  /** Every report, newest archived first. */
  reports: "/reports/",
  places: "/places/",
  actors: "/actors/",
  outlets: "/outlets/",
  months: "/months/",
  search: "/search/",
  /** The reports nobody has reviewed yet, most claims first. */
  awaitingReview: "/awaiting-review/",
  data: "/data/",
  feed: "/feed.xml",
  buildReport: "/build-report.json",
  notFound: "/404.html",
  stylesheet: "/assets/site.css",
  searchScript: "/assets/search.js",
  /** The report page's copy buttons; the page reads and downloads without it. */
  citeScript: "/assets/cite.js",
  favicon: "/favicon.ico",
  /** The place index the search page looks a query up in. */
  placeSearchIndex: "/search/places.json",
  /** The actor index, looked up the same way. */
  actorSearchIndex: "/search/actors.json",
  reportsJson: "/data/reports.json",
  reportsCsv: "/data/reports.csv",
  casualtiesCsv: "/data/casualties.csv",
  victimsCsv: "/data/victims.csv",
  placesGeoJson: "/data/places.geojson",
  /** The Frictionless data package: every export, its columns, their values, the licence. */
  dataPackage: "/data/datapackage.json",
} as const;

export function reportUrl(id: string): string {
  return `/reports/${id}/`;
}

/** The report's file as the archive received it; `extension` with its dot, lower case. */
export function originalUrl(id: string, extension: string): string {
  return `${reportUrl(id)}original${extension}`;
}

/** The report's citation as a file a reference manager imports: `bib` (BibTeX), `ris` or `json` (CSL-JSON). */
export function citationFileUrl(id: string, extension: "bib" | "ris" | "json"): string {
  return `${reportUrl(id)}cite.${extension}`;
}

export function placeUrl(slug: string): string {
  return `${routes.places}${slug}/`;
}

export function actorUrl(id: string): string {
  return `${routes.actors}${id}/`;
}

export function outletUrl(slug: string): string {
  return `${routes.outlets}${slug}/`;
}

/** `key` is `YYYY-MM`. */
export function monthUrl(key: string): string {
  return `${routes.months}${key}/`;
}

/** Page `number` of a list: the first keeps the list's own, permanent address. */
export function listPageUrl(listUrl: string, number: number): string {
  return number === 1 ? listUrl : `${listUrl}page/${number}/`;
}

/** File `number` of a place's or an actor's results for the search page, newest reports first; `listUrl` is its page. */
export function resultsFileUrl(listUrl: string, number: number): string {
  return `${listUrl}results-${number}.json`;
}

/** The casualty claims of the reports that name a place or a place inside it, as CSV. */
export function placeClaimsCsvUrl(placeUrl: string): string {
  return `${placeUrl}claims.csv`;
}

/** What a withdrawn report's tombstone keeps of it (title, outlet, date), for the builds after. */
export function withdrawnFactsUrl(id: string): string {
  return `${reportUrl(id)}withdrawn.json`;
}

/** Where a page's address is written in the site folder. */
export function pageFile(url: string): string {
  return `${url}index.html`;
}

/** A claim's row on its report's page. */
export function claimAnchor(number: number): string {
  return `claim-${number}`;
}
