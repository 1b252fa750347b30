/**
 * Inputs that cannot mislead a reader (issue #11): a bidi override never reaches
 * a page raw (the evidence shows a visible mark, the build warns at its line and
 * column), characters XML cannot carry never reach a page or the feed, and the
 * build checks that the feed and the JSON it writes parse.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { SaxesParser } from "saxes";
import type { BuildResult } from "../../src/publish/build-archive.ts";
import { build, filesUnder, makeArchive, outDir, read } from "../helpers/archive.ts";

const RLO = "\u202e";
const PDF = "\u202c";
/** Recorded as 21; a browser shows «12» when the override reaches it raw. */
const EVIDENCE_LINE = `قُتل${RLO}21${PDF} مدنياً في قصف على حي الحويقة في مدينة دير الزور.`;
const REPORT = `---\ntitle: "عنوان \\u202eمقلوب\\u202c و\\u0001تحكم"\nauthor: "كاتب\\u0007"\n---\n${EVIDENCE_LINE}\n`;
const RAW_BIDI = /[\u202a-\u202e\u2066-\u2069]/;
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

describe("bidi controls and control characters in a report", () => {
  let site: string;
  let result: BuildResult;
  before(async () => {
    const content = makeArchive({ "bidi.md": REPORT });
    site = outDir();
    result = await build(content, site);
  });

  it("publishes the report with a warning at each bidi control, naming its line and column", () => {
    const entry = result.manifest.files.find((f) => f.file.endsWith("bidi.md"));
    assert.equal(entry?.status, "published-with-warnings");
    const column = EVIDENCE_LINE.indexOf(RLO) + 1;
    assert.ok(entry?.messages.some((m) => m.includes(`bidi.md:5:${column}-5:${column + 1} warning U+202E (RIGHT-TO-LEFT OVERRIDE)`) && m.endsWith("bidi-control")), entry?.messages.join("\n"));
    assert.ok(entry?.messages.some((m) => m.includes(`bidi.md:5:${EVIDENCE_LINE.indexOf(PDF) + 1}`) && m.includes("U+202C")), "the closing PDF too");
    assert.ok(entry?.messages.some((m) => /bidi\.md:2:1 warning "title" holds U\+202E/.test(m)), "an override written as a YAML escape is named at its key");
  });

  it("puts no raw bidi control, and no character XML cannot carry, in any page, the feed or the search data", () => {
    const shown = filesUnder(site).filter((path) => /\.(html|xml)$/.test(path) || path.startsWith("search/"));
    assert.ok(shown.some((path) => path.startsWith("reports/")), "the report pages are checked");
    const raw = shown.filter((path) => RAW_BIDI.test(read(site, path)) || NOT_XML.test(read(site, path)));
    assert.deepEqual(raw, []);
  });

  it("shows each control in the evidence as a visible mark, in the claim's card and in the text", () => {
    const page = read(site, "reports/bidi/index.html");
    const marked = "قُتل[U+202E]21[U+202C] مدنياً".replace(/[[\]+]/g, "\\$&");
    assert.match(page, new RegExp(`<blockquote><a href="#ev-claim-1">«${marked}[^»]*»</a></blockquote>`), "the claim's card");
    assert.match(page, new RegExp(`<mark class="ev-claim" id="ev-claim-1">${marked}`), "the highlighted text");
    assert.match(page, /<h1>عنوان \[U\+202E\]مقلوب\[U\+202C\] و\uFFFDتحكم<\/h1>/, "the curated title");
  });

  it("keeps the record exact: the JSON export has the evidence as the report has it", () => {
    const [record] = JSON.parse(read(site, "data/reports.json")) as { casualties: { evidence: string }[] }[];
    assert.ok(record?.casualties.some((claim) => claim.evidence.includes(`${RLO}21${PDF}`)), JSON.stringify(record?.casualties));
  });

  it("writes a feed that parses as XML, with the title as a reader may see it", () => {
    const feed = read(site, "feed.xml");
    const titles: string[] = [];
    const parser = new SaxesParser();
    let inTitle = false;
    parser.on("opentag", (tag) => (inTitle = tag.name === "title"));
    parser.on("text", (text) => inTitle && titles.push(text));
    parser.on("closetag", () => (inTitle = false));
    parser.write(feed).close();
    assert.ok(titles.includes("عنوان [U+202E]مقلوب[U+202C] و\ufffdتحكم"), titles.join(" | "));
  });

  it("every JSON file of the site parses", () => {
    for (const path of filesUnder(site).filter((p) => /\.(json|geojson)$/.test(p))) assert.doesNotThrow(() => JSON.parse(readFileSync(join(site, path), "utf8")), path);
  });
});
