/**
 * A value from a report cannot break out of its field in any format the archive
 * writes (issue #11): a `}` in BibTeX, a line break in RIS, a quote or a line
 * break in CSV, markup in XML and JSON-LD. Each format is parsed back, as the
 * tool that reads it would, and the value is found whole, in its own field.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import { SaxesParser } from "saxes";
import { citationFormats, type CitationInput } from "../../src/cite/citations.ts";
import { csv } from "../../src/export/exports.ts";
import { splitFrontMatter } from "../../src/read/front-matter.ts";
import { jsonForScript } from "../../src/views/report-view.ts";
import { escapeXml } from "../../src/views/svg.ts";
import { parseCsv } from "../site/csv.ts";

const HOSTILE_TITLE = 'عنوان} , author = {Evil\nAU  - Injected & 100% #1 $x_y ~ ^ \\relax "q" <b>';
const input: CitationInput = {
  id: "report-1",
  url: "https://archive.example/reports/report-1/",
  title: HOSTILE_TITLE,
  derivedTitle: "",
  outlet: "منفذ}",
  author: "كاتب\r\nTI  - Two",
  published: "2017-10-31",
  eventsDate: null,
  archived: "2026-12-01",
  originalUrl: "https://example.org/a%7Db?c=%7Bd%7D",
  sha256: "0".repeat(64),
};
const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, " ");

describe("citations: each format escapes its special characters", () => {
  const formats = citationFormats(input);

  it("BibTeX reads back as one entry with the whole title, author and note, and no field the report injected", () => {
    const parsed = (new Cite(formats.bibtex) as unknown as { data: Record<string, unknown>[] }).data;
    const spaced = (text: string): string => text.replace(/\s+/g, " ");
    assert.equal(parsed.length, 1, formats.bibtex);
    const [entry] = parsed;
    // TeX reads a run of spaces as one
    assert.equal(entry?.title, spaced(HOSTILE_TITLE));
    assert.deepEqual(entry?.author, [{ family: spaced(input.author!) }]);
    assert.ok(String(entry?.note).includes(input.originalUrl!), String(entry?.note));
    assert.equal(entry?.URL, input.url);
    assert.equal((formats.bibtex.match(/^\s*author\s*=/gm) ?? []).length, 1, "one author field");
  });

  it("RIS keeps every value on its own line: no tag the report injected", () => {
    const tags = formats.ris.split(/\r?\n/).map((line) => /^([A-Z][A-Z0-9])  - ?(.*)$/.exec(line));
    assert.ok(tags.every(Boolean), `every line is a tag:\n${formats.ris}`);
    const values = (tag: string) => tags.filter((m) => m?.[1] === tag).map((m) => m?.[2]);
    assert.deepEqual(values("TI"), [oneLine(HOSTILE_TITLE)]);
    assert.deepEqual(values("AU").length <= 1 ? [] : values("AU"), [], "no second author");
    assert.equal(values("ER").length, 1);
  });

  it("CSL-JSON is JSON: the title comes back exactly", () => {
    assert.equal((JSON.parse(formats.cslJson) as { title: string }[])[0]?.title, HOSTILE_TITLE);
  });
});

describe("exports and pages: CSV, XML, JSON-LD", () => {
  it("a CSV cell with quotes, commas and line breaks reads back whole", () => {
    const cell = 'a "quoted", two\r\nlines';
    assert.deepEqual(parseCsv(csv([["id", "title"], ["x", cell]])), [["id", "title"], ["x", cell]]);
  });

  it("XML text and attributes escape markup and drop what XML cannot carry", () => {
    let text = "";
    let attribute = "";
    const parser = new SaxesParser();
    parser.on("opentag", (tag) => (attribute = String(tag.attributes.title ?? "")));
    parser.on("text", (value) => (text += value));
    parser.write(`<t title="${escapeXml(HOSTILE_TITLE)}">${escapeXml(`${HOSTILE_TITLE}\u0001`)}</t>`).close();
    assert.equal(text, `${HOSTILE_TITLE}\ufffd`);
    assert.equal(attribute, HOSTILE_TITLE.replace(/\n/g, " "), "an attribute's line break reads as a space, as XML says");
  });

  it("JSON-LD cannot close its script element, and reads back exactly", () => {
    const value = { headline: `</script><script>alert(1)</script> ${HOSTILE_TITLE} \u2028` };
    const printed = jsonForScript(value);
    assert.ok(!/<\/?script/i.test(printed), printed);
    assert.deepEqual(JSON.parse(printed), value);
  });
});

describe("curated URLs", () => {
  const url = (value: string): string | undefined => splitFrontMatter(`---\nurl: "${value}"\n---\nنص.\n`, "r.md").curated.url;

  it("percent-encodes the characters that would break a format, naming the same address", () => {
    assert.equal(url("https://example.org/a}b?c={d}|e^f`g"), "https://example.org/a%7Db?c=%7Bd%7D%7Ce%5Ef%60g");
    assert.equal(url("https://ar.example.org/تقرير"), "https://ar.example.org/تقرير", "letters stay as they are");
  });

  for (const [value, why] of [
    ["https://trusted.example@evil.example/", /user name or password/],
    ["https://example.org/\\u202egnp.exe", /invisible or control character/],
    ["https://example.org/a\\u0001b", /invisible or control character/],
    ["javascript:alert(1)", /http:\/\/ or https:\/\//],
  ] as const) {
    it(`refuses ${value}`, () => {
      assert.throws(() => url(value), (error: Error) => why.test(error.message) && /r\.md:2:1/.test(error.message));
    });
  }
});

describe("the archive's base URL", () => {
  it("is an http or https address and nothing else", async () => {
    const { buildSettings } = await import("../../src/publish/settings.ts");
    assert.equal(buildSettings("c", "o", { ARCHIVE_BASE_URL: "https://archive.example/deir" }).baseUrl, "https://archive.example/deir/");
    for (const bad of ["javascript:alert(1)//", "https://user:pw@archive.example/", "https://archive.example/a}b", "archive.example"]) {
      assert.throws(() => buildSettings("c", "o", { ARCHIVE_BASE_URL: bad }), /ARCHIVE_BASE_URL error must be an/, bad);
    }
  });
});
