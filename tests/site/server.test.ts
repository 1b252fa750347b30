/**
 * `npm start`'s server (issues #11 and #13): it serves as a careful static host
 * does and keeps serving while the site is rebuilt under it.
 */
import assert from "node:assert/strict";
import { request as httpRequest, type IncomingHttpHeaders, type Server } from "node:http";
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { after, before, describe, it } from "node:test";
import { gunzipSync } from "node:zlib";
import { CONTENT_TYPES, contentTypeOf, serveStatic } from "../../src/serve/static-server.ts";
import { build, filesUnder, makeArchive, outDir, seed } from "../helpers/archive.ts";

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One request with the path sent exactly as given (fetch would resolve `//evil.example/` to another host). */
function ask(base: URL, path: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: base.hostname, port: base.port, path, method: options.method ?? "GET", headers: options.headers ?? {}, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end();
  });
}

describe("the static server", () => {
  let content: string;
  let site: string;
  let server: Server;
  let base: URL;
  before(async () => {
    content = makeArchive({ "deir-a.txt": seed("000_2f332df18204745e.txt"), "deir-b.txt": seed("001_f71020e530c0bd5f.txt") });
    site = outDir();
    await build(content, site);
    const started = await serveStatic(site, 0);
    server = started.server;
    base = new URL(started.url);
  });
  after(() => server.close());

  it("sends nosniff and a Content-Security-Policy that runs only the site's own scripts, on every answer", async () => {
    for (const path of ["/", "/search/", "/reports/deir-a/original.txt", "/no-such-page/", "/search"]) {
      const { headers } = await ask(base, path);
      assert.equal(headers["x-content-type-options"], "nosniff", path);
      assert.match(String(headers["content-security-policy"]), /script-src 'self' 'wasm-unsafe-eval'/, path);
      assert.match(String(headers["content-security-policy"]), /object-src 'none'/, path);
      assert.match(String(headers["content-security-policy"]), /frame-ancestors 'none'/, path);
    }
  });

  it("redirects a folder URL with a query once, to the folder with the query: no loop", async () => {
    const first = await ask(base, "/search?q=%D8%A7%D9%84%D8%AD%D9%88%D9%8A%D9%82%D8%A9");
    assert.equal(first.status, 301);
    assert.equal(first.headers.location, "/search/?q=%D8%A7%D9%84%D8%AD%D9%88%D9%8A%D9%82%D8%A9");
    const second = await ask(base, String(first.headers.location));
    assert.equal(second.status, 200);
    assert.equal((await ask(base, "/reports/deir-a")).headers.location, "/reports/deir-a/");
  });

  it("never redirects to another host", async () => {
    for (const path of ["//evil.example/", "//evil.example/reports", "///evil.example/reports", "/\\evil.example/reports", "//evil.example/search?q=x", "/%2F%2Fevil.example/reports", "/./evil.example/../reports"]) {
      const { status, headers } = await ask(base, path);
      const location = headers.location;
      if (location !== undefined) assert.match(location, /^\/(?![/\\])/, `${path} → ${location}`);
      assert.ok([200, 301, 404].includes(status), `${path}: ${status}`);
    }
    assert.equal((await ask(base, "//reports")).headers.location, "/reports/", "a folder named with two slashes is redirected within the site");
    assert.equal((await ask(base, "//evil.example/reports")).status, 404, "a path naming no folder of the site is not redirected at all");
  });

  it("answers only GET and HEAD; every other method gets 405 with Allow", async () => {
    for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"]) {
      const { status, headers } = await ask(base, "/", { method });
      assert.equal(status, 405, method);
      assert.equal(headers.allow, "GET, HEAD");
    }
    const head = await ask(base, "/", { method: "HEAD" });
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0);
    assert.equal(head.headers["content-type"], "text/html; charset=utf-8");
  });

  it("refuses paths it cannot read, and never leaves the site", async () => {
    assert.equal((await ask(base, "/%00")).status, 400);
    assert.equal((await ask(base, "/%E0%A4%A")).status, 400);
    for (const path of ["/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/reports/..%2F..%2F..%2Fetc%2Fpasswd"]) {
      const { status, body } = await ask(base, path);
      assert.ok(status === 404 || status === 400, `${path}: ${status}`);
      assert.doesNotMatch(body.toString("utf8"), /root:/);
    }
  });

  it("gzips text for a client that takes it, and sends Pagefind's gzip files as they are", async () => {
    for (const path of ["/", "/feed.xml", "/data/reports.json", "/data/reports.csv", "/assets/site.css", "/assets/search.js"]) {
      const plain = await ask(base, path);
      const zipped = await ask(base, path, { headers: { "accept-encoding": "gzip, deflate, br" } });
      assert.equal(zipped.headers["content-encoding"], "gzip", path);
      assert.match(String(zipped.headers.vary), /accept-encoding/i);
      assert.deepEqual(gunzipSync(zipped.body), plain.body, `${path} unzips to the file`);
      assert.equal(plain.headers["content-encoding"], undefined);
      assert.equal(Number(plain.headers["content-length"]), plain.body.length);
    }
    const fragment = filesUnder(site).find((path) => path.endsWith(".pf_fragment"))!;
    assert.equal((await ask(base, `/${fragment}`, { headers: { "accept-encoding": "gzip" } })).headers["content-encoding"], undefined);
  });

  it("knows the content type of every kind of file the site has", async () => {
    const files = filesUnder(site);
    const kinds = [...new Set(files.map((path) => extname(path).toLowerCase()))];
    assert.deepEqual(kinds.filter((kind) => !(kind in CONTENT_TYPES)), [], "every extension has its type");
    for (const kind of kinds) {
      const path = files.find((file) => extname(file).toLowerCase() === kind)!;
      const { status, headers } = await ask(base, `/${path}`);
      assert.equal(status, 200, path);
      assert.equal(headers["content-type"], contentTypeOf(path), path);
    }
    assert.equal((await ask(base, "/feed.xml")).headers["content-type"], "application/atom+xml; charset=utf-8");
    assert.equal((await ask(base, "/reports/deir-a/original.txt")).headers["content-type"], "text/plain; charset=utf-8");
  });

  it("keeps serving while the site is rebuilt under it: every answer whole, no crash", async () => {
    const paths = ["/", "/reports/deir-a/", "/reports/deir-b/", "/data/reports.json", "/search/", "/reports/deir-a/original.txt"];
    let rebuilding = true;
    const rebuilt = build(content, site).finally(() => (rebuilding = false));
    const answers: number[] = [];
    const load = async (): Promise<void> => {
      // bounded: at most 400 requests a loop, and only while the rebuild runs
      for (let i = 0; i < 400 && rebuilding; i++) answers.push((await ask(base, paths[i % paths.length]!)).status);
    };
    await Promise.all([load(), load(), load(), load()]);
    await rebuilt;
    assert.ok(answers.length > 20, `${answers.length} requests during the rebuild`);
    assert.deepEqual([...new Set(answers)], [200], "every page answered during the rebuild");
    assert.equal((await ask(base, "/reports/deir-a/")).status, 200, "and after it");
  });

  it("survives files and folders vanishing between a request's lookup and its read", async () => {
    // Another process makes a page and a folder appear and vanish as fast as it can, as a
    // rebuild does: the old server checked that a file existed, then opened it, and died of
    // the ENOENT when the file went in between.
    const root = outDir();
    mkdirSync(join(root, "reports/x"), { recursive: true });
    writeFileSync(join(root, "index.html"), "<p>home</p>");
    const flip = `const fs = require("fs"); const root = ${JSON.stringify(root)}; const end = Date.now() + 2000;
      while (Date.now() < end) {
        fs.writeFileSync(root + "/reports/x/index.html", "x".repeat(20000)); fs.mkdirSync(root + "/reports/y"); fs.writeFileSync(root + "/reports/y/index.html", "y");
        fs.unlinkSync(root + "/reports/x/index.html"); fs.rmSync(root + "/reports/y", { recursive: true });
      }`;
    const own = await serveStatic(root, 0);
    const ownBase = new URL(own.url);
    const flipper = spawn(process.execPath, ["-e", flip], { stdio: "inherit" });
    let flipping = true;
    const flipped = new Promise<number | null>((resolve) => flipper.on("exit", (code) => resolve(code))).finally(() => (flipping = false));
    const statuses: number[] = [];
    const load = async (): Promise<void> => {
      for (let i = 0; i < 2_000 && flipping; i++) statuses.push((await ask(ownBase, ["/reports/x/", "/reports/y", "/reports/y/", "/reports/x"][i % 4]!)).status);
    };
    try {
      await Promise.all([load(), load(), load(), load()]);
      assert.equal(await flipped, 0);
      assert.ok(statuses.length > 100, `${statuses.length} requests`);
      assert.deepEqual([...new Set(statuses)].filter((status) => ![200, 301, 404].includes(status)), [], "no error answers");
      assert.ok(statuses.includes(200) && statuses.includes(404), "both sides of the race were met");
      assert.equal((await ask(ownBase, "/")).status, 200, "still serving");
    } finally {
      own.server.close();
    }
  });
});
