import type { Gazetteer } from "../knowledge/gazetteer.ts";
import type { ActorEntry } from "../knowledge/vocabulary.ts";
import { routes } from "../routes.ts";
import { CODEBOOK_AR, OUTCOMES_AR, PARTIES_AR, PLACE_TYPE_AR, PRECISION_AR, QUALIFIERS_AR, REVIEW_STATUS_AR } from "../views/labels.ts";

/**
 * The codebook: every column of every table the archive exports, its type, what
 * it means and, for coded columns, every value with its Arabic label. The CSV
 * writers take their headers from here, the data page prints it, and
 * `datapackage.json` is made from it, so the three cannot disagree.
 */

/** Frictionless Table Schema types the exports use. */
export type ColumnType = "string" | "integer" | "number" | "date" | "boolean";

export interface CodedValue {
  value: string;
  /** The value as the site shows it. */
  label: string;
}

export interface Column {
  name: string;
  type: ColumnType;
  /** What the column holds, in Arabic (the archive's language). */
  description: string;
  /** For a column of codes: every code it may hold. */
  values?: readonly CodedValue[];
  /** A column that is never empty. */
  required?: boolean;
  /** A `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date: Table Schema has no type for a date of varying precision. */
  datePattern?: boolean;
  /** A list of values in one cell, separated by `; `. */
  list?: boolean;
}

export interface TableCodebook {
  /** The resource's name in the data package. */
  name: string;
  /** Its address on the site. */
  path: string;
  title: string;
  /** What one row is. */
  row: string;
  columns: readonly Column[];
  primaryKey?: readonly string[];
}

export interface Codebook {
  tables: readonly TableCodebook[];
  /** reports.json and places.geojson: not tables, described in words. */
  documents: readonly { name: string; path: string; format: string; mediatype: string; title: string; description: string }[];
}

const coded = (labels: Readonly<Record<string, string>>): CodedValue[] => Object.entries(labels).map(([value, label]) => ({ value, label }));

const PRECISIONS = coded(PRECISION_AR);
const REVIEW_STATUSES = coded(REVIEW_STATUS_AR);

/**
 * The codebook of this archive: parties are the vocabulary's actors as well as
 * civilians and unknown, so the vocabulary is part of it.
 */
export function codebook(vocabulary: readonly ActorEntry[]): Codebook {
  const c = CODEBOOK_AR.columns;
  const parties: CodedValue[] = [...coded(PARTIES_AR), ...vocabulary.map((actor) => ({ value: actor.id, label: actor.name }))];
  const actors: CodedValue[] = vocabulary.map((actor) => ({ value: actor.id, label: actor.name }));
  const reportColumns = {
    reportId: { name: "report_id", type: "string", description: c.report_id, required: true },
    reportUrl: { name: "report_url", type: "string", description: c.report_url, required: true },
    eventDate: { name: "event_date", type: "string", description: c.event_date, datePattern: true },
    eventDatePrecision: { name: "event_date_precision", type: "string", description: c.event_date_precision, values: PRECISIONS, required: true },
    published: { name: "published", type: "date", description: c.published },
    archived: { name: "archived", type: "date", description: c.archived, required: true },
    outlet: { name: "outlet", type: "string", description: c.outlet },
    places: { name: "report_places", type: "string", description: c.report_places, list: true },
    placeSlugs: { name: "report_place_slugs", type: "string", description: c.report_place_slugs, list: true },
    placeCoordinates: { name: "report_place_coordinates", type: "string", description: c.report_place_coordinates, list: true },
    review: { name: "review_status", type: "string", description: c.review_status, values: REVIEW_STATUSES, required: true },
  } satisfies Record<string, Column>;
  const claim = {
    claim: { name: "claim", type: "integer", description: c.claim, required: true },
    party: { name: "party", type: "string", description: c.party, values: parties, required: true },
    outcome: { name: "outcome", type: "string", description: c.outcome, values: coded(OUTCOMES_AR), required: true },
  } satisfies Record<string, Column>;
  return {
    tables: [
      {
        name: "reports",
        path: routes.reportsCsv,
        title: CODEBOOK_AR.tables.reports.title,
        row: CODEBOOK_AR.tables.reports.row,
        primaryKey: ["id"],
        columns: [
          { name: "id", type: "string", description: c.id, required: true },
          { name: "url", type: "string", description: c.url, required: true },
          { name: "title", type: "string", description: c.title },
          { name: "outlet", type: "string", description: c.outlet },
          { name: "author", type: "string", description: c.author },
          { name: "dateline", type: "string", description: c.dateline },
          reportColumns.published,
          { name: "original_url", type: "string", description: c.original_url },
          reportColumns.archived,
          { name: "date", type: "string", description: c.event_date, datePattern: true },
          { name: "date_precision", type: "string", description: c.event_date_precision, values: PRECISIONS, required: true },
          { name: "places", type: "string", description: c.places, list: true },
          { name: "place_slugs", type: "string", description: c.report_place_slugs, list: true },
          { name: "actors", type: "string", description: c.actors, values: actors, list: true },
          { name: "claims", type: "integer", description: c.claims, required: true },
          reportColumns.review,
          { name: "file", type: "string", description: c.file, required: true },
        ],
      },
      {
        name: "casualties",
        path: routes.casualtiesCsv,
        title: CODEBOOK_AR.tables.casualties.title,
        row: CODEBOOK_AR.tables.casualties.row,
        primaryKey: ["report_id", "claim"],
        columns: [
          reportColumns.reportId,
          { name: "report_url", type: "string", description: c.claim_url, required: true },
          claim.claim,
          claim.party,
          claim.outcome,
          { name: "count", type: "integer", description: c.count },
          { name: "qualifier", type: "string", description: c.qualifier, values: coded(QUALIFIERS_AR), required: true },
          { name: "perpetrator", type: "string", description: c.perpetrator, values: parties },
          { name: "victims_named", type: "integer", description: c.victims_named, required: true },
          { name: "evidence", type: "string", description: c.evidence, required: true },
          reportColumns.eventDate,
          reportColumns.eventDatePrecision,
          reportColumns.published,
          reportColumns.archived,
          reportColumns.outlet,
          reportColumns.places,
          reportColumns.placeSlugs,
          reportColumns.placeCoordinates,
          reportColumns.review,
        ],
      },
      {
        name: "victims",
        path: routes.victimsCsv,
        title: CODEBOOK_AR.tables.victims.title,
        row: CODEBOOK_AR.tables.victims.row,
        primaryKey: ["report_id", "claim", "victim"],
        columns: [
          reportColumns.reportId,
          { name: "report_url", type: "string", description: c.claim_url, required: true },
          claim.claim,
          { name: "victim", type: "integer", description: c.victim, required: true },
          { name: "name", type: "string", description: c.name, required: true },
          claim.party,
          claim.outcome,
          reportColumns.eventDate,
          reportColumns.eventDatePrecision,
          reportColumns.published,
          reportColumns.outlet,
          reportColumns.places,
          reportColumns.placeSlugs,
          reportColumns.review,
        ],
      },
    ],
    documents: [
      { name: "reports-json", path: routes.reportsJson, format: "json", mediatype: "application/json", title: CODEBOOK_AR.documents.reportsJson.title, description: CODEBOOK_AR.documents.reportsJson.description },
      {
        name: "places",
        path: routes.placesGeoJson,
        format: "geojson",
        mediatype: "application/geo+json",
        title: CODEBOOK_AR.documents.places.title,
        description: `${CODEBOOK_AR.documents.places.description} ${Object.entries(PLACE_TYPE_AR).map(([value, label]) => `${value} = ${label}`).join("، ")}.`,
      },
    ],
  };
}

/** Coordinate sources of the gazetteer that a place of the archive uses, for attribution. */
export function coordinateSources(gazetteer: Gazetteer): { id: string; title: string; url: string; licence: string | null }[] {
  const used = new Set(gazetteer.places.map((place) => place.source).filter((source): source is string => source !== null));
  return [...gazetteer.sources].filter(([id]) => used.has(id)).map(([id, source]) => ({ id, ...source }));
}
