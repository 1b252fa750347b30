import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import type { ReportRecord } from "../../src/types.ts";
import { fold } from "../../src/text/normalise.ts";
import { serveStatic } from "../../src/serve/static-server.ts";
import { build, makeArchive, outDir, SEEDS } from "../helpers/archive.ts";
import { launchChromium } from "../helpers/chromium.ts";
import { knowledge } from "../helpers/knowledge.ts";

const SPELLINGS = ["الحويقة", "حويقة", "الحويقه", "والحويقة"];
/** The seeds the issue names as mentioning the neighbourhood. */
const NAMED_IN_ISSUE = ["000-2f332df18204745e", "001-f71020e530c0bd5f", "004-4a59a27f646e408d"];
/** Where the screenshots go, to be looked at by eye. */
const SCREENSHOTS = "/tmp/archive-screenshots";
const PHONE = { width: 390, height: 844 };
const NARROW_PHONE = { width: 320, height: 640 };
const DESKTOP = { width: 1280, height: 900 };

/** Reports that name a place or a place inside it: what its search must find. */
function naming(records: readonly ReportRecord[], slug: string): string[] {
  return records.filter((r) => r.locations.some((l) => l.slug === slug || knowledge.gazetteer.ancestors(l.slug).some((a) => a.slug === slug))).map((r) => r.id).sort();
}

function withActor(records: readonly ReportRecord[], id: string): string[] {
  return records.filter((r) => r.actors.some((a) => a.id === id)).map((r) => r.id).sort();
}

async function resultIds(page: Page): Promise<string[]> {
  const hrefs = await page.locator("#search-results li > a").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  return hrefs.map((h) => h.split("/")[2] ?? h).sort();
}

/** Until the search has listed its results (or said it has none). */
async function settled(page: Page): Promise<void> {
  await page.waitForSelector("html[data-search-ready]");
  await page.waitForSelector('#search-results[aria-busy="false"]', { state: "attached" });
}

async function search(page: Page, base: string, query: string, params = ""): Promise<string[]> {
  await page.goto(`${base}search/?q=${encodeURIComponent(query)}${params}`);
  await settled(page);
  return resultIds(page);
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

/** What sticks out sideways: the page's own scroll width, and elements past either edge. */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width) out.push(`the page is ${document.documentElement.scrollWidth}px wide in ${width}px`);
    for (const element of document.querySelectorAll("body *")) {
      const box = element.getBoundingClientRect();
      // Inside a box that scrolls by itself (a <pre>), and hidden elements, do not count.
      if (!box.width || element.closest("pre")) continue;
      if (box.right > width + 0.5 || box.left < -0.5) out.push(`${element.tagName.toLowerCase()}.${element.className}: ${Math.round(box.left)}–${Math.round(box.right)}`);
    }
    return out.slice(0, 5);
  });
}

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

  test("the seeds that mention الحويقة are the three the issue names", () => {
    assert.deepEqual(mentioning, NAMED_IN_ISSUE);
  });

  for (const spelling of SPELLINGS) {
    test(`searching «${spelling}» finds every report that mentions the neighbourhood`, async () => {
      assert.deepEqual(await search(page, base, spelling), mentioning);
    });
  }

  test("a neighbourhood search is answered from the place index, without loading Pagefind", async () => {
    const requested: string[] = [];
    const listen = (request: { url(): string }): void => void requested.push(new URL(request.url()).pathname);
    page.on("request", listen);
    try {
      const ids = await search(page, base, "حويقة");
      assert.deepEqual(ids, records.filter((r) => r.locations.some((l) => l.slug === "huweiqa")).map((r) => r.id).sort());
      assert.match((await page.locator("#search-status").textContent()) ?? "", /«الحويقة» \(حي في دير الزور\): 3 من التقارير تذكره/);
      assert.ok(requested.includes("/search/places.json") && requested.includes("/places/huweiqa/results-1.json"), requested.join(" "));
      assert.deepEqual(requested.filter((path) => path.startsWith("/pagefind/")), []);
    } finally {
      page.off("request", listen);
    }
  });

  for (const query of ["Huwaiqa", "al-Huwaiqa", "Huweiqa", "Hweiqa"]) {
    test(`the Latin spelling «${query}» finds the neighbourhood's reports`, async () => {
      assert.deepEqual(await search(page, base, query), mentioning);
    });
  }

  test("Latin names of a city and a neighbourhood, as a journalist types them, find their reports", async () => {
    for (const [query, slug] of [["Deir ez-Zor", "deir-ez-zor"], ["Dayr al-Zawr", "deir-ez-zor"], ["Joura", "joura"], ["al-Jura", "joura"]] as const) {
      const expected = naming(records, slug);
      assert.ok(expected.length > 0, slug);
      assert.deepEqual(await search(page, base, query), expected, query);
    }
  });

  test("a name joined up, or with a letter doubled, finds the place as the name does", async () => {
    const city = naming(records, "deir-ez-zor");
    assert.deepEqual(await search(page, base, "دير الزور"), city);
    assert.deepEqual(await search(page, base, "ديرالزور"), city, "joined, as datelines write it");
    assert.match((await page.locator("#search-status").textContent()) ?? "", /«دير الزور» \(مدينة في محافظة دير الزور\): 4 من التقارير تذكرها أو تذكر مكاناً داخلها/);
    assert.deepEqual(await search(page, base, "الحويققة"), mentioning, "a letter doubled");
  });

  test("an actor's name or alias is answered from the actor, like a place", async () => {
    const requested: string[] = [];
    const listen = (request: { url(): string }): void => void requested.push(new URL(request.url()).pathname);
    page.on("request", listen);
    try {
      for (const [query, id, name] of [
        ["داعش", "islamic-state", "تنظيم الدولة الإسلامية"],
        ["قسد", "sdf", "قوات سوريا الديمقراطية"],
        ["قوات النظام", "syrian-government", "قوات النظام السوري"],
      ] as const) {
        const expected = withActor(records, id);
        assert.ok(expected.length > 0, id);
        assert.deepEqual(await search(page, base, query), expected, query);
        assert.match((await page.locator("#search-status").textContent()) ?? "", new RegExp(`«${name}» \\(جهة\\): ${expected.length} من التقارير تذكرها`), query);
      }
      assert.ok(requested.includes("/search/actors.json"));
      assert.deepEqual(requested.filter((path) => path.startsWith("/pagefind/")), [], "no full-text search");
    } finally {
      page.off("request", listen);
    }
  });

  test("from a place's results, the reader can search the word in the texts instead", async () => {
    await search(page, base, "الحويقة");
    await page.getByRole("button", { name: /في نصوص التقارير/ }).click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get("text") === "1" && /عدد النتائج/.test(document.getElementById("search-status")?.textContent ?? ""));
    await settled(page);
    assert.deepEqual(await resultIds(page), mentioning);
    // The address keeps the choice: reloading it searches the texts again.
    assert.deepEqual(await search(page, base, "الحويقة", "&text=1"), mentioning);
    assert.match((await page.locator("#search-status").textContent()) ?? "", /عدد النتائج: 3/);
  });

  test("each search is a step in the history: Back and Forward return to it, and a reload keeps it", async () => {
    await page.goto(`${base}search/`);
    await settled(page);
    const submit = async (query: string): Promise<void> => {
      await page.locator("#q").fill(query);
      await page.locator("#q").press("Enter");
      await page.waitForFunction((q) => new URLSearchParams(location.search).get("q") === q, query);
      await settled(page);
    };
    await submit("الحويقة");
    await submit("قسد");
    const sdf = withActor(records, "sdf");
    assert.deepEqual(await resultIds(page), sdf);
    await page.goBack();
    await page.waitForFunction(() => new URLSearchParams(location.search).get("q") === "الحويقة");
    await settled(page);
    assert.equal(await page.locator("#q").inputValue(), "الحويقة");
    assert.deepEqual(await resultIds(page), mentioning);
    await page.goForward();
    await page.waitForFunction(() => new URLSearchParams(location.search).get("q") === "قسد");
    await settled(page);
    assert.deepEqual(await resultIds(page), sdf);
    await page.reload();
    await settled(page);
    assert.equal(await page.locator("#q").inputValue(), "قسد");
    assert.deepEqual(await resultIds(page), sdf);
  });

  test("the place filter narrows by the place's id, from the URL and from the form, and counts the current results", async () => {
    const all = await search(page, base, "دير الزور", "&text=1");
    assert.ok(all.length >= 3, `«دير الزور» finds ${all.length}`);
    const withPlace = naming(records, "huweiqa");
    const filtered = await search(page, base, "دير الزور", "&text=1&place=huweiqa");
    assert.ok(filtered.length > 0 && filtered.length < all.length, `${filtered.length} of ${all.length}`);
    assert.deepEqual(filtered, withPlace.filter((id) => all.includes(id)));

    await search(page, base, "دير الزور", "&text=1");
    await page.locator("#filters-panel summary").click();
    // Named as its index names it, with the count of the current results that have it.
    assert.equal(await page.locator("#filters label", { hasText: /^الحويقة في دير الزور/ }).textContent(), `الحويقة في دير الزور (${filtered.length})`);
    await page.getByLabel(/^الحويقة في دير الزور \(/).check();
    await page.waitForFunction(() => new URLSearchParams(location.search).get("place") === "huweiqa");
    await settled(page);
    assert.deepEqual(await resultIds(page), filtered);
    // Every count now is of these results: the outlet of a report left out is gone from the panel.
    const outlets = new Set(records.filter((r) => filtered.includes(r.id)).map((r) => r.source.outlet));
    const shown = await page.locator("#filters fieldset:nth-of-type(3) label").allTextContents();
    assert.deepEqual(shown.map((label) => label.replace(/ \(\d+\)$/, "")).sort(), [...outlets].filter(Boolean).sort());
    await page.screenshot({ path: "/tmp/search-result.png", fullPage: true });
  });

  test("a report page shows its claims, and each claim's evidence is highlighted in the text", async () => {
    const report = [...records].sort((a, b) => b.casualties.length - a.casualties.length)[0]!;
    assert.ok(report.casualties.length > 0, "some seed has claims");
    await page.goto(`${base}reports/${report.id}/`);
    assert.equal(await page.locator("li.claim").count(), report.casualties.length);
    const linked = page.locator('li.claim a[href^="#ev-claim-"]');
    assert.ok((await linked.count()) > 0);
    assert.ok((await page.locator("mark.ev-claim").count()) > 0);
    await linked.first().click();
    const target = await page.evaluate(() => document.querySelector(":target")?.tagName);
    assert.equal(target, "MARK");
    await page.goto(`${base}reports/${report.id}/`);
    await page.screenshot({ path: "/tmp/report-page.png", fullPage: true });
  });

  test("a printed report marks each kind of evidence without colour, opens the citation formats and drops the navigation", async () => {
    const report = "000-2f332df18204745e";
    await page.goto(`${base}reports/${report}/`);
    const marks = await page.evaluate(() => Object.fromEntries(["ev-claim", "ev-place", "ev-actor", "ev-date"].map((kind) => [kind, document.querySelectorAll(`mark.${kind}`).length])));
    const formats = await page.locator(".cite details pre").evaluateAll((pres) => pres.map((pre) => (pre.textContent ?? "").trim().split("\n")[0]!.trim()));
    const pdf = join(outDir(), "report.pdf");
    mkdirSync(join(pdf, ".."), { recursive: true });
    writeFileSync(pdf, await page.pdf({ format: "A4" }));
    // In the order the page prints it (`-raw`), without the bidi controls pdftotext adds.
    const text = execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", pdf, "-"], { encoding: "utf8" }).replace(/[\u202a-\u202e\u2066-\u2069]/g, "");
    const count = (char: string): number => text.split(char).length - 1;
    // Each mark is bracketed, in the text and in the legend (one mark of each kind, counted here too).
    assert.equal(count("⟦"), marks["ev-claim"], "claims: ⟦…⟧");
    assert.equal(count("⟧"), marks["ev-claim"]);
    assert.equal(count("⟨"), marks["ev-place"], "places: ⟨…⟩");
    assert.ok(marks["ev-claim"]! > 1 && marks["ev-place"]! > 1);
    const words = (value: string): string => value.replace(/\s+/g, " ");
    for (const first of formats) assert.ok(words(text).includes(words(first)), `the printed citation formats include «${first}»`);
    assert.ok(!text.includes("الرئيسية") && !text.includes("Atom"), "no navigation, no footer");
    await page.emulateMedia({ media: "print" });
    const style = await page.evaluate(() => {
      const mark = document.querySelector("mark.ev-claim")!;
      const css = getComputedStyle(mark);
      return { background: css.backgroundColor, line: css.textDecorationLine, before: getComputedStyle(mark, "::before").content, nav: getComputedStyle(document.querySelector(".site-header nav")!).display };
    });
    assert.deepEqual(style, { background: "rgba(0, 0, 0, 0)", line: "underline", before: '"⟦"', nav: "none" });
    await page.emulateMedia({ media: "screen" });
  });

  const PAGES = {
    home: "",
    report: "reports/004-4a59a27f646e408d/",
    "list of reports": "reports/",
    place: "places/deir-ez-zor-governorate/",
    neighbourhood: "places/huweiqa/",
    search: "search/?q=%D8%A7%D9%84%D8%AD%D9%88%D9%8A%D9%82%D8%A9",
    places: "places/",
    actor: "actors/islamic-state/",
    actors: "actors/",
    outlet: "outlets/sawt-wa-soura/",
    outlets: "outlets/",
    month: "months/2017-10/",
    months: "months/",
    data: "data/",
    "not found": "404.html",
  };
  for (const [name, path] of Object.entries(PAGES)) {
    test(`the ${name} page is right to left and has no axe violations`, async () => {
      await page.goto(`${base}${path}`);
      if (name === "search") await settled(page);
      assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).direction), "rtl");
      assert.deepEqual(await axeViolations(page), []);
    });
  }

  test("no page type is wider than a phone's screen, or a desktop's, and a report's claims read without sideways scrolling", async () => {
    for (const viewport of [PHONE, NARROW_PHONE, DESKTOP]) {
      const screen = await (await browser.newContext({ viewport })).newPage();
      for (const [name, path] of Object.entries(PAGES)) {
        await screen.goto(`${base}${path}`);
        if (name === "search") await settled(screen);
        assert.deepEqual(await overflow(screen), [], `${name} at ${viewport.width}px`);
      }
      await screen.goto(`${base}${PAGES.report}`);
      const claims = await screen.locator("li.claim").evaluateAll((cards) => cards.map((card) => ({ scroll: card.scrollWidth, width: card.clientWidth, right: card.getBoundingClientRect().right })));
      assert.ok(claims.length > 5);
      for (const claim of claims) assert.ok(claim.scroll <= claim.width && claim.right <= viewport.width, `a claim at ${viewport.width}px: ${JSON.stringify(claim)}`);
      await screen.context().close();
    }
  });

  test("on a phone the timeline's labels are readable and its bars link to their months", async () => {
    const phone = await (await browser.newContext({ viewport: PHONE })).newPage();
    await phone.goto(base);
    const sizes = await phone.locator("svg.chart text").evaluateAll((texts) => texts.filter((t) => getComputedStyle(t).display !== "none").map((t) => t.getBoundingClientRect().height));
    assert.ok(sizes.length >= 3, "the scale and the year at least");
    for (const height of sizes) assert.ok(height >= 11, `a label ${height.toFixed(1)}px high`);
    await phone.locator('svg.chart a[href="/months/2017-10/"]').click();
    await phone.waitForURL(/\/months\/2017-10\/$/);
    await phone.context().close();
  });

  test("screenshots of the home, report, place and search pages, on a phone and a desktop", async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const viewport of [PHONE, DESKTOP]) {
      const screen = await (await browser.newContext({ viewport })).newPage();
      for (const name of ["home", "report", "place", "search"] as const) {
        await screen.goto(`${base}${PAGES[name]}`);
        if (name === "search") await settled(screen);
        await screen.screenshot({ path: join(SCREENSHOTS, `${name}-${viewport.width}.png`), fullPage: true });
      }
      await screen.context().close();
    }
  });

  test("the search page without JavaScript says that search needs it, and links the place, actor and month indexes", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${base}search/?q=x`);
    assert.match((await noJs.locator("main").innerText()) ?? "", /البحث يحتاج إلى جافاسكربت/);
    for (const index of ["/places/", "/actors/", "/months/"]) assert.equal(await noJs.locator(`main a[href="${index}"]`).count(), 1, index);
    assert.equal(await noJs.locator("#search-form").isVisible(), false, "no form that cannot work");
    await context.close();
  });
});

describe("a larger archive in a browser: homonyms, many results, dates, a map", () => {
  let site: string;
  let server: Server;
  let base: string;
  let browser: Browser;
  let page: Page;
  let records: ReportRecord[];

  before(async () => {
    const files: Record<string, string> = {
      "qusour-deir.txt": "دير الزور – قصفت قوات النظام حي القصور في مدينة دير الزور، ما أدى إلى مقتل مدنيين اثنين.\n",
      "qusour-homs.txt": "حمص – سقطت قذائف على حي القصور في مدينة حمص، ما أدى إلى إصابة ثلاثة مدنيين.\n",
      "raqqa.txt": "الرقة – قصفت طائرات التحالف الدولي حي المشلب في مدينة الرقة، ما أدى إلى مقتل أربعة مدنيين.\n",
      "suwayda.txt": "السويداء – اعتقلت قوات النظام خمسة شبان في مدينة السويداء.\n",
      "villages.txt": "دير الزور – شنت طائرات حربية غارات على مدينة البوكمال وقرية الباغوز فوقاني وبلدة هجين ومدينة الميادين وبلدة موحسن وقرية حطلة وبلدة البصيرة وبلدة سبيخان، ما أدى إلى مقتل عشرة مدنيين.\n",
    };
    // Two reports a month through 2017, each of an injury in الجورة: more than a file of the place's results.
    for (let i = 1; i <= 24; i++) {
      const month = String(Math.ceil(i / 2)).padStart(2, "0");
      files[`joura-${String(i).padStart(2, "0")}.md`] = `---\ndate: 2017-${month}-${i % 2 ? "05" : "15"}\n---\nدير الزور – سقطت قذيفة على حي الجورة في مدينة دير الزور، ما أدى إلى إصابة ${i + 2} مدنيين بجروح في الحادثة رقم ${i}.\n`;
    }
    const content = makeArchive(files);
    writeFileSync(join(content, "permalinks.yaml"), 'gone: {withdrawn: "نُشر خطأً", on: 2024-05-01}\nold-qusour: {merged-into: qusour-homs}\n');
    site = outDir();
    await build(content, site);
    records = JSON.parse(readFileSync(`${site}/data/reports.json`, "utf8")) as ReportRecord[];
    ({ server, url: base } = await serveStatic(site, 0));
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1100, height: 900 } })).newPage();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  test("a name several places share asks which place; the choice goes in the address, and a reload keeps it", async () => {
    assert.deepEqual(await search(page, base, "القصور"), []);
    assert.match((await page.locator("#search-status").textContent()) ?? "", /اسم لأكثر من مكان \(2\)/);
    assert.deepEqual(await axeViolations(page), [], "the choice of places passes axe");
    await page.locator('#place-choice button[data-place="/places/qusour-homs/"]').click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get("pick") === "place:qusour-homs");
    await settled(page);
    assert.deepEqual(await resultIds(page), ["qusour-homs"]);
    assert.match((await page.locator("#search-status").textContent()) ?? "", /«القصور» \(حي في حمص\)/);
    await page.reload();
    await settled(page);
    assert.deepEqual(await resultIds(page), ["qusour-homs"], "no question again");
    await page.goBack();
    await settled(page);
    assert.match((await page.locator("#search-status").textContent()) ?? "", /اسم لأكثر من مكان/, "Back asks again");
  });

  test("the place filter tells two places of one name apart by their ids", async () => {
    assert.deepEqual(await search(page, base, "", "&place=qusour-homs"), ["qusour-homs"]);
    assert.deepEqual(await search(page, base, "", "&place=qusour-deir-ez-zor"), ["qusour-deir"]);
    await search(page, base, "مدنيين", "&text=1");
    await page.locator("#filters-panel summary").click();
    await page.waitForSelector("#filters fieldset");
    const labels = await page.locator("#filters fieldset:first-of-type label").allTextContents();
    assert.ok(labels.includes("القصور في حمص (1)") && labels.includes("القصور في دير الزور (1)"), labels.join(" | "));
  });

  test("a date range keeps the reports of its months, from the address and from the form", async () => {
    const inRange = (from: string, to: string): string[] => records.filter((r) => r.date.value && r.date.value.slice(0, 7) >= from && r.date.value.slice(0, 7) <= to).map((r) => r.id).sort();
    assert.deepEqual(await search(page, base, "", "&from=2017-03&to=2017-04"), inRange("2017-03", "2017-04"));
    assert.equal(inRange("2017-03", "2017-04").length, 4);
    await search(page, base, "الجورة", "&text=1");
    await page.locator("#filters-panel summary").click();
    // As a reader does: on the control, then a choice (selectOption alone does not focus it).
    await page.locator("select[name=from]").focus();
    await page.locator("select[name=from]").selectOption("2017-11");
    await page.waitForFunction(() => new URLSearchParams(location.search).get("from") === "2017-11");
    await settled(page);
    assert.deepEqual(await resultIds(page), inRange("2017-11", "2017-12"));
    assert.ok(await page.locator("select[name=from]").evaluate((select) => select === document.activeElement), "the focus stays on the control");
  });

  test("a Latin spelling and a spelling without its hamza find their city", async () => {
    for (const query of ["Raqqa", "ar-Raqqah", "Rakka"]) assert.deepEqual(await search(page, base, query), ["raqqa"], query);
    for (const query of ["السويداء", "السويدا", "As-Suwayda", "Sweida"]) assert.deepEqual(await search(page, base, query), ["suwayda"], query);
  });

  test("after «more results» the focus is on the first new result, and Back from a result finds the list as it was left", async () => {
    const joura = records.filter((r) => r.locations.some((l) => l.slug === "joura"));
    assert.equal(joura.length, 24);
    await search(page, base, "الجورة");
    assert.equal(await page.locator("#search-results li").count(), 20);
    await page.locator("#more-results").click();
    await page.waitForFunction(() => document.querySelectorAll("#search-results li").length === 24);
    const focused = await page.evaluate(() => {
      const active = document.activeElement as HTMLAnchorElement;
      return { inResults: active.closest("#search-results li") === document.querySelectorAll("#search-results li")[20], tag: active.tagName };
    });
    assert.deepEqual(focused, { inResults: true, tag: "A" });
    assert.equal(await page.locator("#more-results").isVisible(), false);
    const last = page.locator("#search-results li > a").nth(22);
    await last.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    assert.ok(scrolled > 0);
    const href = await last.getAttribute("href");
    await last.click();
    await page.waitForURL((url) => url.pathname === href);
    await page.goBack();
    await settled(page);
    await page.waitForFunction(() => document.querySelectorAll("#search-results li").length === 24);
    await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 5, scrolled);
  });

  test("a place's map has a linked dot for each place with a position, and no two labels overlap", async () => {
    await page.goto(`${base}places/deir-ez-zor-governorate/`);
    const placed = ["deir-ez-zor", "abu-kamal", "baghuz-fawqani", "hajin", "mayadin", "muhasan", "hatla", "busayrah", "subaykhan"];
    const dots = await page.locator("svg.map a").evaluateAll((links) => links.map((a) => new URL((a as SVGAElement).href.baseVal, location.href).pathname).sort());
    assert.deepEqual(dots, placed.map((slug) => `/places/${slug}/`).sort());
    const boxes = await page.locator("svg.map text").evaluateAll((texts) => texts.map((t) => t.getBoundingClientRect()).map((b) => ({ x0: b.left, y0: b.top, x1: b.right, y1: b.bottom })));
    const circles = await page.locator("svg.map circle").evaluateAll((cs) => cs.map((c) => c.getBoundingClientRect()).map((b) => ({ x0: b.left, y0: b.top, x1: b.right, y1: b.bottom })));
    const overlap = (a: (typeof boxes)[number], b: (typeof boxes)[number]): boolean => a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) assert.ok(!overlap(a, b), "two labels overlap");
      for (const c of circles) assert.ok(!overlap(a, c), "a label covers a dot");
    }
    const unlabelled = placed.length - boxes.length;
    if (unlabelled) assert.match((await page.locator("figure.map figcaption").textContent()) ?? "", /بلا اسم على الخريطة/);
    // The places inside it without a position are listed beside the map.
    assert.equal(await page.locator('.map-aside a[href="/places/joura/"]').count(), 1);
  });

  test("a tombstone says what was withdrawn and when; a merged id's page points on", async () => {
    await page.goto(`${base}reports/gone/`);
    const text = await page.locator("main").innerText();
    assert.match(text, /سبب السحب\s*نُشر خطأً/);
    assert.match(text, /تاريخ السحب\s*2024-05-01/);
    assert.deepEqual(await axeViolations(page), []);
    await page.goto(`${base}reports/old-qusour/`);
    await page.waitForURL(/\/reports\/qusour-homs\/$/);
    assert.match(await page.locator(".absorbed").innerText(), /\/reports\/old-qusour\//);
    for (const viewport of [PHONE, NARROW_PHONE]) {
      const screen = await (await browser.newContext({ viewport })).newPage();
      for (const path of ["reports/gone/", "places/deir-ez-zor-governorate/", "search/?q=%D8%A7%D9%84%D9%82%D8%B5%D9%88%D8%B1"]) {
        await screen.goto(`${base}${path}`);
        if (path.startsWith("search")) await screen.waitForSelector("html[data-search-ready]");
        assert.deepEqual(await overflow(screen), [], `${path} at ${viewport.width}px`);
      }
      await screen.context().close();
    }
  });
});
