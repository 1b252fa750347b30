import { basename, extname } from "node:path";
import { formatMessage } from "../message.ts";
import type { ReportRecord } from "../types.ts";
import { isolateLtrRuns } from "./bidi.ts";
import { displayStrings, displayText } from "../text/controls.ts";
import { citationFormats, type CitationFormats, type CitationInput, type Citations } from "../cite/citations.ts";
import type { PublishedReport } from "../publish/collate.ts";
import { actorUrl, claimAnchor, originalUrl, outletUrl, placeUrl, reportUrl } from "../routes.ts";
import { formatDate, parseDateValue } from "./dates.ts";
import { BACK_TO_CLAIM_AR, FIELDS_AR, OUTCOMES_AR, PARTIES_AR, PLACE_TYPE_AR, PRECISION_AR, QUALIFIED_COUNT_AR, QUALIFIERS_AR, UNKNOWN_COUNT_AR } from "./labels.ts";
import { renderBody, type Highlight } from "./render-body.ts";
import { slugForName } from "../text/transliterate.ts";

export interface Link {
  name: string;
  url: string;
}

export interface ClaimView {
  number: number;
  rowId: string;
  party: string;
  outcome: string;
  count: string;
  bound: string;
  perpetrator: Link | null;
  evidence: string;
  /** The mark in the text; null when the words could not be found there. */
  evidenceHref: string | null;
}

export interface PlaceMention extends Link {
  slug: string;
  type: string;
  evidenceHref: string | null;
}

export interface ReportSummary {
  id: string;
  url: string;
  title: string;
  titleDerived: boolean;
  dateText: string;
  outlet: string | null;
  places: string[];
  claims: number;
  /** The text's opening, for result lists. */
  summary: string;
}

export interface ReportView extends ReportSummary {
  /** The record as published (its `file` relative to the content folder): what the exports and the search index are made from. */
  record: ReportRecord;
  canonical: string;
  outletLink: Link | null;
  author: string | null;
  dateline: string | null;
  datePrecision: string;
  dateHref: string | null;
  published: string | null;
  sourceUrl: string | null;
  placeLinks: PlaceMention[];
  actorLinks: (Link & { id: string; evidenceHref: string | null })[];
  claimRows: ClaimView[];
  bodyHtml: string;
  removed: string[];
  provenance: { field: string; curated: boolean }[];
  original: { url: string; name: string; sha256: string; path: string };
  notices: string[];
  cite: Citations;
  /** The plain citation as HTML, Latin runs isolated so they read in order. */
  citeHtml: string;
  highwire: { name: string; content: string }[];
  jsonLd: string;
  filters: { place: string[]; actor: string[]; outlet: string[]; year: string[] };
  sortKey: string;
}

/** Characters of the opening shown under a report in result lists. */
const SUMMARY_LENGTH = 240;

/** Words of a derived headline: enough to recognise the report, short enough to scan. */
const DERIVED_TITLE_WORDS = 12;

/** Where the report's original file is published, with its own extension. */
export function originalFileUrl(report: PublishedReport): string {
  return originalUrl(report.record.id, extname(report.file).toLowerCase() || ".txt");
}

/** The newest-first key: the events' date, else the publication date. */
export function sortKey(record: ReportRecord): string {
  return record.date.value ?? record.source.published ?? "";
}

export function summarise(record: ReportRecord): ReportSummary {
  const derived = deriveTitle(record);
  return {
    id: record.id,
    url: reportUrl(record.id),
    title: record.title ?? derived,
    titleDerived: record.title === null,
    dateText: formatDate(record.date),
    outlet: record.source.outlet,
    places: record.locations.map((l) => l.name),
    claims: record.casualties.length,
    summary: (record.body[0] ?? "").slice(0, SUMMARY_LENGTH),
  };
}

function deriveTitle(record: ReportRecord): string {
  const first = record.body.find((p) => p.trim()) ?? "";
  const words = first.trim().split(/\s+/);
  return words.length > DERIVED_TITLE_WORDS ? `${words.slice(0, DERIVED_TITLE_WORDS).join(" ")}…` : first.trim() || record.id;
}

/** What a report is cited as; `plainCitations` formats many of these at once. */
export function citationInput(report: PublishedReport, baseUrl: string): CitationInput {
  const record = displayStrings(report.record);
  const summary = summarise(record);
  return {
    id: record.id,
    url: new URL(summary.url, baseUrl).href,
    title: summary.title,
    outlet: record.source.outlet,
    author: record.source.author,
    issued: record.source.published ?? record.date.value,
    originalUrl: record.source.url ?? null,
  };
}

/**
 * A report's view but for its plain citation: drafts are made while citeproc
 * formats the plain citations of many reports at once on another core.
 */
export type ReportViewDraft = Omit<ReportView, "cite" | "citeHtml"> & { citeFormats: CitationFormats };

/** The whole view, once its plain citation is known. */
export function completeReportView(draft: ReportViewDraft, plainCitation: string): ReportView {
  const { citeFormats, ...view } = draft;
  return { ...view, cite: { plain: plainCitation, ...citeFormats }, citeHtml: isolateLtrRuns(plainCitation) };
}

/**
 * Every field a report page prints, computed once so templates stay free of logic.
 * `vocabularyNames`: the vocabulary's actor names by id, for a perpetrator the report does not name as an actor.
 */
export function draftReportView(report: PublishedReport, baseUrl: string, vocabularyNames: ReadonlyMap<string, string>): ReportViewDraft {
  // Everything a page shows is made from the record as a page may show it; the view keeps the exact record for the exports.
  const record = displayStrings(report.record);
  const summary = summarise(record);
  const actorName = new Map([...vocabularyNames, ...record.actors.map((a) => [a.id, a.name] as const)]);
  const partyName = (party: string): string => PARTIES_AR[party] ?? actorName.get(party) ?? party;

  const highlights: Highlight[] = [];
  record.casualties.forEach((claim, i) => {
    highlights.push({ text: claim.evidence, id: `ev-claim-${i + 1}`, className: "ev-claim", every: false, backTo: { href: `#${claimAnchor(i + 1)}`, label: BACK_TO_CLAIM_AR.replace("{n}", String(i + 1)) } });
  });
  if (record.date.evidence) highlights.push({ text: record.date.evidence, id: "ev-date", className: "ev-date", every: false });
  for (const place of record.locations) {
    for (const spelling of longestFirst(place.evidence)) highlights.push({ text: spelling, id: `ev-place-${place.slug}`, className: "ev-place", every: true });
  }
  for (const actor of record.actors) {
    for (const spelling of longestFirst(actor.evidence)) highlights.push({ text: spelling, id: `ev-actor-${actor.id}`, className: "ev-actor", every: true });
  }
  const body = renderBody(record.body, highlights);
  const href = (id: string): string | null => (body.placed.has(id) ? `#${id}` : null);

  const canonical = new URL(summary.url, baseUrl).href;
  const year = parseDateValue(record.date.value)?.year;
  const citeFormats = citationFormats(citationInput(report, baseUrl));
  const curated = new Set(record.curated ?? []);
  const provenanceFields = ["title", "outlet", "author", "dateline", "date", "published", "url", "locations", "actors", "casualties"];

  return {
    ...summary,
    record: report.record,
    canonical,
    outletLink: record.source.outlet ? { name: record.source.outlet, url: outletUrl(slugForName(record.source.outlet)) } : null,
    author: record.source.author,
    dateline: record.source.dateline,
    datePrecision: PRECISION_AR[record.date.precision],
    dateHref: href("ev-date"),
    published: record.source.published ?? null,
    sourceUrl: record.source.url ?? null,
    placeLinks: record.locations.map((l) => ({ name: l.name, url: placeUrl(l.slug), slug: l.slug, type: PLACE_TYPE_AR[l.type], evidenceHref: href(`ev-place-${l.slug}`) })),
    actorLinks: record.actors.map((a) => ({ id: a.id, name: a.name, url: actorUrl(a.id), evidenceHref: href(`ev-actor-${a.id}`) })),
    claimRows: record.casualties.map((claim, i) => ({
      number: i + 1,
      rowId: claimAnchor(i + 1),
      party: partyName(claim.party),
      outcome: OUTCOMES_AR[claim.outcome],
      count: QUALIFIED_COUNT_AR[claim.qualifier].replace("{n}", claim.count === null ? UNKNOWN_COUNT_AR : String(claim.count)),
      bound: QUALIFIERS_AR[claim.qualifier],
      perpetrator: claim.perpetrator ? { name: partyName(claim.perpetrator), url: actorUrl(claim.perpetrator) } : null,
      evidence: claim.evidence,
      evidenceHref: href(`ev-claim-${i + 1}`),
    })),
    bodyHtml: body.html,
    removed: record.removed,
    provenance: provenanceFields.map((field) => ({ field: FIELDS_AR[field] ?? field, curated: curated.has(field) })),
    original: { url: originalFileUrl(report), name: displayText(basename(report.file)), sha256: report.sha256, path: record.file },
    notices: report.notices.map((notice) => displayText(formatMessage(notice))),
    citeFormats,
    highwire: highwire(record, summary.title, canonical),
    jsonLd: jsonForScript(jsonLd(record, summary.title, canonical)),
    filters: {
      place: record.locations.map((l) => l.name),
      actor: record.actors.map((a) => a.name),
      outlet: record.source.outlet ? [record.source.outlet] : [],
      year: year ? [String(year)] : [],
    },
    sortKey: sortKey(record),
  };
}

function longestFirst(spellings: readonly string[]): string[] {
  return [...new Set(spellings)].sort((a, b) => b.length - a.length);
}

function highwireDate(value: string | null | undefined): string | null {
  const parts = parseDateValue(value ?? null);
  if (!parts) return null;
  return [parts.year, parts.month, parts.day].filter((n) => n !== null).map((n) => String(n).padStart(2, "0")).join("/");
}

/** Highwire Press tags: what Zotero and Google Scholar read. */
function highwire(record: ReportRecord, title: string, canonical: string): { name: string; content: string }[] {
  const tags: { name: string; content: string }[] = [{ name: "citation_title", content: title }];
  if (record.source.author) tags.push({ name: "citation_author", content: record.source.author });
  const date = highwireDate(record.source.published ?? record.date.value);
  if (date) tags.push({ name: "citation_publication_date", content: date }, { name: "citation_date", content: date });
  if (record.source.outlet) tags.push({ name: "citation_publisher", content: record.source.outlet }, { name: "citation_journal_title", content: record.source.outlet });
  tags.push({ name: "citation_language", content: "ar" }, { name: "citation_public_url", content: canonical }, { name: "citation_fulltext_html_url", content: canonical });
  return tags;
}

function jsonLd(record: ReportRecord, title: string, canonical: string): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "Report",
    "@id": canonical,
    url: canonical,
    headline: title,
    inLanguage: "ar",
    ...(record.source.published || record.date.value ? { datePublished: record.source.published ?? record.date.value } : {}),
    ...(record.source.author ? { author: { "@type": "Person", name: record.source.author } } : {}),
    ...(record.source.outlet ? { publisher: { "@type": "Organization", name: record.source.outlet } } : {}),
    ...(record.source.url ? { isBasedOn: record.source.url } : {}),
    contentLocation: record.locations.map((l) => ({
      "@type": "Place",
      name: l.name,
      ...(l.lat !== null && l.lon !== null ? { geo: { "@type": "GeoCoordinates", latitude: l.lat, longitude: l.lon } } : {}),
    })),
    about: record.actors.map((a) => ({ "@type": "Organization", name: a.name })),
  };
}

/** JSON safe to print inside `<script>`: no `<`, `>` or `&` can end or bend the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
