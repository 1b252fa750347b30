import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { after, describe, it } from "node:test";
import { generateReport, writeCorpus } from "../../bench/corpus.ts";
import { loadCorpusVocabulary } from "../../bench/corpus-vocabulary.ts";
import { extractReport } from "../../src/extract/index.ts";
import { isFailure, type ReportRecord } from "../../src/types.ts";
import { knowledge } from "../helpers/knowledge.ts";

const vocabulary = loadCorpusVocabulary(knowledge);
const scratch = mkdtempSync(join(tmpdir(), "corpus-test-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

function corpusBytes(dir: string): Map<string, string> {
  return new Map(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), "utf8")]));
}

describe("benchmark corpus", () => {
  it("writes the same bytes for the same seed", () => {
    writeCorpus(join(scratch, "a"), 30, 7, vocabulary);
    writeCorpus(join(scratch, "b"), 30, 7, vocabulary);
    const a = corpusBytes(join(scratch, "a"));
    assert.equal(a.size, 30);
    assert.deepEqual(a, corpusBytes(join(scratch, "b")));
  });

  it("writes different reports for different seeds", () => {
    const one = Array.from({ length: 10 }, (_, i) => generateReport(vocabulary, 1, i).text);
    const two = Array.from({ length: 10 }, (_, i) => generateReport(vocabulary, 2, i).text);
    assert.ok(one.every((text, i) => text !== two[i]));
    assert.equal(new Set(one).size, one.length, "reports of one corpus differ from each other");
  });

  it("keeps report k the same whatever the corpus size, so a bigger corpus only adds reports", () => {
    const small = writeCorpus(join(scratch, "small"), 5, 3, vocabulary).map((path) => basename(path));
    const big = writeCorpus(join(scratch, "big"), 12, 3, vocabulary).map((path) => basename(path));
    assert.deepEqual(big.slice(0, 5), small);
    for (const name of small) {
      assert.equal(readFileSync(join(scratch, "big", name), "utf8"), readFileSync(join(scratch, "small", name), "utf8"));
    }
  });

  it("replaces a previous corpus in the same folder", () => {
    writeCorpus(join(scratch, "again"), 8, 1, vocabulary);
    writeCorpus(join(scratch, "again"), 3, 1, vocabulary);
    assert.equal(readdirSync(join(scratch, "again")).length, 3);
  });

  it("refuses a size that is not a positive integer", () => {
    assert.throws(() => writeCorpus(join(scratch, "bad"), 0, 1, vocabulary), /positive integer/);
  });

  it("makes reports the extractor reads without failure and finds places, actors and furniture in", () => {
    const reports = Array.from({ length: 120 }, (_, i) => generateReport(vocabulary, 11, i));
    const records = reports.map((report) => extractReport({ file: report.name, bytes: Buffer.from(report.text) }, knowledge).output);
    const failures = records.filter(isFailure);
    assert.deepEqual(failures, []);
    const ok = records.filter((r): r is ReportRecord => !isFailure(r));
    const share = (test: (r: ReportRecord) => boolean): number => ok.filter(test).length / ok.length;
    assert.ok(share((r) => r.locations.length > 0) > 0.9, "most reports name gazetteer places");
    assert.ok(share((r) => r.actors.length > 0) > 0.9, "most reports name actors");
    assert.ok(share((r) => r.removed.length > 0) > 0.5, "most reports carry page furniture");
    const curated = reports.filter((report) => report.name.endsWith(".md"));
    assert.ok(curated.length > 0, "some reports have front matter");
    for (const report of curated) {
      const record = records[reports.indexOf(report)];
      assert.ok(record && !isFailure(record) && /^\d{4}-\d{2}-\d{2}$/.test(record.source.published ?? ""), `${report.name} keeps its curated date`);
    }
  });
});
