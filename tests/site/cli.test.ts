import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { makeArchive, outDir } from "../helpers/archive.ts";

function runBuild(args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts", ...args], {
    cwd: new URL("../../", import.meta.url).pathname,
    env: { ...process.env, CI: "true" },
    encoding: "utf8",
  });
}

test("npm run build publishes the rest, prints the summary, writes timings, and exits 1 for a rejected file", () => {
  const content = makeArchive({ "good.txt": "قصف على حي الحويقة في مدينة دير الزور.\n", "bad.txt": "" });
  const out = outDir();
  const timings = join(mkdtempSync(join(tmpdir(), "timings-")), "t.json");
  const run = runBuild(["--content", content, "--out", out, "--timings", timings]);
  assert.equal(run.status, 1, run.stderr);
  assert.match(run.stdout, /published 1 .*rejected 1/);
  assert.match(run.stdout, /rejected .*bad\.txt/);
  assert.ok(existsSync(join(out, "reports/good/index.html")));
  const t = JSON.parse(readFileSync(timings, "utf8")) as Record<string, number>;
  for (const key of ["extract", "views", "eleventy", "pagefind", "exports", "total", "reports", "pages"]) assert.equal(typeof t[key], "number", key);
  assert.equal(t.reports, 1);
  assert.ok(!existsSync(join(out, "t.json")));
});

test("a refused build exits 2 and names the registry entry that would vanish", () => {
  const content = makeArchive({ "a.md": "---\nid: one\n---\nنص أول.\n" });
  writeFileSync(join(content, "permalinks.yaml"), '"one": published\n"two": published\n');
  const run = runBuild(["--content", content, "--out", outDir()]);
  assert.equal(run.status, 2);
  assert.match(run.stderr, /permalinks\.yaml:2:1 error "two" was published at \/reports\/two\/ but no report has that id any more.* permalink-vanished/);
});

test("--frail fails a build with warnings, which publishes them all the same and lists each warning", () => {
  const content = makeArchive({ "warned.md": "---\nlayout: post\n---\nقصف على حي الحويقة في مدينة دير الزور.\n" });
  const lenient = runBuild(["--content", content, "--out", outDir()]);
  assert.equal(lenient.status, 0, lenient.stderr);
  const out = outDir();
  const frail = runBuild(["--content", content, "--out", out, "--frail"]);
  assert.equal(frail.status, 1);
  assert.match(frail.stdout, /warned\.md:2:1 warning unknown front-matter key "layout" is ignored front-matter-unknown-key/);
  assert.ok(existsSync(join(out, "reports/warned/index.html")));
});

test("two files claiming one id are rejected by name and the build exits 1", () => {
  const content = makeArchive({ "a.md": "---\nid: one\n---\nنص أول.\n", "b.md": "---\nid: one\n---\nنص ثان.\n", "c.md": "نص ثالث.\n" });
  const run = runBuild(["--content", content, "--out", outDir()]);
  assert.equal(run.status, 1);
  assert.match(run.stdout + run.stderr, /a\.md.*b\.md/);
});

test("an invalid data file refuses the build with exit 4, naming its line and column, and publishes nothing", () => {
  const content = makeArchive({ "a.txt": "قصف على حي الحويقة في مدينة دير الزور.\n" });
  mkdirSync(join(content, "data"));
  writeFileSync(join(content, "data", "gazetteer.yaml"), "places:\n  - slug: huweiqa\n    name: الحويقة\n    type: neighbourhood\n    parent: huweiqa\n");
  const out = outDir();
  const run = runBuild(["--content", content, "--out", out]);
  assert.equal(run.status, 4, run.stderr);
  assert.match(run.stderr, /data\/gazetteer\.yaml:5:13 error place "huweiqa" is its own parent data-parent/);
  assert.doesNotMatch(run.stderr, /    at /, "no stack trace");
  assert.ok(!existsSync(out), "nothing published");
  const extract = spawnSync(process.execPath, ["--import", "tsx", "scripts/extract.ts", "--content", content, join(content, "reports", "a.txt")], { cwd: new URL("../../", import.meta.url).pathname, encoding: "utf8" });
  assert.equal(extract.status, 4);
  assert.match(extract.stderr, /gazetteer\.yaml:5:13 error/);
});

test("a registry key YAML reads as a number refuses the build with exit 3 and a hint to quote it; a bad option exits 64", () => {
  const content = makeArchive({ "a.md": "---\nid: \"0001\"\n---\nنص أول.\n" });
  writeFileSync(join(content, "permalinks.yaml"), "0001: published\n");
  const run = runBuild(["--content", content, "--out", outDir()]);
  assert.equal(run.status, 3, run.stderr);
  assert.match(run.stderr, /permalinks\.yaml:1:1 error 0001 reads as the number 1 in YAML, not as the id "0001": quote it, "0001": … registry-id/);
  assert.equal(runBuild(["--content", content, "--no-such-option"]).status, 64);
});
