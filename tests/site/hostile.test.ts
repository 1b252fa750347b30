import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { before, describe, test } from "node:test";
import { BuildRefused, type BuildResult } from "../../src/publish/build-archive.ts";
import { build, fingerprint, makeArchive, outDir, read } from "./archive.ts";

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

describe("hostile and awkward input", () => {
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
    assert.equal(html.match(/<script/g)?.length, 1, "only the JSON-LD script");
    assert.match(html, /<script type="application\/ld\+json">/);
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

  test("two reports claiming one id are both rejected, naming both files; the rest is published", async () => {
    const clash = makeArchive({
      "first.md": "---\nid: same-id\n---\nقصف على حي الحويقة.\n",
      "second.md": "---\nid: same-id\n---\nقصف على حي الجورة.\n",
      "third.md": "قصف على حي الصناعة.\n",
    });
    const result = await build(clash, site);
    assert.equal(result.exitCode, 1);
    const rejected = result.manifest.files.filter((entry) => entry.status === "rejected");
    assert.equal(rejected.length, 2);
    for (const entry of rejected) {
      assert.match(entry.reason ?? "", /first\.md/);
      assert.match(entry.reason ?? "", /second\.md/);
    }
    assert.ok(!existsSync(join(site, "reports/same-id")));
    assert.equal(result.manifest.counts.published + result.manifest.counts["published-with-warnings"], 1);
  });
});
