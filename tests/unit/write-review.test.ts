import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { extractReport } from "../../src/extract/index.ts";
import { formatMessage } from "../../src/message.ts";
import { reviewReport } from "../../src/review/review-report.ts";
import { writeReviewDraft } from "../../src/review/write-review.ts";
import { isFailure, OUTCOMES, QUALIFIERS } from "../../src/types.ts";
import { knowledge } from "../helpers/knowledge.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CORPORA = ["tests/fixtures/seeds/raw", "tests/fixtures/probes/raw", "tests/fixtures/reviews/reports"];
const reports = CORPORA.flatMap((dir) => readdirSync(join(ROOT, dir)).map((name) => join(ROOT, dir, name)));

function draftOf(file: string) {
  const result = extractReport({ file, bytes: readFileSync(file) }, knowledge);
  if (isFailure(result.output) || result.text === null) throw new Error(`${file} did not extract`);
  const context = { record: result.output, text: result.text, sha256: result.sha256, reportFile: file, knowledge };
  return { context, draft: writeReviewDraft(context) };
}

describe("a new review file", () => {
  test("read back and marked reviewed, it gives exactly the machine's reading, for every seed and probe report", () => {
    for (const file of reports) {
      const { context, draft } = draftOf(file);
      const signed = draft.replace("status: machine", "status: reviewed").replace("reviewer: null", "reviewer: Test").replace("reviewed_on: null", "reviewed_on: 2024-05-03");
      const outcome = reviewReport("draft.yaml", Buffer.from(signed), context);
      assert.equal([...outcome.errors, ...outcome.notices].map(formatMessage).join("\n"), "", file);
      const { curated, review, ...fields } = outcome.record;
      const { curated: machineCurated, ...machine } = context.record;
      assert.deepEqual(fields, machine, file);
      assert.equal(review?.status, "reviewed");
      assert.ok(curated?.includes("casualties") && curated.includes("locations"), file);
      for (const field of machineCurated ?? []) assert.ok(curated?.includes(field), `${file}: ${field} stays curated`);
    }
  });

  test("as written, status: machine, it changes nothing and says nothing", () => {
    for (const file of reports.slice(0, 10)) {
      const { context, draft } = draftOf(file);
      const outcome = reviewReport("draft.yaml", Buffer.from(draft), context);
      assert.deepEqual([...outcome.errors, ...outcome.notices], [], file);
      assert.deepEqual(outcome.fields, []);
    }
  });

  test("says what each key accepts: the outcome and qualifier values, and where party ids come from", () => {
    const { draft } = draftOf(join(ROOT, "tests/fixtures/reviews/reports/harabesh-shelling.txt"));
    assert.match(draft, /^status: machine$/m);
    assert.match(draft, new RegExp(`#   outcome: ${OUTCOMES.join(", ")}`));
    assert.match(draft, new RegExp(`#   qualifier: ${QUALIFIERS.join(", ")}`));
    assert.match(draft, /#   party: civilians, unknown, or an actor id of data\/actors\.yaml/);
    assert.match(draft, /^report_sha256: d6b43dc1db4c07e428736e0384df5d61500eef0bc68660e7669586b97c1c57ba$/m);
    assert.match(draft, /^ {2}- harabesh {2}# هرابش$/m);
    assert.match(draft, /^ {4}count: 5$/m);
  });

  test("leaves a key the report's front matter sets to the front matter, and says where it is", () => {
    const file = join(ROOT, "tests/fixtures/reviews/reports/with-front-matter.md");
    const { draft } = draftOf(file);
    assert.match(draft, new RegExp(`^# outlet: set in the report's front matter \\(${file}:2\\); change it there$`, "m"));
    assert.doesNotMatch(draft, /^outlet:/m);
    assert.doesNotMatch(draft, /^published:/m);
    assert.match(draft, /^author: null$/m);
  });
});
