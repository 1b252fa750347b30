import assert from "node:assert/strict";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import { loadCorpusVocabulary } from "../../src/bench/corpus-vocabulary.ts";
import { writeCorpus } from "../../src/bench/corpus.ts";
import { LIST_PAGE_SIZE } from "../../src/site/site-data.ts";
import { build, makeArchive, outDir, read } from "./archive.ts";

const REPORTS = LIST_PAGE_SIZE + 30;

describe("a list longer than a page", () => {
  let site: string;
  before(async () => {
    const archive = makeArchive();
    writeCorpus(join(archive, "reports"), REPORTS, 7, loadCorpusVocabulary());
    site = outDir();
    await build(archive, site);
  });

  const listed = (html: string): string[] => [...html.matchAll(/<li>\s*<a href="(\/reports\/[^"]+\/)"/g)].map((m) => m[1]!);

  test("the country's page lists the first hundred at its permanent URL, and links on to the rest", () => {
    const first = read(site, "places/syria/index.html");
    const second = read(site, "places/syria/page/2/index.html");
    assert.equal(listed(first).length, LIST_PAGE_SIZE);
    assert.equal(listed(second).length, REPORTS - LIST_PAGE_SIZE);
    assert.equal(new Set([...listed(first), ...listed(second)]).size, REPORTS, "no report twice, none missing");
    assert.match(first, /<a href="\/places\/syria\/page\/2\/" rel="next">/);
    assert.doesNotMatch(first, /rel="prev"/);
    assert.match(second, /<a href="\/places\/syria\/" rel="prev">/);
    assert.doesNotMatch(second, /rel="next"/);
    // Both pages give the whole count, and the second says which page it is.
    for (const page of [first, second]) assert.match(page, new RegExp(`<bdi>${REPORTS}</bdi>`));
    assert.match(second, /<title>[^<]*\(الصفحة 2 من 2\)/);
  });
});
