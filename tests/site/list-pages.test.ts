import assert from "node:assert/strict";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import { loadCorpusVocabulary } from "../../bench/corpus-vocabulary.ts";
import { writeCorpus } from "../../bench/corpus.ts";
import { PLACE_RESULTS_PER_FILE, type NameSearchEntry, type PlaceResult } from "../../src/search/place-search.ts";
import { LIST_PAGE_SIZE } from "../../src/views/site-data.ts";
import { build, makeArchive, outDir, read } from "../helpers/archive.ts";
import { knowledge } from "../helpers/knowledge.ts";

const REPORTS = LIST_PAGE_SIZE + 30;

describe("a list longer than a page", () => {
  let site: string;
  before(async () => {
    const archive = makeArchive();
    writeCorpus(join(archive, "reports"), REPORTS, 7, loadCorpusVocabulary(knowledge));
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

  test("the place index serves the same list in files of twenty, in the same order", () => {
    const syria = (JSON.parse(read(site, "search/places.json")) as NameSearchEntry[]).find((entry) => entry.url === "/places/syria/");
    assert.ok(syria);
    assert.equal(syria.total, REPORTS);
    assert.equal(syria.files, Math.ceil(REPORTS / PLACE_RESULTS_PER_FILE));
    const urls: string[] = [];
    for (let file = 1; file <= syria.files; file++) {
      const results = JSON.parse(read(site, `places/syria/results-${file}.json`)) as PlaceResult[];
      assert.equal(results.length, file < syria.files ? PLACE_RESULTS_PER_FILE : REPORTS - (syria.files - 1) * PLACE_RESULTS_PER_FILE);
      urls.push(...results.map((r) => r.url));
    }
    const pages = [...listed(read(site, "places/syria/index.html")), ...listed(read(site, "places/syria/page/2/index.html"))];
    assert.deepEqual(urls, pages);
  });
});
