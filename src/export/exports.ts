import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { claimAnchor, routes } from "../routes.ts";
import type { ReportRecord } from "../types.ts";
import { ARCHIVE_NAME_AR } from "../views/labels.ts";
import { displayText } from "../text/controls.ts";
import { escapeXml } from "../views/svg.ts";
import type { PlaceView } from "../views/site-data.ts";
import type { ReportView } from "../views/report-view.ts";
import type { Codebook, TableCodebook } from "./codebook.ts";
import { dataPackage, type Attribution } from "./data-package.ts";

/** The archive's data, for tools rather than readers: JSON, CSV, GeoJSON, Atom, and the data package describing them. */
export interface ExportInput {
  outDir: string;
  baseUrl: string;
  /** Newest first. */
  reports: readonly ReportView[];
  places: readonly PlaceView[];
  /** Stands for "now" in the feed when there is no report at all; pinned for reproducible builds. */
  epoch: Date;
  codebook: Codebook;
  /** Sources of the coordinates the places carry (the gazetteer's), credited in the data package. */
  coordinateSources: readonly Attribution[];
  /** Each place's coordinate source id, by slug. */
  coordinateSourceOf: ReadonlyMap<string, string>;
}

/** A CSV cell's value before it is written. */
type Cell = string | number | null;

/** Entries in the Atom feed. */
const FEED_SIZE = 50;

export function writeExports(input: ExportInput): string[] {
  const dir = join(input.outDir, "data");
  mkdirSync(dir, { recursive: true });
  writeJsonArray(join(input.outDir, routes.reportsJson), input.reports.map((view) => view.record));
  const rows: Record<string, Record<string, Cell>[]> = { reports: reportRows(input), casualties: casualtyRows(input.reports, input.baseUrl), victims: victimRows(input) };
  const tables = Object.fromEntries(input.codebook.tables.map((table) => [table.path, csvTable(table, rows[table.name] ?? [])]));
  const written: Record<string, string> = {
    ...tables,
    [routes.placesGeoJson]: placesGeoJson(input) + "\n",
    [routes.feed]: atomFeed(input),
    [routes.dataPackage]: `${JSON.stringify(dataPackage(input.codebook, input.baseUrl, input.coordinateSources), null, 2)}\n`,
  };
  for (const [path, content] of Object.entries(written)) writeFileSync(join(input.outDir, path), content);
  return [routes.reportsJson, ...Object.keys(written)];
}

/**
 * `JSON.stringify(items, null, 2)`, written an item at a time: at 100,000 reports
 * the whole array is longer than the longest string V8 can hold.
 */
function writeJsonArray(file: string, items: readonly unknown[]): void {
  const fd = openSync(file, "w");
  try {
    writeSync(fd, items.length ? "[\n" : "[]\n");
    items.forEach((item, i) => {
      writeSync(fd, `  ${JSON.stringify(item, null, 2).replace(/\n/g, "\n  ")}${i < items.length - 1 ? ",\n" : "\n]\n"}`);
    });
  } finally {
    closeSync(fd);
  }
}

/**
 * RFC 4180: every field quoted, quotes doubled, CRLF between records. Text from
 * reports that a spreadsheet would run as a formula (= + - @, tab, CR) gets a
 * leading apostrophe, as OWASP advises for CSV injection.
 */
export function csv(rows: readonly (readonly (string | number | null)[])[]): string {
  const cell = (v: string | number | null): string => {
    const text = v === null ? "" : String(v);
    const safe = typeof v === "string" && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    return `"${safe.replace(/"/g, '""')}"`;
  };
  return rows.map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}

/**
 * A table as its codebook has it: the header is the codebook's columns, in order,
 * and every row must give exactly those. A UTF-8 byte-order mark comes first:
 * without it, a spreadsheet on Windows reads the Arabic as Windows-1252.
 */
export function csvTable(table: TableCodebook, rows: readonly Record<string, Cell>[]): string {
  const names = table.columns.map((column) => column.name);
  return `\uFEFF${csv([names, ...rows.map((row, i) => {
    const extra = Object.keys(row).filter((name) => !names.includes(name));
    if (extra.length) throw new Error(`${table.name} row ${i + 1}: columns not in the codebook: ${extra.join(", ")}`);
    return names.map((name) => {
      if (!(name in row)) throw new Error(`${table.name} row ${i + 1}: no value for ${name}`);
      return row[name] ?? null;
    });
  })])}`;
}

/** The review status a record's row carries: its review file's, or `machine` when no one has reviewed it. */
function reviewStatus(record: ReportRecord): string {
  return record.review?.status ?? "machine";
}

const list = (items: readonly string[]): string => items.join("; ");

/** The report's places, as every per-claim table repeats them. */
function placeCells(record: ReportRecord): Record<string, Cell> {
  return {
    report_places: list(record.locations.map((l) => l.name)),
    report_place_slugs: list(record.locations.map((l) => l.slug)),
    report_place_coordinates: list(record.locations.map((l) => (l.lat !== null && l.lon !== null ? `${l.lat},${l.lon}` : ""))),
  };
}

function reportRows({ reports, baseUrl }: ExportInput): Record<string, Cell>[] {
  return reports.map(({ record, url, archived }) => ({
    id: record.id,
    url: new URL(url, baseUrl).href,
    title: record.title,
    outlet: record.source.outlet,
    author: record.source.author,
    dateline: record.source.dateline,
    published: record.source.published ?? null,
    original_url: record.source.url ?? null,
    archived,
    date: record.date.value,
    date_precision: record.date.precision,
    places: list(record.locations.map((l) => l.name)),
    place_slugs: list(record.locations.map((l) => l.slug)),
    actors: list(record.actors.map((a) => a.id)),
    claims: record.casualties.length,
    review_status: reviewStatus(record),
    file: record.file,
  }));
}

/** One row per casualty claim of `reports`, as `casualties.csv` has them; each place's `claims.csv` has its reports' rows. */
export function casualtiesCsv(codebook: Codebook, reports: readonly ReportView[], baseUrl: string): string {
  const table = codebook.tables.find((t) => t.name === "casualties");
  if (!table) throw new Error("the codebook has no casualties table");
  return csvTable(table, casualtyRows(reports, baseUrl));
}

function casualtyRows(reports: readonly ReportView[], baseUrl: string): Record<string, Cell>[] {
  return reports.flatMap(({ record, url, archived }) =>
    record.casualties.map((c, i) => ({
      report_id: record.id,
      report_url: new URL(`${url}#${claimAnchor(i + 1)}`, baseUrl).href,
      claim: i + 1,
      party: c.party,
      outcome: c.outcome,
      count: c.count,
      qualifier: c.qualifier,
      perpetrator: c.perpetrator,
      victims_named: c.victims?.length ?? 0,
      evidence: c.evidence,
      event_date: record.date.value,
      event_date_precision: record.date.precision,
      published: record.source.published ?? null,
      archived,
      outlet: record.source.outlet,
      ...placeCells(record),
      review_status: reviewStatus(record),
    })),
  );
}

function victimRows({ reports, baseUrl }: ExportInput): Record<string, Cell>[] {
  return reports.flatMap(({ record, url }) =>
    record.casualties.flatMap((c, i) =>
      (c.victims ?? []).map((name, v) => {
        const { report_place_coordinates: _coordinates, ...places } = placeCells(record);
        return {
          report_id: record.id,
          report_url: new URL(`${url}#${claimAnchor(i + 1)}`, baseUrl).href,
          claim: i + 1,
          victim: v + 1,
          name,
          party: c.party,
          outcome: c.outcome,
          event_date: record.date.value,
          event_date_precision: record.date.precision,
          published: record.source.published ?? null,
          outlet: record.source.outlet,
          ...places,
          review_status: reviewStatus(record),
        };
      }),
    ),
  );
}

/** Each place with coordinates; `reports_direct` counts the reports naming the place itself, `reports_total` those naming it or a place within it. */
function placesGeoJson({ places, baseUrl, coordinateSourceOf }: ExportInput): string {
  const features = places.flatMap((p) =>
    p.coordinates
      ? [
          {
            type: "Feature",
            geometry: { type: "Point", coordinates: [p.coordinates.lon, p.coordinates.lat] },
            properties: {
              slug: p.slug,
              name: p.name,
              type: p.placeType,
              type_ar: p.type,
              url: new URL(p.url, baseUrl).href,
              reports_direct: p.direct,
              reports_total: p.total,
              coordinates_source: coordinateSourceOf.get(p.slug) ?? null,
            },
          },
        ]
      : [],
  );
  return JSON.stringify({ type: "FeatureCollection", features }, null, 2);
}

/** Midnight UTC of a `YYYY-MM-DD` day, as Atom dates are written. */
function atomDay(day: string): string {
  return `${day}T00:00:00Z`;
}

/**
 * The latest reports to enter the archive, newest first by the day they entered
 * it, so a report newly archived about old events reaches the feed's readers.
 * An entry is updated the day it was archived and, when the outlet's date is
 * known, published then.
 */
function atomFeed({ reports, baseUrl, epoch }: ExportInput): string {
  const latest = [...reports].sort((a, b) => (a.archived === b.archived ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.archived < b.archived ? 1 : -1)).slice(0, FEED_SIZE);
  const entries = latest.map((view) => {
    const { record } = view;
    return `  <entry>
    <id>${escapeXml(view.canonical)}</id>
    <title>${escapeXml(view.title)}</title>
    <link href="${escapeXml(view.canonical)}"/>
    <updated>${atomDay(view.archived)}</updated>
    ${record.source.published ? `<published>${atomDay(record.source.published)}</published>` : ""}
    ${record.source.author ? `<author><name>${escapeXml(displayText(record.source.author))}</name></author>` : ""}
    <summary>${escapeXml(view.summary)}</summary>
  </entry>`;
  });
  const updated = latest[0] ? atomDay(latest[0].archived) : epoch.toISOString().replace(/\.\d{3}Z$/, "Z");
  const self = new URL(routes.feed, baseUrl).href;
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">
  <id>${escapeXml(self)}</id>
  <title>${ARCHIVE_NAME_AR}</title>
  <link rel="self" href="${escapeXml(self)}"/>
  <link href="${escapeXml(new URL(routes.home, baseUrl).href)}"/>
  <updated>${updated}</updated>
  <author><name>${ARCHIVE_NAME_AR}</name></author>
${entries.join("\n")}
</feed>
`;
}
