import assert from "node:assert/strict";
import { test } from "node:test";
import { build, makeArchive, outDir } from "../helpers/archive.ts";
import { checkLinks } from "./links.ts";

test("every internal link and fragment in the seed archive resolves", async () => {
  const site = outDir();
  await build(makeArchive({}, { seeds: true }), site);
  const { pages, links, broken } = checkLinks(site);
  assert.ok(pages > 20 && links > 200, `checked ${pages} pages, ${links} links`);
  assert.deepEqual(broken, []);
});

test("the link checker itself notices a broken link and a missing fragment", async () => {
  const { mkdtempSync, writeFileSync } = await import("node:fs");
  const { join } = await import("node:path");
  const site = mkdtempSync(join((await import("node:os")).tmpdir(), "links-"));
  writeFileSync(join(site, "index.html"), '<a href="/missing/">x</a> <a href="/#nowhere">y</a> <a href="https://example.org/">z</a> <p id="here"></p> <a href="#here">ok</a>');
  const { broken } = checkLinks(site);
  assert.deepEqual(broken.map((b) => b.link), ["/missing/", "/#nowhere"]);
});
