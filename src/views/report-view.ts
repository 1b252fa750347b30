import { basename, extname } from "node:path";
import { formatMessage } from "../message.ts";
import type { ReportRecord } from "../types.ts";
import { isolateLtrRuns, isolateRtlRuns } from "./bidi.ts";
import { displayStrings, displayText } from "../text/controls.ts";
import { citationFormats, citedTitle, type CitationFormats, type CitationInput, type Citations, type PlainCitation } from "../cite/citations.ts";
import type { ActorKind } from "../knowledge/vocabulary.ts";
import type { PublishedReport } from "../publish/collate.ts";
import { actorUrl, citationFileUrl, claimAnchor, originalUrl, outletUrl, placeUrl, reportUrl, routes } from "../routes.ts";
import { formatDate, parseDateValue } from "./dates.ts";
import { counted } from "./arabic.ts";
import { ARCHIVE_NAME_AR, BACK_TO_CLAIM_AR, FIELDS_AR, fill, NOUNS_AR, ORIGINS_AR, OUTCOMES_AR, PARTIES_AR, PLACE_TYPE_AR, PRECISION_AR, QUALIFIED_COUNT_AR, QUALIFIERS_AR, REVIEW_AR, UNKNOWN_COUNT_AR } from "./labels.ts";
import { renderBody, type Highlight } from "./render-body.ts";
import { ARCHIVE_LICENCE } from "../archive.ts";

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
  /** The people the report names for this claim, as written. */
  victims: string[];
  /** «8 أسماء», said before the names; empty when there are none. */
  victimsCount: string;
}

export interface PlaceMention extends Link {
  slug: string;
  type: string;
  evidenceHref: string | null;
}

/** Where a field's value comes from: the report's review, its front matter, or the machine's reading. */
export type Origin = keyof typeof ORIGINS_AR;

export interface FieldOrigin {
  origin: Origin;
  label: string;
}

/** The fields a report's page says the origin of, by the names the page uses. */
const PAGE_FIELDS = ["title", "outlet", "author", "dateline", "date", "published", "url", "locations", "actors", "casualties"] as const;

type PageField = (typeof PAGE_FIELDS)[number];

/** The record's name for each (the one `curated` lists). */
const RECORD_FIELD: Record<PageField, string> = {
  title: "title",
  outlet: "source.outlet",
  author: "source.author",
  dateline: "source.dateline",
  date: "date",
  published: "source.published",
  url: "source.url",
  locations: "locations",
  actors: "actors",
  casualties: "casualties",
};

export interface ReviewStatusView {
  /** Whether a person has checked the machine's reading. */
  reviewed: boolean;
  /** «راجعه … في …» or «قراءة آلية، لم تُراجَع», as HTML with Latin runs isolated. */
  html: string;
  note: string | null;
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
  /** «3 ادعاءات»: the count with its noun in agreement; empty when there are none. */
  claimsText: string;
  /** The text's opening, for result lists. */
  summary: string;
}

export interface ReportView extends ReportSummary {
  /** The record as published (its `file` relative to the content folder): what the exports and the search index are made from. */
  record: ReportRecord;
  canonical: string;
  outletLink: (Link & { slug: string }) | null;
  author: string | null;
  dateline: string | null;
  datePrecision: string;
  dateHref: string | null;
  published: string | null;
  /** The day the report entered the archive (from the permalink registry): the citations' access date. */
  archived: string;
  sourceUrl: string | null;
  placeLinks: PlaceMention[];
  actorLinks: (Link & { id: string; evidenceHref: string | null })[];
  claimRows: ClaimView[];
  bodyHtml: string;
  removed: string[];
  review: ReviewStatusView;
  /** Per field, where its value comes from. */
  origins: Record<PageField, FieldOrigin>;
  provenance: ({ field: string } & FieldOrigin)[];
  original: { url: string; name: string; sha256: string; path: string };
  notices: string[];
  cite: Citations;
  /** The Arabic plain citation as HTML, Latin runs isolated so they read in order. */
  citeHtml: string;
  /** The English plain citation as HTML, Arabic runs isolated so the ids and dates after them keep their order. */
  citeHtmlEn: string;
  /** Where each citation format is downloadable. */
  citeFiles: { bibtex: string; ris: string; cslJson: string };
  /** What reference managers read from the page's head: Highwire Press, Dublin Core, PRISM and Open Graph tags. */
  metaTags: MetaTag[];
  jsonLd: string;
  sortKey: string;
}

export interface MetaTag {
  /** Open Graph tags go in `property`, the others in `name`. */
  attribute: "name" | "property";
  name: string;
  content: string;
}

/** A vocabulary actor, for naming a perpetrator the report does not name and typing every actor. */
export interface VocabularyActor {
  name: string;
  kind: ActorKind;
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
    claimsText: record.casualties.length ? counted(record.casualties.length, NOUNS_AR.claim) : "",
    summary: (record.body[0] ?? "").slice(0, SUMMARY_LENGTH),
  };
}

function deriveTitle(record: ReportRecord): string {
  const first = record.body.find((p) => p.trim()) ?? "";
  const words = first.trim().split(/\s+/);
  return words.length > DERIVED_TITLE_WORDS ? `${words.slice(0, DERIVED_TITLE_WORDS).join(" ")}…` : first.trim() || record.id;
}

/**
 * What a report is cited as; `plainCitations` formats many of these at once.
 * `archived` is the day it entered the archive, from the permalink registry.
 */
export function citationInput(report: PublishedReport, baseUrl: string, archived: string): CitationInput {
  const record = displayStrings(report.record);
  return {
    id: record.id,
    url: new URL(reportUrl(record.id), baseUrl).href,
    title: record.title,
    derivedTitle: deriveTitle(record),
    outlet: record.source.outlet,
    author: record.source.author,
    // The outlet's date only: the events' date is another fact, and borrowing it would misdate the citation.
    published: record.source.published ?? null,
    eventsDate: record.date.value,
    archived,
    originalUrl: record.source.url ?? null,
    sha256: report.sha256,
  };
}

/**
 * A report's view but for its plain citations: drafts are made while citeproc
 * formats the plain citations of many reports at once on another core.
 */
export type ReportViewDraft = Omit<ReportView, "cite" | "citeHtml" | "citeHtmlEn"> & { citeFormats: CitationFormats };

/** The whole view, once its plain citations are known. */
export function completeReportView(draft: ReportViewDraft, plain: PlainCitation): ReportView {
  const { citeFormats, ...view } = draft;
  return { ...view, cite: { plain, ...citeFormats }, citeHtml: isolateLtrRuns(plain.ar), citeHtmlEn: isolateRtlRuns(plain.en) };
}

/** What a report's view needs from the archive's data beside its record. */
export interface ViewKnowledge {
  /** The vocabulary's actors by id: names for a perpetrator the report does not name as an actor, and what kind of actor each is. */
  actors: ReadonlyMap<string, VocabularyActor>;
  /** The slug of an outlet's page (`outletSlugs`). */
  outletSlug: (name: string) => string;
}

/**
 * Every field a report page prints, computed once so templates stay free of logic.
 * `archived`: the day the report entered the archive.
 */
export function draftReportView(report: PublishedReport, baseUrl: string, known: ViewKnowledge, archived: string): ReportViewDraft {
  // Everything a page shows is made from the record as a page may show it; the view keeps the exact record for the exports.
  const record = displayStrings(report.record);
  const summary = summarise(record);
  const actorName = new Map([...[...known.actors].map(([id, actor]) => [id, actor.name] as const), ...record.actors.map((a) => [a.id, a.name] as const)]);
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
  const outletSlug = record.source.outlet ? known.outletSlug(record.source.outlet) : null;
  const citation = citationInput(report, baseUrl, archived);
  const citeFormats = citationFormats(citation);
  const origins = fieldOrigins(report);
  const review = reviewStatus(record);

  return {
    ...summary,
    record: report.record,
    canonical,
    outletLink: record.source.outlet && outletSlug ? { name: record.source.outlet, url: outletUrl(outletSlug), slug: outletSlug } : null,
    author: record.source.author,
    dateline: record.source.dateline,
    datePrecision: PRECISION_AR[record.date.precision],
    dateHref: href("ev-date"),
    published: record.source.published ?? null,
    archived,
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
      victims: claim.victims ?? [],
      victimsCount: claim.victims?.length ? counted(claim.victims.length, NOUNS_AR.name) : "",
    })),
    bodyHtml: body.html,
    removed: record.removed,
    review,
    origins,
    provenance: PAGE_FIELDS.map((field) => ({ field: FIELDS_AR[field] ?? field, ...origins[field] })),
    original: { url: originalFileUrl(report), name: displayText(basename(report.file)), sha256: report.sha256, path: record.file },
    // Named by its path in the content folder, as the manifest names it: a build's own folders are nobody's business.
    notices: report.notices.map((notice) => displayText(formatMessage({ ...notice, file: record.file }))),
    citeFormats,
    citeFiles: { bibtex: citationFileUrl(record.id, "bib"), ris: citationFileUrl(record.id, "ris"), cslJson: citationFileUrl(record.id, "json") },
    metaTags: metaTags(citation, canonical),
    jsonLd: jsonForScript(jsonLd(report, citation, canonical, baseUrl, known.actors)),
    sortKey: sortKey(record),
  };
}

/** Each field's origin: reviewed where the review replaced it, curated where front matter set it, else the machine's. */
function fieldOrigins(report: PublishedReport): Record<PageField, FieldOrigin> {
  const reviewed = new Set(report.review?.fields ?? []);
  const curated = new Set(report.record.curated ?? []);
  const originOf = (field: string): Origin => (reviewed.has(field) ? "review" : curated.has(field) ? "front-matter" : "machine");
  return Object.fromEntries(PAGE_FIELDS.map((field) => {
    const origin = originOf(RECORD_FIELD[field]);
    return [field, { origin, label: ORIGINS_AR[origin] }];
  })) as Record<PageField, FieldOrigin>;
}

/** What the page says of the report's review: who checked it and when, or that nobody has. */
function reviewStatus(record: ReportRecord): ReviewStatusView {
  const mark = record.review;
  if (mark?.status !== "reviewed") return { reviewed: false, html: isolateLtrRuns(mark ? REVIEW_AR.draft : REVIEW_AR.machine), note: mark?.note ?? null };
  const reviewer = mark.reviewer ?? null;
  const date = mark.reviewed_on ? formatDate({ value: mark.reviewed_on, precision: "day" }) : null;
  const sentence = reviewer && date ? fill(REVIEW_AR.reviewedBy, { reviewer, date }) : reviewer ? fill(REVIEW_AR.reviewedByUndated, { reviewer }) : date ? fill(REVIEW_AR.reviewedOn, { date }) : REVIEW_AR.reviewedUnsigned;
  return { reviewed: true, html: isolateLtrRuns(sentence), note: mark.note ?? null };
}

function longestFirst(spellings: readonly string[]): string[] {
  return [...new Set(spellings)].sort((a, b) => b.length - a.length);
}

/** `YYYY/MM/DD` (or less), as Highwire Press dates are written. */
function highwireDate(value: string | null): string | null {
  const parts = parseDateValue(value);
  if (!parts) return null;
  return [parts.year, parts.month, parts.day].filter((n) => n !== null).map((n) => String(n).padStart(2, "0")).join("/");
}

/**
 * The tags reference managers read. Zotero's "Embedded Metadata" translator
 * files any page with `citation_journal_title` as a journal article, and takes
 * the item type from `DC.type` otherwise: «News Item» gives a newspaper article,
 * with `prism.publicationName` (the outlet) as its publication; «webpage» a web
 * page of the site `og:site_name` names (the archive), for a report whose outlet
 * is unknown. So there is no `citation_journal_title` and no `citation_publisher`
 * (a newspaper article has no publisher field). Dates are the outlet's
 * publication date only; an undated report has none.
 */
function metaTags(citation: CitationInput, canonical: string): MetaTag[] {
  const tags: MetaTag[] = [];
  const name = (tag: string, content: string | null): void => {
    if (content) tags.push({ attribute: "name", name: tag, content });
  };
  const title = citedTitle(citation);
  const date = highwireDate(citation.published);
  name("citation_title", title);
  name("citation_author", citation.author);
  name("citation_publication_date", date);
  name("citation_date", date);
  name("citation_language", "ar");
  name("citation_public_url", canonical);
  name("citation_fulltext_html_url", canonical);
  name("DC.type", citation.outlet ? "News Item" : "webpage");
  name("DC.title", title);
  name("DC.creator", citation.author);
  name("DC.date", citation.published);
  name("DC.publisher", citation.outlet);
  name("DC.language", "ar");
  name("DC.identifier", canonical);
  name("prism.publicationName", citation.outlet);
  tags.push({ attribute: "property", name: "og:site_name", content: ARCHIVE_NAME_AR });
  return tags;
}

/** schema.org types of the vocabulary's kinds of actor. */
const ACTOR_TYPES: Record<ActorKind, string> = { organization: "Organization", country: "Country" };

/**
 * schema.org: the report is a NewsArticle by its author, published by its
 * outlet on its publication date (none when unknown), about the events of
 * `temporalCoverage`. This page is the archive's copy: it is part of the
 * archive's collection, whose publisher the archive is and under whose licence
 * the archive's record is (not the report's text, which stays its outlet's),
 * and it is identified by its id and the SHA-256 of the file archived.
 * NewsArticle rather than Report: what the archive holds are news items of
 * outlets, and schema.org's Report is a report an organisation issues.
 */
function jsonLd(report: PublishedReport, citation: CitationInput, canonical: string, baseUrl: string, vocabulary: ReadonlyMap<string, VocabularyActor>): Record<string, unknown> {
  const { record } = report;
  const home = new URL(routes.home, baseUrl).href;
  const archive = { "@type": "Organization", name: ARCHIVE_NAME_AR, url: home };
  const outlet = record.source.outlet ? { "@type": "NewsMediaOrganization", name: record.source.outlet } : null;
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": canonical,
    url: canonical,
    ...(record.title ? { headline: record.title } : {}),
    name: citedTitle(citation),
    inLanguage: "ar",
    ...(citation.published ? { datePublished: citation.published } : {}),
    ...(record.date.value ? { temporalCoverage: record.date.value } : {}),
    ...(record.source.author ? { author: { "@type": "Person", name: record.source.author } } : {}),
    ...(outlet ? { publisher: outlet, copyrightHolder: outlet } : {}),
    ...(record.source.url ? { isBasedOn: record.source.url } : {}),
    isPartOf: {
      "@type": "Collection",
      "@id": home,
      name: ARCHIVE_NAME_AR,
      url: home,
      publisher: archive,
      license: ARCHIVE_LICENCE.url,
    },
    sdPublisher: archive,
    sdDatePublished: citation.archived,
    identifier: [
      { "@type": "PropertyValue", propertyID: "archive-id", value: record.id },
      { "@type": "PropertyValue", propertyID: "sha256", value: report.sha256 },
    ],
    contentLocation: record.locations.map((l) => ({
      "@type": "Place",
      name: l.name,
      ...(l.lat !== null && l.lon !== null ? { geo: { "@type": "GeoCoordinates", latitude: l.lat, longitude: l.lon } } : {}),
    })),
    about: record.actors.map((a) => ({ "@type": ACTOR_TYPES[vocabulary.get(a.id)?.kind ?? "organization"], name: a.name })),
  };
}

/** JSON safe to print inside `<script>`: no `<`, `>` or `&` can end or bend the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
