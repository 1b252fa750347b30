import assert from "node:assert/strict";
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { buildArchive } from "../../src/publish/build-archive.ts";
import { Progress } from "../../src/publish/progress.ts";
import { buildSettings } from "../../src/publish/settings.ts";
import { fingerprint, makeArchive, outDir, read } from "../helpers/archive.ts";

const quiet = new Progress({ isTTY: false, write: () => true } as unknown as NodeJS.WriteStream, false);
const cached = (content: string, out: string, cacheDir: string, env: NodeJS.ProcessEnv = {}) => buildArchive({ ...buildSettings(content, out, env), cacheDir, progress: quiet });

/** Every cache entry under `dir`: its path, and its text after the header line that names its key and digest. */
function entries(dir: string): { path: string; header: string; body: string }[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".json"))
    .map((name) => {
      const text = readFileSync(join(dir, name), "utf8");
      const newline = text.indexOf("\n");
      return { path: join(dir, name), header: text.slice(0, newline), body: text.slice(newline + 1) };
    });
}

/** The pages of a site, without the manifest (which says which ids a build registered). */
function pages(site: string): Map<string, string> {
  const all = fingerprint(site);
  all.delete("build-report.json");
  return all;
}

const OLD = new Date(0);

test("report views are cached by content: a rebuild uses them, and makes again only what changed", async () => {
  const content = makeArchive({}, { seeds: true });
  const cacheDir = mkdtempSync(join(tmpdir(), "view-cache-"));
  const [cold, warm] = [outDir(), outDir()];
  await cached(content, cold, cacheDir);
  const views = entries(join(cacheDir, "views"));
  assert.equal(views.length, 5);
  for (const { path } of entries(cacheDir)) utimesSync(path, OLD, OLD);

  await cached(content, warm, cacheDir);
  assert.deepEqual(pages(warm), pages(cold), "a view from the cache renders the page it was made for");
  assert.deepEqual(entries(cacheDir).filter(({ path }) => statSync(path).mtimeMs !== 0), [], "the warm build took every entry from the cache and rewrote none");

  // A changed report gets a new view; the others are taken as they were.
  const seed = readdirSync(join(content, "reports")).find((name) => name.startsWith("001"))!;
  appendFileSync(join(content, "reports", seed), "\nوأفاد ناشطون بسقوط قذيفة على حي الحويقة.\n");
  const edited = outDir();
  await cached(content, edited, cacheDir);
  assert.match(read(edited, "reports/001-f71020e530c0bd5f/index.html"), /بسقوط قذيفة على حي/);
  assert.equal(entries(join(cacheDir, "views")).length, 6, "the edited report's new view beside the five");

  // Another base URL is another view: no canonical link from the old address.
  const moved = outDir();
  await cached(content, moved, cacheDir, { ARCHIVE_BASE_URL: "https://archive.example.org" });
  assert.match(read(moved, "reports/002-d4b433fb0b47d284/index.html"), /<link rel="canonical" href="https:\/\/archive\.example\.org\/reports\/002-d4b433fb0b47d284\/">/);
});

test("cache entries are checked, never trusted: an edited, emptied or misplaced entry is made again, and pages and exports agree", async () => {
  const content = makeArchive({}, { seeds: true });
  const cacheDir = mkdtempSync(join(tmpdir(), "view-cache-"));
  const clean = outDir();
  await cached(content, clean, cacheDir);
  const views = entries(join(cacheDir, "views"));
  const extractions = entries(cacheDir).filter(({ path }) => !path.includes(`${join(cacheDir, "views")}/`));
  assert.equal(extractions.length, 5);

  // A view edited by hand, still valid JSON: its page must not show the edit.
  const [edited, emptied, bare, misplaced, source] = views as [(typeof views)[number], (typeof views)[number], (typeof views)[number], (typeof views)[number], (typeof views)[number]];
  writeFileSync(edited.path, `${edited.header}\n${edited.body.replace(/"title":"[^"]*"/, '"title":"عنوان من الذاكرة المؤقتة"')}`);
  // A view emptied to {}, under its old header or none: it used to crash every build.
  writeFileSync(emptied.path, `${emptied.header}\n{}`);
  writeFileSync(bare.path, "{}");
  // A whole, valid entry copied under another report's key.
  writeFileSync(misplaced.path, readFileSync(source.path));
  // An extraction edited by hand: the exports are written from the record, the pages from the view.
  const extraction = extractions.find(({ body }) => /"count":\d+/.test(body))!;
  writeFileSync(extraction.path, `${extraction.header}\n${extraction.body.replace(/"count":(\d+)/, '"count":9999')}`);

  const again = outDir();
  await cached(content, again, cacheDir);
  assert.deepEqual(pages(again), pages(clean), "every page and export is what a build without the edits writes");
  assert.doesNotMatch(read(again, "data/reports.json"), /9999/);
  assert.doesNotMatch(read(again, "data/casualties.csv"), /9999/);
  for (const { path } of [edited, emptied, bare, misplaced, extraction]) {
    const [entry] = entries(join(path, "..")).filter((e) => e.path === path);
    assert.ok(entry && !entry.body.includes("9999") && !entry.body.includes("الذاكرة المؤقتة") && entry.body !== "{}", `${path} was made again`);
    if (path === misplaced.path) assert.notEqual(entry.header, source.header, "the copied entry was replaced by its own");
  }
});
