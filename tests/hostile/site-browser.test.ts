import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { serveStatic } from "../../src/serve/static-server.ts";
import { CHROMIUM, launchChromium } from "../helpers/chromium.ts";
import { buildCommand, commandOut, filesUnder, hostileFiles, makeArchive } from "../helpers/archive.ts";

/**
 * The hostile archive in a real browser: whatever the static checks miss, a script
 * that runs shows up here, since every one in the fixtures calls alert(), and an
 * embedded frame or image shows up as a request to a foreign host. Skipped when
 * Chromium is not installed.
 */
const skip = existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM}`;

describe("the hostile archive in Chromium", { skip }, () => {
  let archive: string;
  let server: Server;
  let base: string;
  let browser: Browser;
  let page: Page;
  const incidents: string[] = [];

  before(async () => {
    archive = makeArchive(hostileFiles(["duplicate-id-b.md"]));
    const run = buildCommand(archive);
    assert.equal(run.status, 1, run.stderr);
    ({ server, url: base } = await serveStatic(commandOut(archive), 0));
    browser = await launchChromium();
    page = await browser.newPage();
    const local = new URL(base).host;
    page.on("dialog", (dialog) => {
      incidents.push(`${page.url()}: a ${dialog.type()} dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.protocol !== "data:" && url.host !== local) incidents.push(`${page.url()}: a request to ${request.url()}`);
    });
    page.on("pageerror", (error) => incidents.push(`${page.url()}: a script error: ${error.message}`));
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  it("runs no report code on any page", async () => {
    const out = commandOut(archive);
    // A redirect page navigates by itself; its target is visited in its own turn.
    const pages = filesUnder(out).filter((path) => path.endsWith("index.html") && !/http-equiv="refresh"/i.test(readFileSync(join(out, path), "utf8")));
    for (const path of pages) {
      await page.goto(new URL(path.replace(/index\.html$/, ""), base).href, { waitUntil: "load" });
    }
    assert.deepEqual(incidents, []);
  });

  for (const query of ["script", "onerror", "HYPERLINK", "الحويقة", "{{", "<img src=x onerror=alert(1)>"]) {
    it(`shows search results for ${JSON.stringify(query)} without running them`, async () => {
      incidents.length = 0;
      await page.goto(`${base}search/?q=${encodeURIComponent(query)}`, { waitUntil: "load" });
      await page.waitForSelector("html[data-search-ready]", { timeout: 15_000 });
      // Tick every filter too: filter values come from reports (an outlet named with markup).
      for (const box of await page.$$("#filters input[type=checkbox]")) await box.check();
      await page.waitForTimeout(200);
      assert.deepEqual(incidents, []);
    });
  }
});
