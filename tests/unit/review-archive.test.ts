import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { extractReport } from "../../src/extract/index.ts";
import { collate } from "../../src/publish/collate.ts";
import { reviewArchive } from "../../src/review/review-archive.ts";
import { unknownPlaces } from "../../src/review/unknown-places.ts";
import { knowledge } from "../helpers/knowledge.ts";

const FIXTURES = fileURLToPath(new URL("../fixtures/reviews/", import.meta.url));
const content = mkdtempSync(join(tmpdir(), "review-archive-"));
after(() => rmSync(content, { recursive: true, force: true }));

mkdirSync(join(content, "reports"));
mkdirSync(join(content, "reviews"));
copyFileSync(join(FIXTURES, "reports/harabesh-shelling.txt"), join(content, "reports/harabesh-shelling.txt"));
copyFileSync(join(FIXTURES, "reports/harabesh-shelling.txt"), join(content, "reports/same-text.txt"));
copyFileSync(join(FIXTURES, "reports/with-front-matter.md"), join(content, "reports/with-front-matter.md"));
copyFileSync(join(FIXTURES, "good/adds-place.yaml"), join(content, "reviews/harabesh-shelling.yaml"));
copyFileSync(join(FIXTURES, "bad/front-matter-conflict.yaml"), join(content, "reviews/with-front-matter.yaml"));
copyFileSync(join(FIXTURES, "good/draft.yaml"), join(content, "reviews/no-such-report.yaml"));
copyFileSync(join(FIXTURES, "good/draft.yaml"), join(content, "reviews/same-text.yaml"));
writeFileSync(join(content, "reviews/notes.txt"), "not a review\n");

const files = ["harabesh-shelling.txt", "same-text.txt", "with-front-matter.md"].map((name) => join(content, "reports", name));
const collation = reviewArchive(
  collate(files.map((file) => extractReport({ file, bytes: readFileSync(file) }, knowledge)), content),
  content,
  knowledge,
);
const entry = (name: string) => collation.entries.find((e) => e.file.endsWith(name));
const report = (id: string) => collation.reports.find((r) => r.record.id === id);

describe("the build's review stage", () => {
  test("applies a good review to the report published under its id", () => {
    const reviewed = report("harabesh-shelling")!;
    assert.equal(reviewed.record.review?.status, "reviewed");
    assert.ok(reviewed.record.locations.some((l) => l.name === "تل الورد"));
    assert.deepEqual(reviewed.review, { file: join(content, "reviews/harabesh-shelling.yaml"), fields: ["locations"] });
    assert.equal(entry("reports/harabesh-shelling.txt")?.status, "published");
  });

  test("a review with errors is rejected by name, line and column, and its report is published with the machine's reading, marked as such", () => {
    const rejected = entry("reviews/with-front-matter.yaml")!;
    assert.equal(rejected.status, "rejected");
    assert.match(rejected.reason!, /with-front-matter\.yaml:4:1-4:7 error "outlet" is set both in the report's front matter \(.*with-front-matter\.md:2:1\) and in this review: keep one review-front-matter-conflict$/);
    const machine = report("with-front-matter")!;
    assert.equal(machine.record.review, undefined);
    assert.equal(machine.record.source.outlet, "شبكة فرات بوست");
    const published = entry("reports/with-front-matter.md")!;
    assert.equal(published.status, "published-with-warnings");
    assert.ok(published.messages.some((m) => /review-not-applied$/.test(m)), published.messages.join("\n"));
  });

  test("a review whose id no report has is an error, never ignored", () => {
    const orphan = entry("reviews/no-such-report.yaml")!;
    assert.equal(orphan.status, "rejected");
    assert.match(orphan.reason!, /no-such-report\.yaml error no report has the id "no-such-report".* review-orphan$/);
  });

  test("a review of a file published as another (the same text) says which one to review", () => {
    assert.match(entry("reviews/same-text.yaml")!.reason!, /has the same text as "harabesh-shelling".*review "harabesh-shelling" instead review-orphan$/);
  });

  test("a file of reviews/ that is not <id>.yaml is listed, not skipped", () => {
    assert.match(entry("reviews/notes.txt")!.reason!, /not a review file.* review-file-name$/);
  });

  test("the gazetteer's queue holds the places a review adds as well as those the machine read outside it", () => {
    const queue = unknownPlaces(collation.reports, knowledge.gazetteer);
    const added = queue.find((place) => place.name === "تل الورد");
    assert.deepEqual(added && { reports: added.reports, evidence: added.evidence, parents: added.parents }, {
      reports: ["harabesh-shelling"],
      evidence: ["تل الورد"],
      parents: [{ name: "ريف دير الزور", slug: "deir-ez-zor-countryside", reports: 1 }],
    });
  });
});
