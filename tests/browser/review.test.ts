import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { serveStatic } from "../../src/serve/static-server.ts";
import { build, fixture, makeArchive, outDir, seed } from "../helpers/archive.ts";
import { launchChromium } from "../helpers/chromium.ts";

const FIXTURES = fileURLToPath(new URL("../fixtures/reviews/", import.meta.url));
const WIDTHS = [390, 1280];

describe("a report's review in a browser", () => {
  let server: Server;
  let base: string;
  let browser: Browser;

  before(async () => {
    const content = makeArchive({
      "harabesh-shelling.txt": fixture(join(FIXTURES, "reports/harabesh-shelling.txt")),
      "000_2f332df18204745e.txt": seed("000_2f332df18204745e.txt"),
    });
    mkdirSync(join(content, "reviews"));
    writeFileSync(join(content, "reviews/harabesh-shelling.yaml"), readFileSync(join(FIXTURES, "good/fixes-count.yaml")));
    const site = outDir();
    await build(content, site);
    ({ server, url: base } = await serveStatic(site, 0));
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  async function open(path: string, width: number): Promise<Page> {
    const page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
    await page.goto(`${base}${path}`);
    return page;
  }

  for (const width of WIDTHS) {
    test(`at ${width} px, a reviewed report says who reviewed it and when, and marks its reviewed fields`, async () => {
      const page = await open("reports/harabesh-shelling/", width);
      const status = page.locator("#review-status");
      assert.ok(await status.isVisible());
      assert.equal((await status.innerText()).trim(), "راجعه Lina Haddad في 3 أيار 2024");
      assert.ok(await page.locator("#claims-heading .origin-review").isVisible());
      assert.ok(await page.locator("#places-heading .origin-machine").isVisible());
      assert.equal(await page.locator("li.claim").nth(0).locator(".claim-fields dd").nth(2).innerText(), "6 على الأقل");
      // nothing of the page runs off the side of a phone
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), "no horizontal scroll");
      if (width === WIDTHS[0]) {
        const axe = await new AxeBuilder({ page }).analyze();
        assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`), []);
      }
      await page.context().close();
    });
  }

  test("a report nobody reviewed says it is the machine's reading", async () => {
    const page = await open("reports/000-2f332df18204745e/", WIDTHS[0]!);
    assert.ok(await page.locator("#review-status").isVisible());
    assert.equal((await page.locator("#review-status").innerText()).trim(), "قراءة آلية، لم تُراجَع");
    assert.ok(await page.locator("#claims-heading .origin-machine").isVisible());
    await page.context().close();
  });

  test("the list of reports awaiting review links the unreviewed report, and passes axe", async () => {
    const page = await open("awaiting-review/", 390);
    const links = await page.locator("main .report-list a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    assert.deepEqual(links, ["/reports/000-2f332df18204745e/"]);
    const axe = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(axe.violations.map((v) => v.id), []);
    await page.context().close();
  });

  test("search filters on review status", async () => {
    const page = await open(`search/?review=reviewed`, 1280);
    await page.waitForSelector("html[data-search-ready]");
    const links = await page.locator("#search-results li > a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    assert.deepEqual(links, ["/reports/harabesh-shelling/"]);
    await page.goto(`${base}search/?review=machine`);
    await page.waitForSelector("html[data-search-ready]");
    const machine = await page.locator("#search-results li > a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    assert.deepEqual(machine, ["/reports/000-2f332df18204745e/"]);
    await page.context().close();
  });
});
