import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { extractReport } from "../../src/extract/index.ts";
import { dataFilesFor } from "../../src/knowledge/data-files.ts";
import { loadKnowledge, type Knowledge } from "../../src/knowledge/index.ts";
import { formatMessage, formatPlace } from "../../src/message.ts";
import { reviewReport, type ReviewedReport } from "../../src/review/review-report.ts";
import { isFailure, type ReportRecord } from "../../src/types.ts";
import { knowledge } from "../helpers/knowledge.ts";

const FIXTURES = fileURLToPath(new URL("../fixtures/reviews/", import.meta.url));
const REPORT = join(FIXTURES, "reports/harabesh-shelling.txt");
const expectations = JSON.parse(readFileSync(join(FIXTURES, "expectations.json"), "utf8")) as Record<string, { report?: string; ruleId: string; place: string; reason: string }>;

const made: string[] = [];
after(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The machine's reading of a report file, with what a review is checked against. */
function machine(file: string, bytes: Uint8Array = readFileSync(file), data: Knowledge = knowledge) {
  const result = extractReport({ file, bytes }, data);
  if (isFailure(result.output) || result.text === null) throw new Error(`${file} did not extract`);
  return { record: result.output, text: result.text, sha256: result.sha256, reportFile: file, knowledge: data };
}

function review(name: string, report = machine(REPORT)): ReviewedReport & { machine: ReportRecord } {
  const file = join(FIXTURES, name);
  return { ...reviewReport(file, readFileSync(file), report), machine: report.record };
}

const formatted = (outcome: ReviewedReport): string => [...outcome.errors, ...outcome.notices].map(formatMessage).join("\n");

describe("a review replaces what it gives, and only that", () => {
  test("a review that fixes a count replaces the claims wholesale, lists them as curated, and carries who reviewed it", () => {
    const outcome = review("good/fixes-count.yaml");
    assert.equal(formatted(outcome), "");
    const { record } = outcome;
    assert.deepEqual(record.casualties.map((c) => [c.outcome, c.count, c.qualifier]), [["killed", 6, "at-least"], ["injured", 3, "exact"], ["injured", 2, "exact"], ["killed", 2, "exact"]]);
    assert.equal(record.casualties[3]!.perpetrator, "syrian-government");
    assert.deepEqual(record.curated, ["casualties"]);
    assert.deepEqual(outcome.fields, ["casualties"]);
    assert.deepEqual(record.review, { status: "reviewed", reviewer: "Lina Haddad", reviewed_on: "2024-05-03", note: "صوت وصورة صحّحت العدد إلى ستة في تقرير لاحق" });
    // every other field is still the machine's
    assert.deepEqual(record.locations, outcome.machine.locations);
    assert.deepEqual(record.actors, outcome.machine.actors);
    assert.deepEqual(record.date, outcome.machine.date);
    assert.deepEqual(record.body, outcome.machine.body);
  });

  test("a review that adds a place the gazetteer lacks: {name, type, parent}, with the report's own spelling as evidence", () => {
    const outcome = review("good/adds-place.yaml");
    assert.equal(formatted(outcome), "");
    const added = outcome.record.locations.at(-1)!;
    assert.equal(outcome.machine.locations.some((l) => l.name === "تل الورد"), false, "the machine did not read it");
    assert.deepEqual({ ...added, slug: added.slug.replace(/-[0-9a-f]{6}$/, "") }, { name: "تل الورد", slug: "tl-alwrd", type: "village", parent: "ريف دير الزور", lat: null, lon: null, evidence: ["تل الورد"] });
    // a gazetteer place keeps the machine's evidence and the gazetteer's coordinates
    assert.deepEqual(outcome.record.locations.find((l) => l.slug === "deir-ez-zor"), outcome.machine.locations.find((l) => l.slug === "deir-ez-zor"));
    assert.deepEqual(outcome.record.curated, ["locations"]);
  });

  test("a review that removes a claim publishes the claims it keeps", () => {
    const outcome = review("good/removes-claim.yaml");
    assert.equal(outcome.machine.casualties.length, 4);
    assert.deepEqual(outcome.record.casualties, outcome.machine.casualties.slice(0, 3));
    assert.ok(!outcome.record.casualties.some((c) => c.party === "islamic-state"));
  });

  test("a review not marked reviewed (status: machine) replaces nothing, and says what it would change", () => {
    const outcome = review("good/draft.yaml");
    assert.deepEqual(outcome.fields, []);
    assert.deepEqual(outcome.record.casualties, outcome.machine.casualties);
    assert.equal(outcome.record.curated, undefined);
    assert.deepEqual(outcome.record.review, { status: "machine", reviewer: null, reviewed_on: null, note: null });
    assert.match(formatted(outcome), /draft\.yaml:1:1 info the review changes casualties, but its status is machine.* review-draft/);
  });

  test("the report's own file is never changed", () => {
    const before = readFileSync(REPORT);
    for (const name of readdirSync(join(FIXTURES, "good"))) review(`good/${name}`);
    assert.ok(readFileSync(REPORT).equals(before));
  });
});

describe("a stale review, and an extractor that improves", () => {
  test("evidence an edit of the report removed is a warning naming the review file and line; that field keeps the machine's reading, the rest applies", () => {
    const edited = Buffer.from(readFileSync(REPORT, "utf8").replace("قتل خمسة مدنيين", "قتل ستة مدنيين"));
    const report = machine(REPORT, edited);
    const outcome = review("good/stale.yaml", report);
    assert.deepEqual(outcome.errors, []);
    const [stale, ...others] = outcome.notices.filter((n) => n.ruleId === "review-stale");
    assert.equal(others.length, 0);
    assert.equal(formatPlace(stale!), `${join(FIXTURES, "good/stale.yaml")}:14:15-14:32`);
    assert.equal(stale!.severity, "warning");
    assert.match(stale!.reason, /«قتل خمسة مدنيين» is not in the report; the report was edited since this review was written/);
    assert.deepEqual(outcome.record.casualties, report.record.casualties, "the claims stay the machine's");
    assert.deepEqual(outcome.fields, ["source.dateline"]);
    assert.equal(outcome.record.review?.status, "reviewed");
  });

  test("the same review against the text it was written for is not stale", () => {
    const outcome = review("good/stale.yaml");
    assert.equal(formatted(outcome), "");
    assert.deepEqual(outcome.fields, ["source.dateline", "casualties"]);
  });

  test("when the gazetteer grows, the machine's places update and the reviewed claims stay", () => {
    const dir = mkdtempSync(join(tmpdir(), "review-data-"));
    made.push(dir);
    cpSync(fileURLToPath(new URL("../../content/data/", import.meta.url)), join(dir, "data"), { recursive: true });
    const gazetteer = join(dir, "data/gazetteer.yaml");
    writeFileSync(gazetteer, `${readFileSync(gazetteer, "utf8")}\n  - {slug: tal-al-ward, name: تل الورد, type: village, parent: deir-ez-zor-countryside}\n`);
    const improved = loadKnowledge(dataFilesFor(dir));
    const before = review("good/fixes-count.yaml");
    const afterwards = review("good/fixes-count.yaml", machine(REPORT, readFileSync(REPORT), improved));
    assert.ok(!before.record.locations.some((l) => l.slug === "tal-al-ward"));
    assert.ok(afterwards.record.locations.some((l) => l.slug === "tal-al-ward"), "the machine's places follow the gazetteer");
    assert.deepEqual(afterwards.record.casualties, before.record.casualties, "the reviewed claims stay");
  });
});

describe("bad reviews are named by file, line and column, and none of them is applied", () => {
  for (const [name, expected] of Object.entries(expectations)) {
    if (name.startsWith("_")) continue;
    test(`${name}: ${expected.ruleId} at ${expected.place}`, () => {
      const report = machine(join(FIXTURES, "reports", expected.report ?? "harabesh-shelling.txt"));
      const outcome = review(`bad/${name}`, report);
      const [first] = outcome.errors;
      assert.ok(first, `no error for ${name}`);
      assert.equal(first.ruleId, expected.ruleId, formatted(outcome));
      assert.equal(formatPlace(first), `${join(FIXTURES, "bad", name)}:${expected.place}`);
      assert.ok(first.reason.includes(expected.reason), first.reason);
      assert.equal(first.severity, "error");
      assert.deepEqual(outcome.record, report.record, "the machine's reading stands");
      assert.deepEqual(outcome.fields, []);
      const notApplied = outcome.notices.find((n) => n.ruleId === "review-not-applied");
      assert.equal(notApplied?.file, report.reportFile);
    });
  }

  test("no review key reaches a prototype, and no YAML tag runs", () => {
    review("bad/merge-key.yaml");
    review("bad/code-tag.yaml");
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(({} as Record<string, unknown>).status, undefined);
  });

  test("every bad value in one file is listed, each at its own line", () => {
    const dir = mkdtempSync(join(tmpdir(), "review-bad-"));
    made.push(dir);
    const file = join(dir, "many.yaml");
    writeFileSync(file, ["status: reviewed", "reviewer: x", "reviewed_on: 2024-05-03", "casualties:", "  - party: civilian", "    outcome: dead", "    count: -1", "    qualifier: roughly", '    evidence: "nowhere"', ""].join("\n"));
    const outcome = reviewReport(file, readFileSync(file), machine(REPORT));
    assert.deepEqual(outcome.errors.map((e) => [e.ruleId, e.start?.line]), [["review-party", 5], ["review-outcome", 6], ["review-count", 7], ["review-qualifier", 8], ["review-evidence", 9]]);
  });
});
