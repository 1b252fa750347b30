import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import { after, before, describe, test } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import type { ReportRecord } from "../../src/types.ts";
import { fold } from "../../src/text/normalise.ts";
import { serveStatic } from "../../src/serve/static-server.ts";
import { build, makeArchive, outDir, SEEDS } from "../helpers/archive.ts";
import { launchChromium } from "../helpers/chromium.ts";

const SPELLINGS = ["الحويقة", "حويقة", "الحويقه", "والحويقة"];
/** The seeds the issue names as mentioning the neighbourhood. */
const NAMED_IN_ISSUE = ["000-2f332df18204745e", "001-f71020e530c0bd5f", "004-4a59a27f646e408d"];

describe("the archive in a browser", () => {
  let site: string;
  let server: Server;
  let base: string;
  let browser: Browser;
  let page: Page;
  let records: ReportRecord[];
  /** Reports whose original text names الحويقة in any spelling: what a search must find. */
  let mentioning: string[];

  before(async () => {
    site = outDir();
    await build(makeArchive({}, { seeds: true }), site);
    records = JSON.parse(readFileSync(`${site}/data/reports.json`, "utf8")) as ReportRecord[];
    mentioning = records
      .filter((r) => fold(readFileSync(`${SEEDS}/${r.file.replace(/^reports\//, "")}`, "utf8")).includes("حويقه"))
      .map((r) => r.id)
      .sort();
    ({ server, url: base } = await serveStatic(site, 0));
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1100, height: 1400 } })).newPage();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  async function search(query: string, params = ""): Promise<string[]> {
    await page.goto(`${base}search/?q=${encodeURIComponent(query)}${params}`);
    await page.waitForSelector("html[data-search-ready]");
    return resultIds();
  }

  async function resultIds(): Promise<string[]> {
    const hrefs = await page.locator("#search-results li > a").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    return hrefs.map((h) => h.split("/")[2] ?? h).sort();
  }

  test("the seeds that mention الحويقة are the three the issue names", () => {
    assert.deepEqual(mentioning, NAMED_IN_ISSUE);
  });

  for (const spelling of SPELLINGS) {
    test(`searching «${spelling}» finds every report that mentions the neighbourhood`, async () => {
      assert.deepEqual(await search(spelling), mentioning);
    });
  }

  test("a neighbourhood search is answered from the place index, without loading Pagefind", async () => {
    const requested: string[] = [];
    const listen = (request: { url(): string }): void => void requested.push(new URL(request.url()).pathname);
    page.on("request", listen);
    try {
      const ids = await search("حويقة");
      assert.deepEqual(ids, records.filter((r) => r.locations.some((l) => l.slug === "huweiqa")).map((r) => r.id).sort());
      assert.match((await page.locator("#search-status").textContent()) ?? "", /«الحويقة» \(حي في دير الزور\): 3 من التقارير/);
      assert.ok(requested.includes("/search/places.json") && requested.includes("/places/huweiqa/results-1.json"), requested.join(" "));
      assert.deepEqual(requested.filter((path) => path.startsWith("/pagefind/")), []);
    } finally {
      page.off("request", listen);
    }
  });

  test("from a place's results, the reader can search the word in the texts instead", async () => {
    await search("الحويقة");
    await page.getByRole("button", { name: /في نصوص التقارير/ }).click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get("text") === "1" && /عدد النتائج/.test(document.getElementById("search-status")?.textContent ?? ""));
    assert.deepEqual(await resultIds(), mentioning);
    // The address keeps the choice: reloading it searches the texts again.
    assert.deepEqual(await search("الحويقة", "&text=1"), mentioning);
    assert.match((await page.locator("#search-status").textContent()) ?? "", /عدد النتائج: 3/);
  });

  test("a place filter narrows the results, from the URL and from the form", async () => {
    const all = await search("دير الزور");
    assert.ok(all.length >= 3, `«دير الزور» finds ${all.length}`);
    const place = "الحويقة";
    const withPlace = records.filter((r) => r.locations.some((l) => l.name === place)).map((r) => r.id).sort();
    const filtered = await search("دير الزور", `&place=${encodeURIComponent(place)}`);
    assert.ok(filtered.length > 0 && filtered.length < all.length, `${filtered.length} of ${all.length}`);
    assert.ok(filtered.every((id) => withPlace.includes(id)));

    await search("دير الزور");
    await page.locator("#filters-panel summary").click();
    await page.getByLabel(new RegExp(`^${place} \\(`)).check();
    // the search runs again after the box is ticked; wait for its results, not just any change
    await page
      .waitForFunction((count) => document.querySelectorAll("#search-results li > a").length === count, filtered.length, { timeout: 10_000 })
      .catch(() => undefined);
    assert.deepEqual(await resultIds(), filtered);
    await page.screenshot({ path: "/tmp/search-result.png", fullPage: true });
  });

  test("a report page shows its claims, and each claim's evidence is highlighted in the text", async () => {
    const report = [...records].sort((a, b) => b.casualties.length - a.casualties.length)[0]!;
    assert.ok(report.casualties.length > 0, "some seed has claims");
    await page.goto(`${base}reports/${report.id}/`);
    assert.equal(await page.locator("table.claims tbody tr").count(), report.casualties.length);
    const linked = page.locator('table.claims a[href^="#ev-claim-"]');
    assert.ok((await linked.count()) > 0);
    assert.ok((await page.locator("mark.ev-claim").count()) > 0);
    await linked.first().click();
    const target = await page.evaluate(() => document.querySelector(":target")?.tagName);
    assert.equal(target, "MARK");
    await page.goto(`${base}reports/${report.id}/`);
    await page.screenshot({ path: "/tmp/report-page.png", fullPage: true });
  });

  test("a name several places share asks which place, then lists that place's reports", async () => {
    const archive = makeArchive({
      "qusour-deir.txt": "دير الزور – قصفت قوات النظام حي القصور في مدينة دير الزور، ما أدى إلى مقتل مدنيين اثنين.\n",
      "qusour-homs.txt": "حمص – سقطت قذائف على حي القصور في مدينة حمص، ما أدى إلى إصابة ثلاثة مدنيين.\n",
    });
    const other = outDir();
    await build(archive, other);
    const own = await serveStatic(other, 0);
    try {
      await page.goto(`${own.url}search/?q=${encodeURIComponent("القصور")}`);
      await page.waitForSelector("html[data-search-ready]");
      assert.match((await page.locator("#search-status").textContent()) ?? "", /اسم لأكثر من مكان \(2\)/);
      assert.equal(await page.locator("#search-results li").count(), 0);
      const axe = await new AxeBuilder({ page }).analyze();
      assert.deepEqual(axe.violations.map((v) => v.id), [], "the choice of places passes axe");
      await page.locator('#place-choice button[data-place="/places/qusour-homs/"]').click();
      await page.waitForSelector("#search-results li");
      assert.deepEqual(await resultIds(), ["qusour-homs"]);
      assert.match((await page.locator("#search-status").textContent()) ?? "", /«القصور» \(حي في حمص\)/);
    } finally {
      own.server.close();
    }
  });

  const PAGES = { home: "", report: "reports/000-2f332df18204745e/", place: "places/huweiqa/", search: "search/?q=%D8%A7%D9%84%D8%AD%D9%88%D9%8A%D9%82%D8%A9", places: "places/", actor: "actors/islamic-state/", months: "months/", data: "data/", "not found": "404.html" };
  for (const [name, path] of Object.entries(PAGES)) {
    test(`the ${name} page is right to left and has no axe violations`, async () => {
      await page.goto(`${base}${path}`);
      if (name === "search") await page.waitForSelector("html[data-search-ready]");
      assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).direction), "rtl");
      const results = await new AxeBuilder({ page }).analyze();
      assert.deepEqual(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`),
        [],
      );
    });
  }

  test("the search page says something useful without JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${base}search/`);
    assert.match((await noJs.locator("main").textContent()) ?? "", /تصفح الأرشيف حسب/);
    await context.close();
  });
});
