import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import type { BuildResult } from "../../src/publish/build-archive.ts";
import type { ReportRecord } from "../../src/types.ts";
import { build, makeArchive, outDir, read } from "../helpers/archive.ts";

/** A gazetteer that is not the repository's: one village, known only to this archive. */
const OWN_GAZETTEER = `sources: {}
places:
  - slug: mazraat-al-ikhtibar
    name: مزرعة الاختبار
    latin: Mazraat al-Ikhtibar
    type: village
`;

describe("an archive with its own data folder", () => {
  let site: string;
  let result: BuildResult;
  before(async () => {
    const content = makeArchive({ "one.txt": "قتل مدنيان في قصف على مزرعة الاختبار أمس.\n" });
    mkdirSync(join(content, "data"));
    writeFileSync(join(content, "data", "gazetteer.yaml"), OWN_GAZETTEER);
    site = outDir();
    result = await build(content, site);
  });

  test("reads its own gazetteer and the repository's defaults for the files it lacks, and says so", () => {
    assert.equal(result.exitCode, 0);
    assert.match(result.summary, /data: the archive's own gazetteer\.yaml; the repository's defaults for actors\.yaml, outlets\.yaml/);
    const [record] = JSON.parse(read(site, "data/reports.json")) as ReportRecord[];
    assert.deepEqual(record?.locations.map((l) => [l.slug, l.type]), [["mazraat-al-ikhtibar", "village"]]);
    assert.match(read(site, "places/mazraat-al-ikhtibar/index.html"), /مزرعة الاختبار/);
  });
});
