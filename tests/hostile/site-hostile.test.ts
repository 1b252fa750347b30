import assert from "node:assert/strict";
import type { SpawnSyncReturns } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { formulaCells, parseCsv } from "./csv.ts";
import { executableMarkup, visibleText } from "./executable-markup.ts";
import { build, filesUnder, hostileFiles, makeArchive, readManifest, ROOT, type Archive, type ManifestFile } from "./site-archive.ts";

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
  let archive: Archive;
  let run: SpawnSyncReturns<string>;
  let out: string;
  let manifest: ReturnType<typeof readManifest>;
  const entry = (name: string): ManifestFile | undefined => manifest.files.find((f) => f.file === archive.reportPath(name));
  const page = (url: string): string => readFileSync(join(out, url, "index.html"), "utf8");

  before(() => {
    archive = makeArchive(files);
    out = join(archive.dir, "out");
    run = build(archive);
    manifest = readManifest(out);
  });
  after(() => archive.remove());

  it("exits non-zero because files were rejected, after publishing the rest", () => {
    assert.equal(run.status, 1, run.stderr);
    assert.ok(existsSync(join(out, "index.html")));
  });

  it("lists every input file once in build-report.json", () => {
    assert.deepEqual(manifest.files.map((f) => f.file).sort(), Object.keys(files).map((name) => archive.reportPath(name)).sort());
  });

  for (const name of rejectedNames) {
    it(`rejects ${name} with its reason, on the terminal and in build-report.json, and publishes nothing of it`, () => {
      const file = archive.reportPath(name);
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
    for (const dir of [archive.dir, out, ROOT]) {
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
    assert.ok(dropped?.messages.some((m) => m.includes(archive.reportPath("duplicate-text-a.txt")) && m.includes(archive.reportPath("duplicate-text-b.txt"))));
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
