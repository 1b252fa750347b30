import type { Browser } from "playwright-core";
import { launchChromium } from "../tests/helpers/chromium.ts";
import { CountingServer } from "./static-server.ts";

/** Results whose excerpts the API measure loads, as a first page of results would. */
const API_RESULTS = 10;

export interface SearchTransfer {
  /** Bytes to load the page the search starts from (HTML, CSS, scripts, and whatever it loads up front). */
  pageBytes: number;
  /** Bytes from submitting the query until the results are shown. */
  queryBytes: number;
  requests: number;
  results: number;
  /** The largest responses, to say where the bytes go. */
  largest: { path: string; bytes: number }[];
}

const largest = (log: readonly { path: string; bytes: number }[]): { path: string; bytes: number }[] =>
  [...log].sort((a, b) => b.bytes - a.bytes).slice(0, 6).map((entry) => ({ ...entry, path: entry.path.replace(/\?.*$/, "") }));

/**
 * One neighbourhood search on the built archive as a reader makes it: open
 * /search/ in a fresh browser (cold cache), type the name, submit, choose the
 * place when the name is shared by several, wait for the results. Bytes are
 * counted by the server, gzip-compressed as a static host sends them.
 */
export async function measureSiteSearch(siteDir: string, query: string, placeUrl: string): Promise<SearchTransfer> {
  return withBrowserAndServer(siteDir, async (browser, server, base) => {
    const page = await (await browser.newContext()).newPage();
    server.reset();
    await page.goto(`${base}/search/`);
    await page.waitForSelector("html[data-search-ready=true]", { timeout: 60_000 });
    await server.settled();
    const pageBytes = server.bytes;
    const pageRequests = server.requests;
    const pageLog = [...server.log];
    server.reset();
    await page.fill("#q", query);
    await page.press("#q", "Enter");
    await page.waitForFunction(() => !/…/.test(document.getElementById("search-status")?.textContent ?? "…"), undefined, { timeout: 60_000 });
    const choice = page.locator(`#place-choice button[data-place="${placeUrl}"]`);
    if (await choice.count()) {
      await choice.click();
      await page.waitForSelector("#search-results li", { timeout: 60_000 });
    }
    await server.settled();
    const results = await page.locator("#search-results li").count();
    return { pageBytes, queryBytes: server.bytes, requests: pageRequests + server.requests, results, largest: largest([...pageLog, ...server.log]) };
  });
}

/**
 * The same search through Pagefind's JS API alone, for sites without our search
 * page (the baselines): load pagefind.js, search, load the first results' excerpts.
 */
export async function measureApiSearch(siteDir: string, query: string): Promise<SearchTransfer> {
  return withBrowserAndServer(siteDir, async (browser, server, base) => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${base}/__blank__`); // a same-origin page that loads nothing
    await server.settled(200);
    server.reset();
    const results = await page.evaluate(
      async ({ query, shown }) => {
        const url = "/pagefind/pagefind.js";
        const pagefind = (await import(url)) as { search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }> };
        const search = await pagefind.search(query);
        await Promise.all(search.results.slice(0, shown).map((result) => result.data()));
        return search.results.length;
      },
      { query, shown: API_RESULTS },
    );
    await server.settled();
    return { pageBytes: 0, queryBytes: server.bytes, requests: server.requests, results, largest: largest(server.log) };
  });
}

async function withBrowserAndServer<T>(siteDir: string, run: (browser: Browser, server: CountingServer, base: string) => Promise<T>): Promise<T> {
  const server = new CountingServer(siteDir);
  const base = await server.listen();
  const browser = await launchChromium();
  try {
    return await run(browser, server, base);
  } finally {
    await browser.close();
    await server.close();
  }
}
