import assert from "node:assert/strict";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it, test } from "node:test";
import { BuildRefused, type BuildResult } from "../../src/publish/build-archive.ts";
import { serveStatic } from "../../src/serve/static-server.ts";
import { build, makeArchive, outDir, read } from "../helpers/archive.ts";

const REPORT = (place: string) => `قصف على حي ${place} في مدينة دير الزور وقتل مدنيان.\n`;

test("a removed report's old URL still answers: refused until the registry says why, then a tombstone", async () => {
  const content = makeArchive({ "keep.txt": REPORT("الحويقة"), "gone.txt": REPORT("الجورة") });
  const site = outDir();
  await build(content, site);
  assert.ok(existsSync(join(site, "reports/gone/index.html")));
  assert.match(read(content, "permalinks.yaml"), /^"gone": \{archived: \d{4}-\d{2}-\d{2}\}$/m);

  rmSync(join(content, "reports/gone.txt"));
  await assert.rejects(build(content, site), (error: unknown) => error instanceof BuildRefused && /"gone"/.test(error.message) && /permalinks\.yaml/.test(error.message));
  assert.ok(existsSync(join(site, "reports/gone/index.html")), "the refused build left the published site alone");

  const registry = read(content, "permalinks.yaml").replace(/^"gone": .*$/m, 'gone: {withdrawn: "نُشر خطأً مرتين", on: 2024-05-01}');
  await import("node:fs").then((fs) => fs.writeFileSync(join(content, "permalinks.yaml"), registry));
  const result = await build(content, site);
  const tombstone = read(site, "reports/gone/index.html");
  assert.match(tombstone, /سُحب هذا التقرير/);
  assert.match(tombstone, /<dt>سبب السحب<\/dt><dd>نُشر خطأً مرتين<\/dd>/);
  assert.match(tombstone, /<dt>تاريخ السحب<\/dt><dd><bdi>2024-05-01<\/bdi><\/dd>/);
  // What the report was, from the site the build replaced: its title (derived from its text here), outlet and date.
  const title = "<dt>العنوان</dt><dd>قصف على حي الجورة في مدينة دير الزور وقتل مدنيان.</dd>";
  assert.ok(tombstone.includes(title), tombstone);
  assert.match(tombstone, /<dt>المصدر<\/dt><dd>غير مذكور<\/dd>/);
  assert.deepEqual(result.manifest.tombstones, ["gone"]);
  assert.ok(existsSync(join(site, "reports/keep/index.html")));
  // The build after still knows them, though the report is in no site's records any more.
  await build(content, site);
  assert.ok(read(site, "reports/gone/index.html").includes(title), "kept beside the tombstone");
  // A build with no previous site says what it cannot know.
  const fresh = outDir();
  await build(content, fresh);
  assert.match(read(fresh, "reports/gone/index.html"), /لم يعد عنوان التقرير ومصدره وتاريخه معروفة/);

  // Served as a static host serves it, the old permalink answers.
  const { server, url } = await serveStatic(site, 0);
  try {
    const response = await fetch(new URL("/reports/gone/", url));
    assert.equal(response.status, 200);
    assert.match(await response.text(), /نُشر خطأً مرتين/);
    assert.equal((await fetch(new URL("/reports/never-was/", url))).status, 404);
  } finally {
    server.close();
  }
});

test("a merged report's URL redirects to the report it was merged into", async () => {
  const content = makeArchive({ "keep.txt": REPORT("الحويقة"), "merged.txt": REPORT("الجورة") });
  const site = outDir();
  await build(content, site);
  rmSync(join(content, "reports/merged.txt"));
  const fs = await import("node:fs");
  fs.writeFileSync(join(content, "permalinks.yaml"), read(content, "permalinks.yaml").replace(/^"merged": .*$/m, "merged: {merged-into: keep}"));
  fs.writeFileSync(join(content, "reports/later.txt"), REPORT("الحميدية"));
  await build(content, site);
  const page = read(site, "reports/merged/index.html");
  assert.match(page, /<meta http-equiv="refresh" content="0; url=\/reports\/keep\/">/);
  assert.match(page, /<link rel="canonical" href="http:\/\/localhost:8080\/reports\/keep\/">/);
  // The report that absorbed it says so.
  assert.match(read(site, "reports/keep/index.html"), /<div class="absorbed"><p>دُمج في هذا التقرير تقرير كان منشوراً برابط آخر، ورابطه القديم يحيل إلى هنا:<\/p><ul><li><bdi dir="ltr">\/reports\/merged\/<\/bdi><\/li><\/ul><\/div>/);
  // The list of every report: the one archived last comes first.
  const listed = [...read(site, "reports/index.html").matchAll(/<li>\s*<a href="\/reports\/([^"/]+)\/"/g)].map((m) => m[1]);
  assert.deepEqual(listed, ["later", "keep"]);
});

test("a merge into an id this build does not publish is refused", async () => {
  const content = makeArchive({ "keep.txt": REPORT("الحويقة") });
  const fs = await import("node:fs");
  fs.writeFileSync(join(content, "permalinks.yaml"), "old: {merged-into: nowhere}\n");
  await assert.rejects(build(content, outDir()), (error: unknown) => error instanceof BuildRefused && /"old" is merged into "nowhere"/.test(error.message));
});

/** 2025-12-01 and 2026-03-15, as SOURCE_DATE_EPOCH gives them. */
const DECEMBER = { SOURCE_DATE_EPOCH: String(Date.UTC(2025, 11, 1) / 1000) };
const MARCH = { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 2, 15, 13, 30) / 1000) };

test("each id is registered with the day it entered the archive, from the build's epoch, and keeps it", async () => {
  const content = makeArchive({ "keep.txt": REPORT("الحويقة") });
  await build(content, outDir(), DECEMBER);
  assert.match(read(content, "permalinks.yaml"), /^"keep": \{archived: 2025-12-01\}$/m);
  const later = outDir();
  const result = await build(content, later, MARCH);
  assert.deepEqual([result.manifest.newlyRegistered, result.manifest.newlyDated], [[], []]);
  assert.match(read(content, "permalinks.yaml"), /^"keep": \{archived: 2025-12-01\}$/m, "a later build does not move the date");
  assert.match(read(later, "reports/keep/cite.ris"), /^Y2 {2}- 2025\/12\/01\/$/m, "the access date is the archived date, not the build's");
  assert.match(read(content, "permalinks.yaml"), /^# The archived date is what citations give as the access date/m);
});

test("a registry written before it kept dates still loads, and the next build dates its entries once", async () => {
  const content = makeArchive({ "keep.txt": REPORT("الحويقة"), "also.txt": REPORT("الجورة") });
  writeFileSync(join(content, "permalinks.yaml"), '# an old registry\nkeep: published\n"also": published # kept since 2017\nold: {withdrawn: "سُحب"}\n');
  const result = await build(content, outDir(), MARCH);
  assert.deepEqual(result.manifest.newlyDated, ["also", "keep"]);
  const registry = read(content, "permalinks.yaml");
  assert.equal(registry, '# an old registry\n"keep": {archived: 2026-03-15}\n"also": {archived: 2026-03-15} # kept since 2017\nold: {withdrawn: "سُحب"}\n');
  await build(content, outDir(), DECEMBER);
  assert.equal(read(content, "permalinks.yaml"), registry, "dated once: a later build changes nothing");
});

test("an archived date that is not a calendar day is refused, naming the line", async () => {
  const content = makeArchive({ "keep.txt": REPORT("الحويقة") });
  writeFileSync(join(content, "permalinks.yaml"), "keep: {archived: 2026-02-30}\n");
  await assert.rejects(build(content, outDir()), (error: unknown) => error instanceof BuildRefused && /permalinks\.yaml:1:1/.test(error.message) && /archived: YYYY-MM-DD/.test(error.message));
});

describe("permalinks the registry alone would lose (issue #11)", () => {
  // One archive through the scenarios, in order, as an archivist would meet them.
  const content = makeArchive({ "keep.txt": REPORT("الحويقة"), "gone.txt": REPORT("الجورة"), "dup-a.txt": REPORT("الرشدية"), "dup-b.txt": REPORT("الرشدية") });
  const site = outDir();
  const registryFile = join(content, "permalinks.yaml");
  const reports = join(content, "reports");
  const rejection = (result: BuildResult, name: string) => result.manifest.files.find((f) => f.file.endsWith(`/${name}`) && f.status === "rejected")?.reason ?? "";

  it("a deleted registry and a deleted report: the build refuses, naming the id and the site that served it", async () => {
    const first = await build(content, site);
    assert.deepEqual(first.manifest.redirects, [{ id: "dup-b", to: "dup-a" }]);
    rmSync(registryFile);
    rmSync(join(reports, "gone.txt"));
    await assert.rejects(build(content, site), (error: unknown) => {
      assert.ok(error instanceof BuildRefused && error.exitCode === 2, String(error));
      assert.match(error.message, /build-report\.json error "gone" was published at \/reports\/gone\/ \(from gone\.txt\) in the site this build replaces, but .*permalinks\.yaml does not list it and no report has that id any more; .* permalink-vanished/);
      return true;
    });
    assert.ok(existsSync(join(site, "reports/gone/index.html")), "the published site is untouched");
  });

  it("a deleted registry alone: every id is registered again, a lost redirect too, and the build says so", async () => {
    writeFileSync(join(reports, "gone.txt"), REPORT("الجورة"));
    rmSync(join(reports, "dup-b.txt"));
    const result = await build(content, site);
    assert.equal(result.exitCode, 0);
    assert.ok(result.manifest.notes.some((n) => /warning did not list 3 id\(s\) that the site this build replaces published \(dup-a, gone, keep\): they are registered again/.test(n)), result.manifest.notes.join("\n"));
    assert.ok(result.manifest.notes.some((n) => n.includes('did not list "dup-b", which redirected to "dup-a"')));
    assert.match(read(content, "permalinks.yaml"), /^"dup-b": \{merged-into: "dup-a", archived: \d{4}-\d{2}-\d{2}\}$/m);
    assert.match(read(site, "reports/dup-b/index.html"), /url=\/reports\/dup-a\//, "the duplicate's old address still redirects");
  });

  it("an id marked withdrawn while its file is still there: the file is rejected, naming the id's state, and the tombstone is served", async () => {
    writeFileSync(registryFile, read(content, "permalinks.yaml").replace(/^"gone": .*$/m, 'gone: {withdrawn: "نُشر خطأً"}'));
    const result = await build(content, site);
    assert.equal(result.exitCode, 1);
    assert.match(rejection(result, "gone.txt"), /gone\.txt error claims the id "gone", which .*permalinks\.yaml:\d+ marks withdrawn \("نُشر خطأً"\): its tombstone stays and this file is not published; .* id-withdrawn/);
    assert.match(read(site, "reports/gone/index.html"), /نُشر خطأً/);
  });

  it("new files pinning a withdrawn or merged id, or one another file published, are rejected naming both; the rest is published", async () => {
    rmSync(join(reports, "gone.txt"));
    writeFileSync(join(reports, "a-takes-keep.md"), `---\nid: keep\n---\n${REPORT("الموظفين")}`);
    writeFileSync(join(reports, "takes-gone.md"), `---\nid: gone\n---\n${REPORT("العرضي")}`);
    writeFileSync(join(reports, "takes-dup-b.md"), `---\nid: dup-b\n---\n${REPORT("الحميدية")}`);
    const result = await build(content, site);
    assert.equal(result.exitCode, 1);
    assert.match(rejection(result, "a-takes-keep.md"), /a-takes-keep\.md error claims the id "keep", which .*keep\.txt has published at \/reports\/keep\/ since an earlier build: this file is not published; pin another id in its front matter id-taken/);
    assert.match(rejection(result, "takes-gone.md"), /marks withdrawn \("نُشر خطأً"\): its tombstone stays .* id-withdrawn/);
    assert.match(rejection(result, "takes-dup-b.md"), /marks merged into "dup-a": its redirect stays .* id-merged/);
    assert.equal(result.manifest.files.find((f) => f.file.endsWith("/keep.txt"))?.status, "published", "the file that had the id keeps it");
    assert.match(read(site, "reports/keep/index.html"), /الحويقة/);
    assert.match(read(site, "reports/gone/index.html"), /نُشر خطأً/, "the tombstone stays");
    assert.match(read(site, "reports/dup-b/index.html"), /url=\/reports\/dup-a\//, "the redirect stays");
  });
});

test("an actor's page under an id it had before (actors.yaml's `formerly`) points to its page now", async () => {
  const content = makeArchive({ "hts.txt": "اعتقلت هيئة تحرير الشام ثلاثة شبان في مدينة إدلب.\n" });
  mkdirSync(join(content, "data"));
  writeFileSync(
    join(content, "data/actors.yaml"),
    [
      "- id: hts",
      "  name: هيئة تحرير الشام",
      "  formerly: [hayat-tahrir-al-sham, nusra]",
      "  aliases: [هيئة تحرير الشام]",
      "",
    ].join("\n"),
  );
  const site = outDir();
  await build(content, site);
  assert.match(read(site, "actors/hts/index.html"), /<h1>هيئة تحرير الشام<\/h1>/);
  for (const old of ["hayat-tahrir-al-sham", "nusra"]) {
    const page = read(site, `actors/${old}/index.html`);
    assert.match(page, /<meta http-equiv="refresh" content="0; url=\/actors\/hts\/">/, old);
    assert.match(page, /<link rel="canonical" href="http:\/\/localhost:8080\/actors\/hts\/">/, old);
  }
});
