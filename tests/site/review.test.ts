/**
 * Reviews through the whole build, as a user runs it: one report reviewed (a count
 * fixed, a place added, a claim removed), one whose review has a bad value, one
 * review for no report, and seed reports nobody has reviewed.
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import type { Manifest } from "../../src/publish/manifest.ts";
import type { ReportRecord } from "../../src/types.ts";
import { buildCommand, commandOut, fixture, makeArchive, read, seed } from "../helpers/archive.ts";

const FIXTURES = fileURLToPath(new URL("../fixtures/reviews/", import.meta.url));
const SCHEMA = JSON.parse(readFileSync(fileURLToPath(new URL("../../spec/report.schema.json", import.meta.url)), "utf8")) as object;
const REPORT = fixture(join(FIXTURES, "reports/harabesh-shelling.txt"));

/** The review an archivist makes of harabesh-shelling.txt: six killed, not five; تل الورد added; the fighters' claim removed. */
function reviewOf(killed: number): string {
  const fixesCount = readFileSync(join(FIXTURES, "good/fixes-count.yaml"), "utf8").replace("count: 6", `count: ${killed}`);
  const places = readFileSync(join(FIXTURES, "good/adds-place.yaml"), "utf8").split("locations:")[1];
  return `${fixesCount.split("  - party: islamic-state")[0]}locations:${places}`;
}

describe("reviews in a built archive", () => {
  let content: string;
  let out: string;
  let run: ReturnType<typeof buildCommand>;
  let records: ReportRecord[];

  before(() => {
    content = makeArchive({
      "harabesh-shelling.txt": REPORT,
      "with-front-matter.md": fixture(join(FIXTURES, "reports/with-front-matter.md")),
      "000_2f332df18204745e.txt": seed("000_2f332df18204745e.txt"),
      "001_f71020e530c0bd5f.txt": seed("001_f71020e530c0bd5f.txt"),
    });
    mkdirSync(join(content, "reviews"));
    writeFileSync(join(content, "reviews/harabesh-shelling.yaml"), reviewOf(6));
    writeFileSync(join(content, "reviews/with-front-matter.yaml"), readFileSync(join(FIXTURES, "bad/negative-count.yaml")));
    writeFileSync(join(content, "reviews/gone-report.yaml"), "status: reviewed\n");
    run = buildCommand(content);
    out = commandOut(content);
    records = JSON.parse(read(out, "data/reports.json")) as ReportRecord[];
  });

  test("the build names each bad review file, line and column, exits 1, and still publishes every report", () => {
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /^content\/: published 4 \(1 with warnings\), duplicates 0, rejected 2$/m);
    assert.match(run.stdout, /rejected reviews\/with-front-matter\.yaml:7:12-7:14 error count must be a whole number ≥ 0, or null when the text gives none \(got -3\) review-count/);
    assert.match(run.stdout, /rejected reviews\/gone-report\.yaml error no report has the id "gone-report".* review-orphan/);
    const manifest = JSON.parse(read(out, "build-report.json")) as Manifest;
    assert.deepEqual(manifest.files.filter((f) => f.status === "rejected").map((f) => f.file), ["reviews/gone-report.yaml", "reviews/with-front-matter.yaml"]);
  });

  test("the reviewed record: the corrected fields replace the machine's, are listed in curated, and the record says who reviewed it", () => {
    const record = records.find((r) => r.id === "harabesh-shelling")!;
    assert.deepEqual(record.casualties.map((c) => c.count), [6, 3, 2]);
    assert.ok(record.locations.some((l) => l.name === "تل الورد" && l.type === "village"));
    assert.deepEqual(record.curated, ["locations", "casualties"]);
    assert.deepEqual(record.review, { status: "reviewed", reviewer: "Lina Haddad", reviewed_on: "2024-05-03", note: "صوت وصورة صحّحت العدد إلى ستة في تقرير لاحق" });
    assert.deepEqual(record.actors.map((a) => a.id), ["syrian-government", "islamic-state"], "actors stay the machine's");
    const validate = new Ajv2020.default({ allErrors: true, strict: false }).compile(SCHEMA);
    for (const r of records) assert.ok(validate(r), JSON.stringify(validate.errors));
  });

  test("a report whose review has errors is published with the machine's reading, marked as such", () => {
    const record = records.find((r) => r.id === "with-front-matter")!;
    assert.equal(record.review, undefined);
    assert.deepEqual(record.casualties.map((c) => c.count), [5, 3]);
    const page = read(out, "reports/with-front-matter/index.html");
    assert.match(page, /id="review-status" class="review-status is-machine">قراءة آلية، لم تُراجَع</);
    assert.match(page, /its review content\/reviews\/with-front-matter\.yaml has errors and is not applied: the machine&#39;s reading is published review-not-applied/);
  });

  test("the original report is published byte for byte, with the SHA-256 it was received with", () => {
    assert.ok(readFileSync(join(out, "reports/harabesh-shelling/original.txt")).equals(REPORT));
    assert.ok(readFileSync(join(content, "reports/harabesh-shelling.txt")).equals(REPORT));
    const sha256 = createHash("sha256").update(REPORT).digest("hex");
    assert.ok(read(out, "reports/harabesh-shelling/index.html").includes(sha256));
  });

  test("the report page says who reviewed it and when, and which fields are reviewed and which machine-read", () => {
    const page = read(out, "reports/harabesh-shelling/index.html");
    assert.match(page, /class="review-status is-reviewed">راجعه <bdi dir="ltr">Lina Haddad<\/bdi> في <bdi dir="ltr">3<\/bdi> أيار <bdi dir="ltr">2024<\/bdi><\/p>/);
    assert.match(page, /<h2 id="places-heading">الأماكن <span class="origin origin-review">مراجَع<\/span><\/h2>/);
    assert.match(page, /<h2 id="claims-heading">ادعاءات الإصابات <span class="origin origin-review">مراجَع<\/span><\/h2>/);
    assert.match(page, /<h2 id="actors-heading">الجهات <span class="origin origin-machine">قراءة آلية<\/span><\/h2>/);
    assert.match(page, /<li>الأماكن: <strong>مراجَع<\/strong><\/li>/);
    assert.match(page, /<li>الجهات: قراءة آلية<\/li>/);
    const frontMatter = read(out, "reports/with-front-matter/index.html");
    assert.match(frontMatter, /<li>الوسيلة الإعلامية: <strong>منسَّق من قبل المؤرشف<\/strong><\/li>/);
  });

  test("the reports awaiting review are listed most claims first, and every page links to the list", () => {
    const page = read(out, "awaiting-review/index.html");
    const listed = [...page.matchAll(/<a href="\/reports\/([^/]+)\/">/g)].map((m) => m[1]);
    const waiting = records.filter((r) => r.review?.status !== "reviewed");
    assert.deepEqual([...listed].sort(), waiting.map((r) => r.id).sort());
    assert.ok(!listed.includes("harabesh-shelling"));
    const claims = listed.map((id) => records.find((r) => r.id === id)!.casualties.length);
    assert.deepEqual(claims, [...claims].sort((a, b) => b - a));
    assert.match(read(out, "index.html"), /<a href="\/awaiting-review\/">بانتظار المراجعة<\/a>/);
  });

  test("editing the review and building again shows the new value: report views are keyed on the review", () => {
    writeFileSync(join(content, "reviews/harabesh-shelling.yaml"), reviewOf(7));
    const again = buildCommand(content);
    assert.equal(again.status, 1);
    const record = (JSON.parse(read(out, "data/reports.json")) as ReportRecord[]).find((r) => r.id === "harabesh-shelling")!;
    assert.equal(record.casualties[0]!.count, 7);
    assert.match(read(out, "reports/harabesh-shelling/index.html"), /<dt>العدد<\/dt><dd>7 على الأقل<\/dd>/);
  });
});
