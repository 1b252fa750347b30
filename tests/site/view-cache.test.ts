import assert from "node:assert/strict";
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { buildArchive } from "../../src/publish/build-archive.ts";
import { Progress } from "../../src/publish/progress.ts";
import { buildSettings } from "../../src/publish/settings.ts";
import { fingerprint, makeArchive, outDir, read } from "../helpers/archive.ts";

const quiet = new Progress({ isTTY: false, write: () => true } as unknown as NodeJS.WriteStream, false);
const cached = (content: string, out: string, cacheDir: string, env: NodeJS.ProcessEnv = {}) => buildArchive({ ...buildSettings(content, out, env), cacheDir, progress: quiet });

/** Every cached view file, with the report id it holds. */
function cachedViews(cacheDir: string): [string, string][] {
  const files = readdirSync(join(cacheDir, "views"), { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".json"));
  return files.map((name) => [(JSON.parse(readFileSync(join(cacheDir, "views", name), "utf8")) as { id: string }).id, join(cacheDir, "views", name)]);
}

test("report views are cached by content: a rebuild uses them, and makes again only what changed", async () => {
  const content = makeArchive({}, { seeds: true });
  // The first build registers the ids, which its manifest says; from then on builds can be compared.
  await cached(content, outDir(), mkdtempSync(join(tmpdir(), "view-cache-")));
  const cacheDir = mkdtempSync(join(tmpdir(), "view-cache-"));
  const [cold, warm] = [outDir(), outDir()];
  await cached(content, cold, cacheDir);
  const views = new Map(cachedViews(cacheDir));
  assert.equal(views.size, 5);

  await cached(content, warm, cacheDir);
  assert.deepEqual(fingerprint(warm), fingerprint(cold), "a view from the cache renders the page it was made for");

  // The warm build really reads the cache: a view altered there shows on the page.
  const id = "002-d4b433fb0b47d284";
  const file = views.get(id)!;
  const view = JSON.parse(readFileSync(file, "utf8")) as { title: string };
  writeFileSync(file, JSON.stringify({ ...view, title: "عنوان من الذاكرة المؤقتة" }));
  const poisoned = outDir();
  await cached(content, poisoned, cacheDir);
  assert.match(read(poisoned, `reports/${id}/index.html`), /<h1>عنوان من الذاكرة المؤقتة<\/h1>/);

  // A changed report gets a new view; the others are taken as they were.
  const seed = readdirSync(join(content, "reports")).find((name) => name.startsWith("001"))!;
  appendFileSync(join(content, "reports", seed), "\nوأفاد ناشطون بسقوط قذيفة على حي الحويقة.\n");
  const edited = outDir();
  await cached(content, edited, cacheDir);
  assert.match(read(edited, "reports/001-f71020e530c0bd5f/index.html"), /بسقوط قذيفة على حي/);
  assert.equal(cachedViews(cacheDir).length, 6, "the edited report's new view beside the five");

  // Another base URL is another view: no canonical link from the old address.
  const moved = outDir();
  await cached(content, moved, cacheDir, { ARCHIVE_BASE_URL: "https://archive.example.org" });
  assert.match(read(moved, `reports/${id}/index.html`), /<link rel="canonical" href="https:\/\/archive\.example\.org\/reports\/002-d4b433fb0b47d284\/">/);
});
