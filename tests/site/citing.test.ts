import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import { build, makeArchive, outDir, read } from "../helpers/archive.ts";
import { headMeta, jsonLdBlocks, zoteroReading } from "../helpers/head-meta.ts";
import { parseRis } from "../helpers/ris.ts";

/** An archivist's report: every citation field curated in front matter. */
const CURATED = `---
url: https://example.org/2017/11/02/huweiqa
published: 2017-11-02
outlet: عنب بلدي
author: أحمد الخطيب
title: قصف على حي الحويقة في دير الزور
date: 2017-11-01
---
قُتل مدنيان أمس في قصف على حي الحويقة في مدينة دير الزور.
`;

const ENV = { SOURCE_DATE_EPOCH: String(Date.UTC(2025, 11, 1) / 1000), ARCHIVE_BASE_URL: "https://archive.example/" };
/** Stamped with its publication date (2017-10-31), about the events of the day before. */
const DATED = "001-f71020e530c0bd5f";
/** No title, no date of any kind, an outlet. */
const UNDATED = "000-2f332df18204745e";
/** No outlet: a web page of the archive. */
const NO_OUTLET = "003-10defcbb0af46bf3";

describe("what a reference manager reads from a report page", () => {
  let site: string;
  const page = (id: string): string => read(site, `reports/${id}/index.html`);
  before(async () => {
    const content = makeArchive({ "curated.md": CURATED }, { seeds: true });
    site = outDir();
    await build(content, site, ENV);
  });

  test("a dated report: Highwire and Dublin Core give its publication date, Zotero saves a newspaper article in its outlet", () => {
    const tags = headMeta(page(DATED));
    assert.deepEqual(tags.get("citation_publication_date"), ["2017/10/31"]);
    assert.deepEqual(tags.get("citation_date"), ["2017/10/31"]);
    assert.deepEqual(tags.get("DC.date"), ["2017-10-31"], "the publication date, not the events' (2017-10-30)");
    assert.equal(tags.has("citation_journal_title"), false);
    assert.deepEqual(zoteroReading(tags), {
      itemType: "newspaperArticle",
      publicationTitle: "المرصد السوري لحقوق الإنسان",
      title: "قصف يطال مدينة دير الزور مع اشتباكات متواصلة ضمن سعي النظام إنهاء وجود التنظيم فيها",
      date: "2017/10/31",
      author: undefined,
    });
  });

  test("an undated report: no date tag at all, and a title in brackets, marked as derived from the text", () => {
    const tags = headMeta(page(UNDATED));
    for (const name of ["citation_date", "citation_publication_date", "DC.date"]) assert.equal(tags.has(name), false, name);
    const title = tags.get("citation_title")?.[0] ?? "";
    assert.match(title, /^\[تمكن تنظيم الدولة الإسلامية .*\]$/);
    assert.equal(zoteroReading(tags).itemType, "newspaperArticle");
    assert.deepEqual(headMeta(page(UNDATED)).get("DC.title"), [title]);
  });

  test("a report without an outlet is a web page of the archive", () => {
    const reading = zoteroReading(headMeta(page(NO_OUTLET)));
    assert.equal(reading.itemType, "webpage");
    assert.equal(reading.publicationTitle, "أرشيف الحوادث المفتوح");
  });

  test("a curated report: its curated title, author, outlet and publication date", () => {
    const tags = headMeta(page("curated"));
    assert.deepEqual(zoteroReading(tags), { itemType: "newspaperArticle", publicationTitle: "عنب بلدي", title: "قصف على حي الحويقة في دير الزور", date: "2017/11/02", author: "أحمد الخطيب" });
    assert.deepEqual(tags.get("DC.creator"), ["أحمد الخطيب"]);
    assert.deepEqual(tags.get("DC.type"), ["News Item"]);
  });

  test("JSON-LD: a NewsArticle of its outlet, in the archive's collection, with its id, SHA-256, the events' date and a Country", () => {
    const [data] = jsonLdBlocks(page("curated"));
    assert.equal(data?.["@type"], "NewsArticle");
    assert.equal(data?.datePublished, "2017-11-02");
    assert.equal(data?.temporalCoverage, "2017-11-01");
    assert.deepEqual(data?.publisher, { "@type": "NewsMediaOrganization", name: "عنب بلدي" });
    assert.equal(data?.isBasedOn, "https://example.org/2017/11/02/huweiqa");
    const isPartOf = data?.isPartOf as Record<string, unknown>;
    assert.equal(isPartOf.name, "أرشيف الحوادث المفتوح");
    assert.equal(isPartOf.license, "https://creativecommons.org/licenses/by/4.0/");
    assert.deepEqual((isPartOf.publisher as Record<string, unknown>).name, "أرشيف الحوادث المفتوح");
    const ids = (data?.identifier as { propertyID: string; value: string }[]).map((i) => `${i.propertyID}=${i.value}`);
    assert.equal(ids[0], "archive-id=curated");
    assert.match(ids[1] ?? "", /^sha256=[0-9a-f]{64}$/);
    assert.equal(data?.sdDatePublished, "2025-12-01");

    const [undated] = jsonLdBlocks(page(UNDATED));
    assert.equal(undated?.datePublished, undefined, "no publication date, none borrowed from the events");
    assert.equal(undated?.temporalCoverage, undefined);
    const [dated] = jsonLdBlocks(page(DATED));
    assert.equal(dated?.datePublished, "2017-10-31");
    assert.equal(dated?.temporalCoverage, "2017-10-30");

    const about = (jsonLdBlocks(page(NO_OUTLET))[0]?.about ?? []) as { "@type": string; name: string }[];
    assert.deepEqual(about.find((a) => a.name === "روسيا")?.["@type"], "Country");
    assert.ok(about.some((a) => a["@type"] === "Organization"), "the other actors stay organisations");
  });

  test("each format is a file beside the page, the same as the page shows, and imports as it says", () => {
    for (const id of [DATED, UNDATED, NO_OUTLET, "curated"]) {
      for (const extension of ["bib", "ris", "json"]) assert.ok(existsSync(join(site, "reports", id, `cite.${extension}`)), `${id}/cite.${extension}`);
    }
    const ris = read(site, "reports/curated/cite.ris");
    const [record] = parseRis(ris);
    assert.deepEqual(record?.get("AU"), ["أحمد الخطيب"]);
    assert.deepEqual(record?.get("DA"), ["2017/11/02/"]);
    assert.deepEqual(record?.get("Y2"), ["2025/12/01/"]);
    assert.deepEqual(record?.get("UR"), ["https://archive.example/reports/curated/"]);
    assert.match(record?.get("N1")?.[0] ?? "", /الأصل: https:\/\/example\.org\/2017\/11\/02\/huweiqa/);
    const html = page("curated");
    assert.ok(html.includes(ris.trim().replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")), "the page shows the file's RIS");
    const [item] = new Cite(read(site, "reports/curated/cite.bib"), { forceType: "@biblatex/text" }).data;
    assert.deepEqual(item?.issued, { "date-parts": [[2017, 11, 2]] });
    const csl = JSON.parse(read(site, "reports/curated/cite.json")) as { accessed: unknown; issued: unknown }[];
    assert.deepEqual(csl[0]?.accessed, { "date-parts": [[2025, 12, 1]] });
    assert.match(html, /<a href="\/reports\/curated\/cite\.bib" download="curated\.bib">/);
  });

  test("the citations are in Arabic and in English, and name the archive", () => {
    const html = page(UNDATED);
    const arabic = /<p class="citation" id="cite-ar-text">(.*?)<\/p>/s.exec(html)?.[1]?.replace(/<[^>]+>/g, "") ?? "";
    assert.match(arabic, /\(د\.ت\)/);
    assert.match(arabic, /استرجع في 1 ديسمبر، 2025/);
    assert.match(arabic, /أرشيف الحوادث المفتوح \(000-2f332df18204745e\)/);
    const english = /<p class="citation" id="cite-en-text" dir="ltr" lang="en">(.*?)<\/p>/s.exec(html)?.[1]?.replace(/<[^>]+>/g, "") ?? "";
    assert.match(english, /\(n\.d\.\).*Retrieved December 1, 2025/);
    assert.match(html, /<button type="button" class="copy" data-copy="cite-ar-text" hidden>/, "copy buttons wait for the script");
  });
});

test("the English citation isolates its Arabic runs, so the id after the archive's name keeps its order", async () => {
  const { isolateRtlRuns } = await import("../../src/views/bidi.ts");
  assert.equal(
    isolateRtlRuns("محمود الصالح. (n.d.). أرشيف الحوادث المفتوح (004-4a59a27f646e408d). Retrieved"),
    '<bdi dir="rtl">محمود الصالح</bdi>. (n.d.). <bdi dir="rtl">أرشيف الحوادث المفتوح</bdi> (004-4a59a27f646e408d). Retrieved',
  );
});
