import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { claimAnchor, routes } from "../routes.ts";
import { ARCHIVE_NAME_AR } from "../views/labels.ts";
import { displayText } from "../text/controls.ts";
import { escapeXml } from "../views/svg.ts";
import type { PlaceView } from "../views/site-data.ts";
import type { ReportView } from "../views/report-view.ts";

/** The archive's data, for tools rather than readers: JSON, CSV, GeoJSON, Atom. */
export interface ExportInput {
  outDir: string;
  baseUrl: string;
  /** Newest first. */
  reports: readonly ReportView[];
  places: readonly PlaceView[];
  /** Stands for "now" in the feed when no report carries a date; pinned for reproducible builds. */
  epoch: Date;
}

/** Entries in the Atom feed. */
const FEED_SIZE = 50;

export function writeExports(input: ExportInput): string[] {
  const dir = join(input.outDir, "data");
  mkdirSync(dir, { recursive: true });
  writeJsonArray(join(input.outDir, routes.reportsJson), input.reports.map((view) => view.record));
  const written: Record<string, string> = {
    [routes.reportsCsv]: reportsCsv(input),
    [routes.casualtiesCsv]: casualtiesCsv(input),
    [routes.placesGeoJson]: placesGeoJson(input) + "\n",
    [routes.feed]: atomFeed(input),
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

function reportsCsv({ reports, baseUrl }: ExportInput): string {
  const header = ["id", "url", "title", "outlet", "author", "dateline", "date", "date_precision", "places", "place_slugs", "actors", "claims", "file"];
  return csv([
    header,
    ...reports.map(({ record, url }) => [
      record.id,
      new URL(url, baseUrl).href,
      record.title,
      record.source.outlet,
      record.source.author,
      record.source.dateline,
      record.date.value,
      record.date.precision,
      record.locations.map((l) => l.name).join("; "),
      record.locations.map((l) => l.slug).join("; "),
      record.actors.map((a) => a.id).join("; "),
      record.casualties.length,
      record.file,
    ]),
  ]);
}

function casualtiesCsv({ reports, baseUrl }: ExportInput): string {
  const header = ["report_id", "report_url", "claim", "party", "outcome", "count", "qualifier", "perpetrator", "evidence"];
  const rows = reports.flatMap(({ record, url }) =>
    record.casualties.map((c, i) => [record.id, new URL(`${url}#${claimAnchor(i + 1)}`, baseUrl).href, i + 1, c.party, c.outcome, c.count, c.qualifier, c.perpetrator, c.evidence]),
  );
  return csv([header, ...rows]);
}

function placesGeoJson({ places, baseUrl }: ExportInput): string {
  const features = places
    .filter((p) => p.coordinates)
    .map((p) => ({
      type: "Feature",
      geometry: { type: "Point", coordinates: [p.coordinates!.lon, p.coordinates!.lat] },
      properties: { slug: p.slug, name: p.name, type: p.type, url: new URL(p.url, baseUrl).href, reports: p.total },
    }));
  return JSON.stringify({ type: "FeatureCollection", features }, null, 2);
}

function atomDate(value: string | null, fallback: Date): string {
  const m = value ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value) : null;
  if (!m) return fallback.toISOString().replace(/\.\d{3}Z$/, "Z");
  return `${m[1]}-${m[2] ?? "01"}-${m[3] ?? "01"}T00:00:00Z`;
}

function atomFeed({ reports, baseUrl, epoch }: ExportInput): string {
  const entries = reports.slice(0, FEED_SIZE).map((view) => {
    const { record } = view;
    const updated = atomDate(record.source.published ?? record.date.value, epoch);
    return `  <entry>
    <id>${escapeXml(view.canonical)}</id>
    <title>${escapeXml(view.title)}</title>
    <link href="${escapeXml(view.canonical)}"/>
    <updated>${updated}</updated>
    ${record.source.author ? `<author><name>${escapeXml(displayText(record.source.author))}</name></author>` : ""}
    <summary>${escapeXml(view.summary)}</summary>
  </entry>`;
  });
  const updated = reports
    .map(({ record }) => atomDate(record.source.published ?? record.date.value, epoch))
    .reduce((a, b) => (a > b ? a : b), atomDate(null, epoch));
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
