import assert from "node:assert/strict";
import type { SpawnSyncReturns } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { before, describe, it, test } from "node:test";
import { formulaCells, parseCsv } from "./csv.ts";
import { executableMarkup, visibleText } from "./executable-markup.ts";
import type { BuildResult } from "../../src/publish/build-archive.ts";
import { build, buildCommand, commandOut, filesUnder, hostileFiles, makeArchive, outDir, read, readManifest, reportPath, ROOT, type ManifestFile } from "../helpers/archive.ts";

interface Expectation {
  outcome: "published" | "rejected";
  code?: string;
}
const expectations = JSON.parse(readFileSync(join(ROOT, "tests/fixtures/hostile/expectations.json"), "utf8")) as Record<string, Expectation>;
delete expectations["$comment"];
const rejectedNames = Object.keys(expectations).filter((name) => expectations[name]?.outcome === "rejected");

// duplicate-id-b.md is left out: two files claiming one id are tested on their own (site-output.test.ts).
const files = hostileFiles(["duplicate-id-b.md"]);

describe("a site built from hostile reports", () => {
  let archive: string;
  let run: SpawnSyncReturns<string>;
  let out: string;
  let manifest: ReturnType<typeof readManifest>;
  const entry = (name: string): ManifestFile | undefined => manifest.files.find((f) => f.file === reportPath(name));
  const page = (url: string): string => readFileSync(join(out, url, "index.html"), "utf8");

  before(() => {
    archive = makeArchive(files);
    out = commandOut(archive);
    run = buildCommand(archive);
    manifest = readManifest(out);
  });

  it("exits non-zero because files were rejected, after publishing the rest", () => {
    assert.equal(run.status, 1, run.stderr);
    assert.ok(existsSync(join(out, "index.html")));
  });

  it("lists every input file once in build-report.json", () => {
    assert.deepEqual(manifest.files.map((f) => f.file).sort(), Object.keys(files).map((name) => reportPath(name)).sort());
  });

  for (const name of rejectedNames) {
    it(`rejects ${name} with its reason, on the terminal and in build-report.json, and publishes nothing of it`, () => {
      const file = reportPath(name);
      const found = entry(name);
      assert.equal(found?.status, "rejected", JSON.stringify(found));
      assert.ok(found?.reason?.startsWith(file), found?.reason);
      assert.equal(found?.url, undefined);
      assert.ok(run.stdout.includes(found.reason ?? "\u0000"), `the terminal summary gives the reason for ${name}`);
      const mentions = filesUnder(out).filter((path) => path !== "build-report.json" && readFileSync(join(out, path), "utf8").includes(name));
      assert.deepEqual(mentions, [], `no page names ${name}`);
      assert.ok(!existsSync(join(out, "reports", name.replace(/\.[a-z]+$/, ""))), `no page for ${name}`);
    });
  }

  it("publishes every other file at the URL the report gives", () => {
    const published = manifest.files.filter((f) => f.status === "published" || f.status === "published-with-warnings");
    assert.equal(published.length, Object.keys(files).length - rejectedNames.length - 1 /* the duplicate text */);
    for (const f of published) {
      assert.ok(f.url?.startsWith("/reports/"), JSON.stringify(f));
      assert.ok(existsSync(join(out, f.url ?? "", "index.html")), `${f.file} → ${f.url}`);
    }
    assert.equal(entry("unknown-keys.md")?.status, "published-with-warnings");
  });

  it("lets nothing executable reach any HTML page", () => {
    const pages = filesUnder(out).filter((path) => path.endsWith(".html"));
    assert.ok(pages.length > 10);
    const found = pages.flatMap((path) => executableMarkup(readFileSync(join(out, path), "utf8"), path));
    assert.deepEqual(found, []);
  });

  it("exports no spreadsheet formula from a report into any CSV file", () => {
    const csvs = filesUnder(out).filter((path) => path.endsWith(".csv"));
    assert.ok(csvs.length > 0, "the archive exports CSV");
    const rows = csvs.flatMap((path) => parseCsv(readFileSync(join(out, path), "utf8")));
    assert.ok(rows.flat().some((cell) => cell.includes("HYPERLINK")), "the formula-like title is exported (as text)");
    assert.deepEqual(formulaCells(rows), []);
  });

  it("shows the hostile markup of a report as text a reader can see", () => {
    const url = entry("html-injection.md")?.url ?? "";
    const text = visibleText(page(url));
    for (const written of ["<script>alert('body')</script>", "<iframe src=\"https://evil.example/\"></iframe>", "<style>body{display:none}</style>", "<script>alert('title')</script>قصف"]) {
      assert.ok(text.includes(written), `shown as text: ${written}`);
    }
  });

  it("shows template syntax as text, never evaluated", () => {
    const html = page(entry("template-syntax.md")?.url ?? "");
    const text = visibleText(html);
    for (const written of ["{{ 7 * 7 }}", '{% include "../../package.json" %}', "<%= 6 * 7 %>", "${7*6}", "{%- for x in (1..3) -%}تكرار{%- endfor -%}"]) {
      assert.ok(text.includes(written), `shown as text: ${written}`);
    }
    assert.ok(!/قُتل 49/.test(text) && !text.includes('"name": "deir-archive"'));
  });

  it("never runs front matter: no file written by the JavaScript in front-matter-js*.md exists", () => {
    for (const dir of [dirname(archive), out, ROOT]) {
      for (const marker of ["PWNED-front-matter-js", "PWNED-front-matter-javascript"]) {
        assert.ok(!existsSync(join(dir, marker)), `${join(dir, marker)} must not exist`);
      }
    }
  });

  it("does not publish ignored front-matter keys (layout, permalink) as Eleventy settings", () => {
    const found = entry("unknown-keys.md");
    assert.equal(found?.url, "/reports/unknown-keys/");
    assert.ok(found?.messages.some((m) => m.includes('unknown front-matter key "permalink" is ignored')));
    assert.ok(!existsSync(join(out, "evil.njk")));
  });

  it("publishes two files with identical text once, with a notice naming both", () => {
    const a = entry("duplicate-text-a.txt");
    const b = entry("duplicate-text-b.txt");
    const [kept, dropped] = a?.status === "duplicate" ? [b, a] : [a, b];
    assert.equal(kept?.status, "published");
    assert.equal(dropped?.status, "duplicate");
    assert.equal(dropped?.url, kept?.url);
    assert.ok(dropped?.messages.some((m) => m.includes(reportPath("duplicate-text-a.txt")) && m.includes(reportPath("duplicate-text-b.txt"))));
    const story = "قُتل طفلان وجُرح أربعة مدنيين";
    const reportPages = filesUnder(join(out, "reports")).filter((path) => path.endsWith("/index.html"));
    const showing = reportPages.filter((path) => visibleText(readFileSync(join(out, "reports", path), "utf8")).includes(story));
    assert.deepEqual(showing, [`${kept?.id}/index.html`]);
  });

  it("keeps prototype-polluting YAML harmless and names the keys it ignored", () => {
    const found = entry("prototype-pollution.md");
    assert.equal(found?.status, "published-with-warnings");
    assert.ok(found?.messages.some((m) => m.includes('"__proto__" is ignored')));
  });
});

const HOSTILE = `---
id: hostile-report
title: "<script>alert('title')</script> عنوان {{ 7*7 }} {% if true %}x{% endif %} <% code %>"
date: 2017-10
---
قصف على حي الحويقة في مدينة دير الزور {{ 7*7 }} {% raw %}{% endraw %} <% code %>

<script>alert(1)</script>

<img src=x onerror="alert(2)">

<iframe src="https://evil.example/"></iframe>

<style>body{display:none}</style>

[رابط](javascript:alert(3)) و[بيانات](data:text/html,alert) و![صورة](https://tracker.example/p.png)

<a href="javascript:alert(5)" onclick="alert(6)">انقر</a>
`;

const DAY = `---
id: dated-report
date: 2017-10-30
title: تقرير بتاريخ يومي
---
قتل مدني في حي الحويقة.
`;
const YEAR = `---
id: year-report
date: "2016"
title: تقرير بسنة فقط
---
قصف على قرية هرابش.
`;
const SAME = "خبر مكرر عن قصف على حي الجورة في دير الزور.\n";
const CODE_FRONT_MATTER = "---js\n{ id: (() => { throw new Error('ran') })() }\n---\nنص.\n";

describe("curated hostile and awkward reports, built in this process", () => {
  let site: string;
  let content: string;
  let result: BuildResult;
  before(async () => {
    content = makeArchive({
      "hostile.md": HOSTILE,
      "dated.md": DAY,
      "year.md": YEAR,
      "a-copy.txt": SAME,
      "b-copy.txt": SAME,
      "code.md": CODE_FRONT_MATTER,
      "empty.txt": "",
    });
    site = outDir();
    result = await build(content, site);
  });

  test("no script, handler, frame, style or dangerous URL from a report reaches the page as markup", () => {
    const html = read(site, "reports/hostile-report/index.html");
    assert.deepEqual(html.match(/<script[^>]*>/g), ['<script type="application/ld+json">', '<script type="module" src="/assets/cite.js">'], "only the JSON-LD block and the archive's own copy-button script");
    assert.doesNotMatch(html, /<(iframe|style|img|object|embed)\b/i);
    for (const tag of html.match(/<[a-zA-Z][^>]*>/g) ?? []) {
      // Attribute values are escaped report text; only attribute names can make a handler.
      assert.doesNotMatch(tag.replace(/"[^"]*"/g, '""'), /\son[a-z]+\s*=/i, tag);
    }
    assert.doesNotMatch(html, /(href|src)="\s*(javascript|data):/i);
    assert.doesNotMatch(html, /tracker\.example/);
    const ld = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html);
    assert.ok(ld?.[1], "the JSON-LD holds no raw < that could close its element");
    assert.match((JSON.parse(ld[1]) as { headline: string }).headline, /^<script>alert\('title'\)<\/script> عنوان/);
  });

  test("template syntax in a report is shown as text, never run", () => {
    const html = read(site, "reports/hostile-report/index.html");
    assert.match(html, /<h1>&lt;script&gt;alert\(&#39;title&#39;\)&lt;\/script&gt; عنوان \{\{ 7\*7 \}\} \{% if true %\}x\{% endif %\} &lt;% code %&gt;<\/h1>/);
    assert.doesNotMatch(html, /\b49\b/);
  });

  test("a date is shown exactly as precisely as it is known", () => {
    assert.match(read(site, "reports/dated-report/index.html"), /30 تشرين الأول 2017/);
    assert.match(read(site, "reports/hostile-report/index.html"), /<dd id="field-date">[^<]*تشرين الأول 2017 /);
    const year = read(site, "reports/year-report/index.html");
    assert.match(year, /<dd id="field-date">2016 /);
    assert.doesNotMatch(year, /كانون الثاني 2016/);
  });

  test("curated fields are marked as curated", () => {
    assert.match(read(site, "reports/dated-report/index.html"), /تاريخ الأحداث: <strong>منسَّق من قبل المؤرشف<\/strong>/);
  });

  test("two files with the same text publish once, with a notice naming both, and the copy's id redirects", () => {
    const entries = result.manifest.files.filter((f) => /-copy\.txt$/.test(f.file));
    assert.deepEqual(entries.map((e) => e.status), ["published", "duplicate"]);
    const notice = entries[1]!.messages.join("\n");
    assert.match(notice, /b-copy\.txt/);
    assert.match(notice, /a-copy\.txt/);
    assert.match(read(site, "reports/b-copy/index.html"), /<meta http-equiv="refresh" content="0; url=\/reports\/a-copy\/">/);
  });

  test("a rejected file is listed with the extraction error naming it, and nothing of it is published", () => {
    const rejected = result.manifest.files.filter((f) => f.status === "rejected");
    assert.deepEqual(rejected.map((f) => f.file.replace(/.*\//, "")).sort(), ["code.md", "empty.txt"]);
    for (const entry of rejected) {
      assert.ok(entry.reason?.includes(entry.file), entry.reason);
      assert.equal(entry.url, undefined);
    }
    assert.ok(!existsSync(join(site, "reports/code")));
    assert.ok(!existsSync(join(site, "reports/empty")));
    assert.equal(result.exitCode, 1);
    assert.equal(result.manifest.counts.published + result.manifest.counts["published-with-warnings"], 4);
  });
});
