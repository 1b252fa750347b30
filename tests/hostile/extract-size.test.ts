import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { extractReport } from "../../src/extract/index.ts";
import { isFailure, type ReportRecord } from "../../src/types.ts";
import { utf8 } from "./encode.ts";
import { evidenceNotIn } from "./evidence.ts";
import { knowledge } from "../helpers/knowledge.ts";

// Kept apart from the other hostile tests: the 10 MB report takes several seconds.
// How long each takes is measured by the benchmark (`bench/awkward-inputs.ts`), not asserted here.
const root = new URL("../../", import.meta.url);
const seedFile = "tests/fixtures/seeds/raw/000_2f332df18204745e.txt";
const seed = readFileSync(new URL(seedFile, root), "utf8");

function published(file: string, text: string): ReportRecord {
  const { output, text: decoded } = extractReport({ file, bytes: utf8(text) }, knowledge);
  assert.ok(!isFailure(output), `${file} must be published: ${JSON.stringify(output).slice(0, 300)}`);
  assert.deepEqual(evidenceNotIn(output, decoded ?? ""), [], "every evidence string is in the text");
  return output;
}

const seedRecord = published(seedFile, seed);

describe("large input", () => {
  it("extracts one line of 100,000 characters", () => {
    let line = "";
    while (line.length < 100_000) line += seed.replace(/\s*\n\s*/g, " ") + " ";
    line = line.slice(0, 100_000);
    const record = published("one-line.txt", line);
    assert.ok(record.casualties.length > 0);
  });

  it("extracts a 10 MB report without crashing", { timeout: 120_000 }, () => {
    // The seed's own paragraphs without its page furniture (after a comment section
    // everything is furniture), each copy numbered so that no paragraph repeats.
    const story = seedRecord.body.join("\n\n");
    const copies = Math.ceil((10 * 1024 * 1024) / utf8(story).length);
    const bytes = utf8(Array.from({ length: copies }, (_, i) => story.replace(/\n\n/g, ` (${i})\n\n`)).join("\n\n"));
    assert.ok(bytes.length >= 10 * 1024 * 1024, `${bytes.length} bytes`);
    const { output } = extractReport({ file: "huge.txt", bytes }, knowledge);
    assert.ok(!isFailure(output), JSON.stringify(output).slice(0, 300));
    assert.ok(output.body.length > 1000);
  });
});


describe("deeply nested Markdown (issue #11)", () => {
  const claim = "قتل مدنيان في قصف على حي الحويقة في مدينة دير الزور.";

  it("extracts 10,000 nested list markers in one line: the line kept whole, the claim found in it", () => {
    const line = `${"- ".repeat(10_000)}${claim}`;
    const record = published("nested-list.md", `${line}\n\nوأصيب طفل في القصف.\n`);
    assert.deepEqual(record.body, [line, "وأصيب طفل في القصف."], "no line lost, each exactly as written");
    assert.ok(record.casualties.some((c) => c.outcome === "killed" && c.count === 2), JSON.stringify(record.casualties));
  });

  it("extracts a staircase of 500 ever deeper list items: every line kept", () => {
    const lines = Array.from({ length: 500 }, (_, i) => `${" ".repeat(2 * i)}- ${i === 250 ? claim : `بند ${i}`}`);
    const record = published("staircase.md", lines.join("\n"));
    // every line is the headline, a paragraph, or furniture set aside
    assert.equal((record.title === null ? 0 : 1) + record.body.length + record.removed.length, 500, JSON.stringify(record.title));
    assert.ok(record.body.includes(`- ${claim}`));
  });

  it("extracts quotes and emphasis nested thousands deep", () => {
    const record = published("nested-quote.md", `${"> ".repeat(5_000)}${claim}\n\n${"*".repeat(5_000)}${claim}${"*".repeat(5_000)}\n`);
    assert.equal(record.body.length, 2);
  });
});
