import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import { build, makeArchive, outDir, read } from "../helpers/archive.ts";
import { parseCsv } from "./csv.ts";
import type { ReportRecord } from "../../src/types.ts";

const ENV = { SOURCE_DATE_EPOCH: String(Date.UTC(2025, 11, 1) / 1000), ARCHIVE_BASE_URL: "https://archive.example/" };

interface Field {
  name: string;
  type: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string };
  categories?: { value: string; label: string }[];
}
interface Resource {
  name: string;
  path: string;
  profile: string;
  encoding: string;
  schema?: { fields: Field[]; primaryKey?: string[]; missingValues: string[] };
}
interface DataPackage {
  profile: string;
  name: string;
  licenses: { name: string; path: string }[];
  sources: { title: string; path: string }[];
  resources: Resource[];
}

/** Every way a table's rows break the Table Schema its resource declares (Frictionless Table Schema v1 semantics). */
function schemaErrors(resource: Resource, rows: string[][]): string[] {
  const errors: string[] = [];
  const schema = resource.schema;
  if (!schema) return [`${resource.name}: no schema`];
  const [header, ...data] = rows;
  const names = schema.fields.map((f) => f.name);
  if (JSON.stringify(header) !== JSON.stringify(names)) errors.push(`${resource.name}: header ${JSON.stringify(header)} is not the schema's ${JSON.stringify(names)}`);
  data.forEach((row, r) => {
    if (row.length !== names.length) errors.push(`${resource.name} row ${r + 2}: ${row.length} cells for ${names.length} fields`);
    schema.fields.forEach((field, c) => {
      const value = row[c] ?? "";
      const where = `${resource.name} row ${r + 2} ${field.name}=${JSON.stringify(value)}`;
      if (schema.missingValues.includes(value)) {
        if (field.constraints?.required) errors.push(`${where}: required`);
        return;
      }
      if (field.type === "integer" && !/^-?\d+$/.test(value)) errors.push(`${where}: not an integer`);
      if (field.type === "number" && Number.isNaN(Number(value))) errors.push(`${where}: not a number`);
      if (field.type === "date" && !(/^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value))) errors.push(`${where}: not a date`);
      if (field.constraints?.enum && !field.constraints.enum.includes(value)) errors.push(`${where}: not one of the codes`);
      if (field.constraints?.pattern && !new RegExp(field.constraints.pattern).test(value)) errors.push(`${where}: does not match ${field.constraints.pattern}`);
    });
  });
  if (schema.primaryKey) {
    const key = (row: string[]): string => schema.primaryKey!.map((k) => row[names.indexOf(k)]).join("\u0000");
    const keys = data.map(key);
    if (new Set(keys).size !== keys.length) errors.push(`${resource.name}: primary key ${schema.primaryKey.join("+")} not unique`);
  }
  return errors;
}

describe("the archive's data, as a data user gets it", () => {
  let site: string;
  let content: string;
  let records: ReportRecord[];
  before(async () => {
    content = makeArchive({}, { seeds: true });
    site = outDir();
    await build(content, site, ENV);
    records = JSON.parse(read(site, "data/reports.json")) as ReportRecord[];
  });
  const table = (name: string): { header: string[]; rows: Record<string, string>[] } => {
    const bytes = readFileSync(join(site, "data", name));
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], `${name} starts with a UTF-8 byte-order mark`);
    const [header = [], ...rows] = parseCsv(bytes.toString("utf8"));
    return { header, rows: rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ""]))) };
  };

  test("reports.csv has the publication date, the original URL, the archived date and the review status", () => {
    const { header, rows } = table("reports.csv");
    for (const column of ["published", "original_url", "archived", "review_status"]) assert.ok(header.includes(column), column);
    const dated = rows.find((row) => row.id === "001-f71020e530c0bd5f");
    assert.equal(dated?.published, "2017-10-31");
    assert.equal(dated?.date, "2017-10-30");
    assert.equal(dated?.archived, "2025-12-01");
    assert.ok(rows.every((row) => row.review_status === "machine"), "no review files: every record is the machine's");
  });

  test("casualties.csv can be analysed alone: the events' date and precision, publication, outlet, places with slugs and coordinates", () => {
    const { rows } = table("casualties.csv");
    assert.equal(rows.length, records.reduce((n, r) => n + r.casualties.length, 0));
    for (const row of rows) {
      const record = records.find((r) => r.id === row.report_id);
      assert.ok(record, row.report_id);
      assert.equal(row.event_date, record.date.value ?? "");
      assert.equal(row.event_date_precision, record.date.precision);
      assert.equal(row.published, record.source.published ?? "");
      assert.equal(row.outlet, record.source.outlet ?? "");
      const slugs = row.report_place_slugs?.split("; ") ?? [];
      const coordinates = row.report_place_coordinates?.split("; ") ?? [];
      assert.deepEqual(slugs, record.locations.map((l) => l.slug));
      assert.equal(coordinates.length, slugs.length, "one coordinate cell per place, empty where unknown");
      record.locations.forEach((l, i) => assert.equal(coordinates[i], l.lat === null ? "" : `${l.lat},${l.lon}`));
      assert.equal(row.review_status, "machine");
    }
  });

  test("victims.csv has a row for each name a report gives, with its claim", () => {
    const { rows } = table("victims.csv");
    const named = records.flatMap((r) => r.casualties.flatMap((c, i) => (c.victims ?? []).map((name) => `${r.id}#${i + 1}:${name}`)));
    assert.ok(named.length >= 10);
    assert.deepEqual(rows.map((row) => `${row.report_id}#${row.claim}:${row.name}`), named);
    const claims = table("casualties.csv").rows;
    for (const row of rows) assert.equal(claims.find((c) => c.report_id === row.report_id && c.claim === row.claim)?.victims_named !== "0", true);
  });

  test("datapackage.json is a valid data package: licence, GeoNames credited, and every table as its schema says", () => {
    const pkg = JSON.parse(read(site, "data/datapackage.json")) as DataPackage;
    assert.equal(pkg.profile, "tabular-data-package");
    assert.match(pkg.name, /^[a-z0-9._-]+$/);
    assert.deepEqual(pkg.licenses.map((l) => l.name), ["CC-BY-4.0"]);
    assert.ok(pkg.sources.some((s) => /GeoNames/.test(s.title) && /CC BY 4\.0/.test(s.title)), "GeoNames is credited with its licence");
    const names = pkg.resources.map((r) => r.name);
    assert.equal(new Set(names).size, names.length);
    for (const resource of pkg.resources) {
      assert.ok(!resource.path.startsWith("/") && !resource.path.includes(".."), `${resource.path} is relative and inside the package`);
      assert.ok(existsSync(join(site, "data", resource.path)), resource.path);
    }
    const tabular = pkg.resources.filter((r) => r.profile === "tabular-data-resource");
    assert.deepEqual(tabular.map((r) => r.path).sort(), ["casualties.csv", "reports.csv", "victims.csv"]);
    for (const resource of tabular) {
      assert.deepEqual(schemaErrors(resource, parseCsv(read(site, join("data", resource.path)))), [], resource.name);
      for (const field of resource.schema?.fields ?? []) {
        for (const category of field.categories ?? []) assert.ok(category.label.trim(), `${field.name}=${category.value} has an Arabic label`);
      }
    }
    const outcome = tabular.find((r) => r.name === "casualties")?.schema?.fields.find((f) => f.name === "outcome");
    assert.deepEqual(outcome?.categories?.find((c) => c.value === "killed"), { value: "killed", label: "قتلى" });
  });

  test("the data page lists every column of every export, the licence and the GeoNames credit; every page's footer credits too", () => {
    const page = read(site, "data/index.html");
    const pkg = JSON.parse(read(site, "data/datapackage.json")) as DataPackage;
    for (const resource of pkg.resources.filter((r) => r.schema)) {
      for (const field of resource.schema?.fields ?? []) assert.ok(page.includes(`<code dir="ltr">${field.name}</code>`), `${resource.name}.${field.name} on the data page`);
    }
    assert.match(page, /CC BY 4\.0/);
    assert.match(page, /href="https:\/\/www\.geonames\.org\/"/);
    assert.match(read(site, "index.html"), /<footer[\s\S]*GeoNames[\s\S]*<\/footer>/);
  });

  test("places.geojson gives each place's own count and the count with the places inside it", () => {
    const geo = JSON.parse(read(site, "data/places.geojson")) as { features: { properties: { slug: string; reports_direct: number; reports_total: number; type: string } }[] };
    for (const { properties } of geo.features) assert.ok(properties.reports_direct <= properties.reports_total, properties.slug);
    const city = geo.features.find((f) => f.properties.slug === "deir-ez-zor")?.properties;
    assert.ok(city && city.reports_total > 0 && city.type === "city");
  });

  test("build-report.json names files inside the content folder, never the build machine's folders", () => {
    const text = read(site, "build-report.json");
    assert.ok(!text.includes(content), "no absolute path");
    const manifest = JSON.parse(text) as { files: { file: string }[] };
    assert.ok(manifest.files.every((f) => f.file.startsWith("reports/")), JSON.stringify(manifest.files.map((f) => f.file)));
    for (const page of ["reports/000-2f332df18204745e/index.html", "data/reports.json"]) assert.ok(!read(site, page).includes(content), page);
  });

  test("/favicon.ico is an icon", () => {
    const icon = readFileSync(join(site, "favicon.ico"));
    assert.deepEqual([...icon.subarray(0, 4)], [0, 0, 1, 0], "an ICO header");
    assert.match(read(site, "index.html"), /<link rel="icon" href="\/favicon\.ico"/);
  });
});

/** The Atom feed's elements a reader needs, checked as a feed validator checks them. */
function feedEntries(feed: string): { id: string; updated: string; published: string | undefined }[] {
  const open = [...feed.matchAll(/<(\/?)([a-z]+)(?:\s[^>]*?)?(\/?)>/g)].reduce<string[]>((stack, [, closing, name, selfClosing]) => {
    if (selfClosing) return stack;
    if (!closing) return [...stack, name ?? ""];
    assert.equal(stack[stack.length - 1], name, `</${name}> closes <${stack[stack.length - 1]}>`);
    return stack.slice(0, -1);
  }, []);
  assert.deepEqual(open, [], "every element closed");
  assert.match(feed, /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"[^>]*>\n {2}<id>[^<]+<\/id>\n {2}<title>[^<]+<\/title>/);
  return [...feed.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map(([, entry = ""]) => {
    for (const required of ["id", "title", "updated"]) assert.match(entry, new RegExp(`<${required}>[^<]+</${required}>`), `an entry has its ${required}`);
    const updated = /<updated>([^<]+)<\/updated>/.exec(entry)?.[1] ?? "";
    assert.match(updated, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, "an RFC 3339 date");
    return { id: /<id>([^<]+)<\/id>/.exec(entry)?.[1] ?? "", updated, published: /<published>([^<]+)<\/published>/.exec(entry)?.[1] };
  });
}

test("the feed dates every report by the day it entered the archive and puts the newest arrival first, even about old events", async () => {
  const content = makeArchive({ "first.txt": "قصف على حي الحويقة في مدينة دير الزور وقتل مدنيان.\n" });
  await build(content, outDir(), ENV);
  writeFileSync(
    join(content, "reports", "old-events.md"),
    "---\npublished: 2015-03-02\ndate: 2015-03-01\n---\nقصف على حي الجورة في مدينة دير الزور وقتل مدني.\n",
  );
  const site = outDir();
  await build(content, site, { ...ENV, SOURCE_DATE_EPOCH: String(Date.UTC(2026, 0, 20) / 1000) });
  const feed = read(site, "feed.xml");
  assert.doesNotMatch(feed, /1970/);
  const entries = feedEntries(feed);
  assert.deepEqual(entries.map((e) => [e.id, e.updated, e.published]), [
    ["https://archive.example/reports/old-events/", "2026-01-20T00:00:00Z", "2015-03-02T00:00:00Z"],
    ["https://archive.example/reports/first/", "2025-12-01T00:00:00Z", undefined],
  ]);
  assert.match(feed, /^ {2}<updated>2026-01-20T00:00:00Z<\/updated>$/m, "the feed is as new as its newest arrival");
});

test("a reviewed record's rows say reviewed; the others say machine", async () => {
  const { writeExports } = await import("../../src/export/exports.ts");
  const { codebook } = await import("../../src/export/codebook.ts");
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const claim = { party: "civilians", outcome: "killed" as const, count: 2, qualifier: "exact" as const, perpetrator: null, evidence: "قُتل مدنيان", victims: ["أحمد"] };
  const record = (id: string, review?: ReportRecord["review"]): ReportRecord => ({
    file: `reports/${id}.txt`,
    id,
    title: null,
    source: { outlet: null, author: null, dateline: null },
    date: { value: null, precision: "unknown", evidence: null },
    locations: [],
    actors: [],
    casualties: [claim],
    body: ["قُتل مدنيان"],
    removed: [],
    ...(review ? { review } : {}),
  });
  const view = (r: ReportRecord) => ({ record: r, id: r.id, url: `/reports/${r.id}/`, canonical: `https://archive.example/reports/${r.id}/`, title: r.id, summary: "", archived: "2025-12-01" });
  const out = mkdtempSync(join(tmpdir(), "exports-"));
  const reports = [view(record("checked", { status: "reviewed", reviewer: "ر. م.", reviewed_on: "2026-01-02" })), view(record("unchecked"))];
  writeExports({ outDir: out, baseUrl: "https://archive.example/", reports: reports as unknown as Parameters<typeof writeExports>[0]["reports"], places: [], epoch: new Date(0), codebook: codebook([]), coordinateSources: [], coordinateSourceOf: new Map() });
  for (const name of ["reports.csv", "casualties.csv", "victims.csv"]) {
    const [header = [], ...rows] = parseCsv(readFileSync(join(out, "data", name), "utf8"));
    const status = header.indexOf("review_status");
    const id = header.indexOf(name === "reports.csv" ? "id" : "report_id");
    assert.deepEqual(rows.map((row) => [row[id], row[status]]), [["checked", "reviewed"], ["unchecked", "machine"]], name);
  }
});
