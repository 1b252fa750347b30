import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { before, describe, test } from "node:test";
import Ajv2020 from "ajv/dist/2020.js";
import { build, fingerprint, makeArchive, outDir, read } from "../helpers/archive.ts";
import { knowledge } from "../helpers/knowledge.ts";
import { slugForName } from "../../src/text/transliterate.ts";
import { compareArabic } from "../../src/views/arabic.ts";
import type { ReportRecord } from "../../src/types.ts";
import { parseCsv } from "./csv.ts";
import type { BuildResult } from "../../src/publish/build-archive.ts";
import type { NameSearchEntry, PlaceResult } from "../../src/search/place-search.ts";

const SCHEMA = JSON.parse(readFileSync(new URL("../../spec/report.schema.json", import.meta.url), "utf8")) as object;

describe("the seed archive", () => {
  let site: string;
  let content: string;
  let result: BuildResult;
  before(async () => {
    content = makeArchive({}, { seeds: true });
    site = outDir();
    result = await build(content, site);
  });

  test("publishes every seed, with a manifest naming each file and its URL", () => {
    assert.equal(result.exitCode, 0);
    const manifest = JSON.parse(read(site, "build-report.json")) as BuildResult["manifest"];
    assert.equal(manifest.files.length, 5);
    for (const entry of manifest.files) {
      assert.match(entry.status, /^published/);
      assert.ok(entry.url && existsSync(join(site, entry.url, "index.html")), `${entry.file} has its page`);
    }
    assert.deepEqual(manifest.newlyRegistered, manifest.files.map((f) => f.id));
    assert.match(read(content, "permalinks.yaml"), /"000-2f332df18204745e": \{archived: \d{4}-\d{2}-\d{2}\}/);
  });

  test("every page is Arabic and right to left", () => {
    for (const page of ["index.html", "search/index.html", "places/index.html", "places/huweiqa/index.html", "reports/000-2f332df18204745e/index.html"]) {
      assert.match(read(site, page), /<html lang="ar" dir="rtl">/, page);
    }
  });

  test("a report page carries citations, Highwire tags, JSON-LD and its canonical URL", () => {
    const html = read(site, "reports/002-d4b433fb0b47d284/index.html");
    assert.match(html, /<link rel="canonical" href="http:\/\/localhost:8080\/reports\/002-d4b433fb0b47d284\/">/);
    assert.match(html, /<meta name="citation_title" content="[^"]+">/);
    assert.match(html, /@online\{002-d4b433fb0b47d284,/);
    assert.match(html, /TY {2}- NEWS/);
    const ld = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html);
    assert.ok(ld?.[1]);
    const data = JSON.parse(ld[1]) as { "@type": string; url: string };
    assert.equal(data.url, "http://localhost:8080/reports/002-d4b433fb0b47d284/");
  });

  test("claims link to highlighted evidence, and the evidence links back", () => {
    const html = read(site, "reports/000-2f332df18204745e/index.html");
    const claimLinks = [...html.matchAll(/<li id="claim-(\d+)" class="claim">[\s\S]*?<a href="#ev-claim-(\d+)">/g)];
    assert.ok(claimLinks.length > 0, "at least one claim row links to its evidence");
    for (const [, row, mark] of claimLinks) {
      assert.equal(row, mark);
      assert.match(html, new RegExp(`<mark class="ev-claim" id="ev-claim-${mark}">`));
      assert.match(html, new RegExp(`<a href="#claim-${mark}" class="backref"`));
    }
    assert.match(html, /<mark class="ev-place" id="ev-place-huweiqa">والحويقة<\/mark>/);
  });

  test("the original file is published byte for byte, with its SHA-256", () => {
    const original = readFileSync(join(site, "reports/000-2f332df18204745e/original.txt"));
    assert.deepEqual(original, readFileSync(join(content, "reports/000_2f332df18204745e.txt")));
    const shown = read(site, "reports/000-2f332df18204745e/index.html").match(/[0-9a-f]{64}/)?.[0];
    assert.equal(shown, createHash("sha256").update(original).digest("hex"));
  });

  test("place pages list reports of the place and its sub-places, and the index groups by city", () => {
    const city = read(site, "places/deir-ez-zor/index.html");
    const huweiqa = read(site, "places/huweiqa/index.html");
    const cityLinks = new Set(city.match(/\/reports\/[a-z0-9-]+\//g));
    for (const link of huweiqa.match(/\/reports\/[a-z0-9-]+\//g) ?? []) assert.ok(cityLinks.has(link), `${link} also on the city page`);
    assert.match(city, /<a href="\/places\/huweiqa\/">الحويقة<\/a>/);
    assert.match(city, /<svg[^>]*class="map"/);
    assert.doesNotMatch(huweiqa, /class="map"/, "no map where coordinates are unknown");
    const index = read(site, "places/index.html");
    assert.match(index, /<h2><a href="\/places\/deir-ez-zor\/">دير الزور<\/a><\/h2>/);
    assert.match(index, /<h3>أحياء<\/h3>/);
  });

  const records = (): ReportRecord[] => JSON.parse(read(site, "data/reports.json")) as ReportRecord[];
  const escaped = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

  test("a report page gives each claim as a card, its evidence under its fields, and the people the claim names", () => {
    const record = records().find((r) => r.id === "004-4a59a27f646e408d")!;
    const html = read(site, "reports/004-4a59a27f646e408d/index.html");
    const cards = html.split(/<li id="claim-\d+" class="claim">/).slice(1);
    assert.equal(cards.length, record.casualties.length);
    assert.doesNotMatch(html, /<table class="claims"/);
    const named = record.casualties.filter((claim) => claim.victims?.length);
    assert.ok(named.length >= 2, "the seed names victims in two claims");
    record.casualties.forEach((claim, i) => {
      const card = cards[i]!;
      const evidence = card.indexOf(escaped(claim.evidence));
      assert.ok(evidence > card.indexOf("<dl class=\"claim-fields\">"), `claim ${i + 1}: its evidence, under its fields`);
      for (const victim of claim.victims ?? []) assert.ok(card.indexOf(`<li>${escaped(victim)}</li>`) > evidence, `claim ${i + 1} names ${victim}`);
    });
    assert.match(html, /\(8 أسماء\)/);
  });

  test("report lists say how many claims with the noun in agreement", () => {
    const home = read(site, "index.html");
    const counts = records().map((r) => r.casualties.length).filter((n) => n > 0);
    const forms: Record<number, string> = { 1: "1 ادعاء", 4: "4 ادعاءات", 8: "8 ادعاءات", 12: "12 ادعاءً" };
    for (const n of counts) assert.ok(home.includes(`· ${forms[n]}`), `${n} → ${forms[n]}`);
    assert.doesNotMatch(home, /\b1 ادعاءات|12 ادعاءات/);
  });

  test("outlets have the slugs outlets.yaml gives them, and their old addresses point to the new", () => {
    assert.match(read(site, "outlets/sawt-wa-soura/index.html"), /<h1>صوت وصورة<\/h1>/);
    assert.match(read(site, "reports/000-2f332df18204745e/index.html"), /<a href="\/outlets\/sawt-wa-soura\/">صوت وصورة<\/a>/);
    const old = read(site, `outlets/${slugForName("صوت وصورة")}/index.html`);
    assert.match(old, /<meta http-equiv="refresh" content="0; url=\/outlets\/sawt-wa-soura\/">/);
    assert.match(old, /<link rel="canonical" href="http:\/\/localhost:8080\/outlets\/sawt-wa-soura\/">/);
  });

  test("the indexes of places, actors and outlets are in Arabic order", () => {
    const names = (html: string): string[] => [...html.matchAll(/<li><a href="\/(?:actors|outlets)\/[^"]+\/">([^<]+)<\/a>/g)].map((m) => m[1]!);
    for (const page of ["actors/index.html", "outlets/index.html"]) {
      const listed = names(read(site, page));
      assert.ok(listed.length >= 3, page);
      assert.deepEqual(listed, [...listed].sort(compareArabic), page);
    }
    const places = read(site, "places/index.html");
    const groups = [...places.matchAll(/<h2>(?:<a [^>]+>)?([^<]+)/g)].map((m) => m[1]!);
    assert.equal(groups.at(-1), "خارج المدن");
    assert.deepEqual(groups.slice(0, -1), groups.slice(0, -1).sort(compareArabic));
    for (const list of places.split("<h3>").slice(1)) {
      const listed = [...list.split("</ul>")[0]!.matchAll(/<a href="\/places\/[^"]+\/">([^<]+)<\/a>/g)].map((m) => m[1]!);
      assert.deepEqual(listed, [...listed].sort(compareArabic));
    }
  });

  test("/reports/ lists every report", () => {
    const html = read(site, "reports/index.html");
    const listed = [...html.matchAll(/<li>\s*<a href="\/reports\/([^"/]+)\/"/g)].map((m) => m[1]).sort();
    assert.deepEqual(listed, records().map((r) => r.id).sort());
  });

  test("a place page gives its Latin name, its places as linked dots sized by their reports, those without a position beside, and its claims by outcome", () => {
    const html = read(site, "places/deir-ez-zor-governorate/index.html");
    assert.match(html, /<span class="latin" lang="en" dir="ltr">Deir ez-Zor Governorate<\/span>/);
    assert.match(html, /تقارير تذكرها مباشرة/, "a governorate is feminine");
    assert.match(read(site, "places/huweiqa/index.html"), /تقارير تذكره مباشرة/, "a neighbourhood is masculine");
    const map = /<svg[^>]*class="map"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? "";
    const dots = [...map.matchAll(/<a href="(\/places\/[^"]+\/)" aria-label="[^"]+: (\d+) [^"]+"><title>[^<]+<\/title><circle [^>]*r="([\d.]+)"/g)];
    assert.deepEqual(dots.map((d) => d[1]).sort(), ["/places/abu-kamal/", "/places/deir-ez-zor/"]);
    const radius = new Map(dots.map((d) => [Number(d[2]), Number(d[3])]));
    assert.ok(radius.get(4)! > radius.get(1)!, "the place with more reports has the larger dot");
    const aside = html.slice(html.indexOf('<div class="map-aside">'), html.indexOf("</figure>"));
    assert.match(aside, /<a href="\/places\/huweiqa\/">الحويقة<\/a>/);
    assert.doesNotMatch(aside, /\/places\/abu-kamal\//);

    const inside = (r: ReportRecord): boolean => r.locations.some((l) => knowledge.gazetteer.ancestors(l.slug).some((a) => a.slug === "deir-ez-zor-governorate"));
    const claims = records().filter(inside).flatMap((r) => r.casualties);
    const killed = claims.filter((c) => c.outcome === "killed");
    const row = /<tr><th scope="row">قتلى<\/th><td>([^<]+)<\/td><td><bdi>([^<]+)<\/bdi><\/td><td><bdi>(\d+)<\/bdi><\/td><\/tr>/.exec(html);
    assert.ok(row, "a row for the killed");
    assert.equal(row[1], `${killed.length} ادعاءً`);
    assert.equal(Number(row[2]), killed.reduce((n, c) => n + (c.count ?? 0), 0));
    assert.equal(Number(row[3]), killed.filter((c) => c.count === null).length);
    assert.match(html, /ليست هذه حصيلة ضحايا/);
    const csv = parseCsv(read(site, "places/deir-ez-zor-governorate/claims.csv"));
    assert.equal(csv.length - 1, claims.length);
    assert.deepEqual(csv[0], parseCsv(read(site, "data/casualties.csv"))[0], "the same columns as casualties.csv");
    assert.match(html, /<a href="\/places\/deir-ez-zor-governorate\/claims\.csv" download>/);
  });

  test("pages carry Open Graph tags", () => {
    const report = read(site, "reports/002-d4b433fb0b47d284/index.html");
    assert.match(report, /<meta property="og:type" content="article">/);
    assert.match(report, /<meta property="og:url" content="http:\/\/localhost:8080\/reports\/002-d4b433fb0b47d284\/">/);
    assert.match(report, /<meta property="og:title" content="[^"]+">/);
    const home = read(site, "index.html");
    assert.match(home, /<meta property="og:type" content="website">/);
    assert.match(home, /<meta property="og:url" content="http:\/\/localhost:8080\/">/);
    assert.match(home, /<meta property="og:locale" content="ar_AR">/);
  });

  test("the home page has totals and a timeline drawn at build time", () => {
    const html = read(site, "index.html");
    assert.match(html, /<svg[^>]*class="chart"/);
    assert.match(html, /href="\/months\/"/);
    // Each month's bar links to its page and says its count, on the bar and in the table under it.
    assert.match(html, /<a href="\/months\/2017-10\/" aria-label="تشرين الأول 2017: 1 تقرير"><title>[^<]+<\/title><rect [^>]+\/><text [^>]*class="value">1<\/text><\/a>/);
    assert.match(html, /<th scope="row"><a href="\/months\/2017-10\/">تشرين الأول 2017<\/a><\/th><td><bdi>1<\/bdi><\/td>/);
    const records = JSON.parse(read(site, "data/reports.json")) as { date: { value: string | null } }[];
    for (const month of records.map((r) => r.date.value?.slice(0, 7)).filter((m) => m && m.length === 7)) {
      assert.ok(existsSync(join(site, `months/${month}/index.html`)), `month page ${month}`);
    }
  });

  test("reports.json validates against the extraction schema", () => {
    const ajv = new Ajv2020.default({ allErrors: true, strict: false });
    const validate = ajv.compile(SCHEMA);
    const text = read(site, "data/reports.json");
    const records = JSON.parse(text) as unknown[];
    assert.equal(records.length, 5);
    for (const record of records) assert.ok(validate(record), JSON.stringify(validate.errors));
    // Written a record at a time, it must read exactly as the whole array stringified would.
    assert.equal(text, `${JSON.stringify(records, null, 2)}\n`);
  });

  test("the CSV exports parse, Arabic and quotes intact, one casualty row per claim", () => {
    const reports = parseCsv(read(site, "data/reports.csv"));
    assert.equal(reports.length, 6);
    const records = JSON.parse(read(site, "data/reports.json")) as { id: string; title: string | null; casualties: unknown[] }[];
    const header = reports[0]!;
    for (const row of reports.slice(1)) {
      assert.equal(row.length, header.length);
      const record = records.find((r) => r.id === row[0]);
      assert.ok(record);
      assert.equal(row[header.indexOf("title")], record.title ?? "");
    }
    const claims = parseCsv(read(site, "data/casualties.csv"));
    assert.equal(claims.length - 1, records.reduce((n, r) => n + r.casualties.length, 0));
  });

  test("places.geojson is a valid FeatureCollection of places with coordinates only", () => {
    const geo = JSON.parse(read(site, "data/places.geojson")) as { type: string; features: { type: string; geometry: { type: string; coordinates: number[] }; properties: { slug: string } }[] };
    assert.equal(geo.type, "FeatureCollection");
    assert.ok(geo.features.length > 0);
    for (const f of geo.features) {
      assert.equal(f.type, "Feature");
      assert.equal(f.geometry.type, "Point");
      const [lon, lat] = f.geometry.coordinates;
      assert.ok(lon !== undefined && lon >= -180 && lon <= 180 && lat !== undefined && lat >= -90 && lat <= 90);
      assert.ok(existsSync(join(site, "places", f.properties.slug, "index.html")));
    }
  });

  test("the Atom feed is well formed enough to list every report", () => {
    const feed = read(site, "feed.xml");
    assert.match(feed, /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    assert.equal(feed.match(/<entry>/g)?.length, 5);
  });

  test("the search index holds each report's folded keys, and the records it was built from are not published", () => {
    const fragments = readdirSync(join(site, "pagefind/fragment")).map((name) => {
      const json = gunzipSync(readFileSync(join(site, "pagefind/fragment", name))).toString("utf8").replace(/^pagefind_dcd/, "");
      return JSON.parse(json) as { url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> };
    });
    assert.equal(fragments.length, 5);
    for (const id of ["000-2f332df18204745e", "001-f71020e530c0bd5f", "004-4a59a27f646e408d"]) {
      const fragment = fragments.find((f) => f.url === `/reports/${id}/`);
      assert.ok(fragment, id);
      assert.match(fragment.content, /(?:^| )حويقه(?: |$)/u, id);
      assert.doesNotMatch(fragment.content, /الحويقة/u, "the content is keys, not the report's spelling");
      assert.ok(fragment.filters.place?.includes("huweiqa"), id);
      // A place's filter holds the places it lies in too, as its page lists the reports of the places inside it.
      assert.ok(fragment.filters.place?.includes("deir-ez-zor") && fragment.filters.place.includes("syria"), id);
      assert.ok(fragment.meta.title, id);
    }
    assert.ok(!existsSync(join(site, ".search-records.jsonl")));
  });

  test("the place index answers a neighbourhood in any spelling, its results in small files", () => {
    const index = JSON.parse(read(site, "search/places.json")) as NameSearchEntry[];
    const huweiqa = index.find((entry) => entry.url === "/places/huweiqa/");
    assert.ok(huweiqa);
    assert.ok(huweiqa.keys.includes("حويقه"));
    assert.equal(huweiqa.within, "دير الزور");
    const results = JSON.parse(read(site, "places/huweiqa/results-1.json")) as PlaceResult[];
    assert.equal(results.length, huweiqa.total);
    assert.equal(huweiqa.files, 1);
    assert.deepEqual(results.map((r) => r.url).sort(), ["000-2f332df18204745e", "001-f71020e530c0bd5f", "004-4a59a27f646e408d"].map((id) => `/reports/${id}/`));
    for (const result of results) assert.ok(result.title && result.summary, result.url);
    // Every place with reports is in the index, each listing all of them.
    const placePages = readdirSync(join(site, "places"), { withFileTypes: true }).filter((e) => e.isDirectory()).length;
    assert.equal(index.length, placePages);
  });

  test("two builds of the same content are byte-identical", async () => {
    // The first build registered the ids; from then on the content is unchanged.
    const [first, second] = [outDir(), outDir()];
    await build(content, first);
    await build(content, second);
    assert.deepEqual(fingerprint(second), fingerprint(first));
    assert.ok(fingerprint(first).size > 50);
  });
});
