import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { citationFormats, cslItem, plainCitations, type CitationInput } from "../../src/cite/citations.ts";
import { plainCitationsAside } from "../../src/cite/citations-aside.ts";
import { parseRis } from "../helpers/ris.ts";

const inputs: CitationInput[] = Array.from({ length: 600 }, (_, i) => ({
  id: `r-${i}`,
  url: `http://localhost:8080/reports/r-${i}/`,
  title: `قصف على حي الحويقة ${i}`,
  derivedTitle: "",
  outlet: i % 2 ? "صوت وصورة" : null,
  author: i % 3 ? null : "محمود الصالح",
  published: i % 5 ? `2017-10-${String((i % 28) + 1).padStart(2, "0")}` : null,
  eventsDate: null,
  archived: "2026-12-01",
  originalUrl: null,
  sha256: "0".repeat(64),
}));

test("plain citations formatted on a worker thread are the ones formatted here", async () => {
  const aside = await plainCitationsAside(inputs);
  const here = plainCitations(inputs);
  assert.equal(aside.size, inputs.length);
  assert.deepEqual([...aside], [...here]);
  assert.match(here.get("r-1")?.ar ?? "", /صوت وصورة/);
});

test("a report's citation stands alone: no other report changes it, and none gets a year suffix", () => {
  const together = plainCitations(inputs);
  for (const input of inputs.slice(0, 40)) assert.deepEqual(plainCitations([input]).get(input.id), together.get(input.id), input.id);
  const suffixed = [...together.values()].flatMap((c) => [c.ar, c.en]).filter((text) => /\((?:n\.d\.-[a-z]|د\.ت-[a-z]|\d{4}[a-z])\b/.test(text));
  assert.deepEqual(suffixed, []);
  // Same author, same day: a reference list would say 2017a and 2017b; a standalone citation must not.
  assert.match(together.get("r-0")?.en ?? "", /^محمود الصالح\. \(n\.d\.\)/);
});

/** A report as an archive holds it: a long headline (RIS used to wrap it at 70), an id longer than 20, a hyphenated key. */
const dated: CitationInput = {
  id: "001-f71020e530c0bd5f",
  url: "https://archive.example/reports/001-f71020e530c0bd5f/",
  title: "قصف يطال مدينة دير الزور مع اشتباكات متواصلة ضمن سعي النظام إنهاء وجود التنظيم فيها وفي ريفها الشرقي",
  derivedTitle: "شهدت مناطق في الأحياء",
  outlet: "المرصد السوري لحقوق الإنسان",
  author: "محمود الصالح",
  published: "2017-10-31",
  eventsDate: "2017-10-30",
  archived: "2026-12-01",
  originalUrl: "https://www.syriahr.com/?p=1",
  sha256: "a".repeat(64),
};

/** No headline, no outlet, no publication date: only the events' date, which a citation must not borrow. */
const undated: CitationInput = { ...dated, id: "003-10defcbb0af46bf3", url: "https://archive.example/reports/003-10defcbb0af46bf3/", title: null, derivedTitle: "روسيا والنظام يواصلان قصف مدينة دير الزور…", outlet: null, author: null, published: null, originalUrl: null };

describe("RIS, parsed back", () => {
  test("keeps the author, the whole title on one line, the whole id, the full date and the access date", () => {
    const [record] = parseRis(citationFormats(dated).ris);
    assert.ok(record);
    assert.deepEqual(record.get("TY"), ["NEWS"], "a newspaper article (Zotero: newspaperArticle)");
    assert.deepEqual(record.get("AU"), [dated.author]);
    assert.deepEqual(record.get("TI"), [dated.title]);
    assert.deepEqual(record.get("T2"), [dated.outlet]);
    assert.deepEqual(record.get("ID"), [dated.id]);
    assert.deepEqual(record.get("AN"), [dated.id]);
    assert.deepEqual(record.get("DA"), ["2017/10/31/"]);
    assert.deepEqual(record.get("PY"), ["2017"]);
    assert.deepEqual(record.get("Y2"), ["2026/12/01/"]);
    assert.deepEqual(record.get("DB"), ["أرشيف الحوادث المفتوح"], "the archive holding the copy is named");
    assert.deepEqual(record.get("UR"), [dated.url]);
    assert.match(record.get("N1")?.[0] ?? "", /تاريخ الأحداث: 2017-10-30/);
  });

  test("citation-js reads the same title, outlet, address and access date", () => {
    const [item] = new Cite(citationFormats(dated).ris).data;
    assert.equal(item?.title, dated.title);
    assert.equal(item?.["container-title"], dated.outlet);
    assert.equal(item?.URL, dated.url);
    assert.deepEqual(item?.accessed, { "date-parts": [[2026, 12, 1]] });
  });

  test("an undated report is a web page with no date of its own, still with its access date and a bracketed title", () => {
    const [record] = parseRis(citationFormats(undated).ris);
    assert.ok(record);
    assert.deepEqual(record.get("TY"), ["ELEC"]);
    assert.equal(record.get("DA"), undefined);
    assert.equal(record.get("PY"), undefined);
    assert.equal(record.get("AU"), undefined);
    assert.deepEqual(record.get("Y2"), ["2026/12/01/"]);
    assert.deepEqual(record.get("TI"), [`[${undated.derivedTitle}]`]);
    assert.match(record.get("N1")?.[0] ?? "", /تاريخ الأحداث: 2017-10-30.*ما بين المعقوفين/);
  });
});

describe("BibTeX, parsed back with citation-js", () => {
  test("keeps the key with its hyphens, the author whole, the title, the full date, a real month and the access date", () => {
    const { bibtex } = citationFormats(dated);
    assert.match(bibtex, /^@online\{001-f71020e530c0bd5f,$/m);
    assert.match(bibtex, /^ {2}month = oct,$/m, "a month macro, not {oct 31}");
    assert.doesNotMatch(bibtex, /journal\s*=/);
    const [item] = new Cite(bibtex, { forceType: "@biblatex/text" }).data;
    assert.equal(item?.id, dated.id);
    assert.equal(item?.type, "webpage", "Zotero files @online as a web page, not a journal article");
    assert.deepEqual(item?.author, [{ family: dated.author }], "one name, not cut into given and family");
    assert.equal(item?.title, dated.title);
    assert.equal(item?.publisher, dated.outlet);
    assert.deepEqual(item?.issued, { "date-parts": [[2017, 10, 31]] });
    assert.deepEqual(item?.accessed, { "date-parts": [[2026, 12, 1]] });
    assert.equal(item?.URL, dated.url);
  });

  test("an undated report has no date, year or month, and keeps its access date", () => {
    const { bibtex } = citationFormats(undated);
    assert.doesNotMatch(bibtex, /^\s*(date|year|month) =/m);
    const [item] = new Cite(bibtex, { forceType: "@biblatex/text" }).data;
    assert.equal(item?.issued, undefined);
    assert.deepEqual(item?.accessed, { "date-parts": [[2026, 12, 1]] });
    assert.equal(item?.title, `[${undated.derivedTitle}]`);
  });

  test("LaTeX's special characters in a title come back as written", () => {
    const title = "قصف {في} حي 50% & _ # $ ~ ^ \\ الحويقة";
    const [item] = new Cite(citationFormats({ ...dated, title }).bibtex, { forceType: "@biblatex/text" }).data;
    assert.equal(item?.title, title);
  });
});

describe("CSL-JSON", () => {
  test("the publication date is the citation's date; the events' date is only in the note", () => {
    const item = cslItem({ ...dated, published: null });
    assert.equal(item.issued, undefined, "no publication date, no date: the events' date is not borrowed");
    assert.match(item.note, /2017-10-30/);
    assert.deepEqual(cslItem(dated).issued, { "date-parts": [[2017, 10, 31]] });
    assert.deepEqual(item.accessed, { "date-parts": [[2026, 12, 1]] });
    assert.equal(item.archive, "أرشيف الحوادث المفتوح");
    assert.equal(item.archive_location, dated.id);
  });

  test("rendered in Arabic with the Arabic CSL locale, and in English with the English one", () => {
    const plain = plainCitations([dated, undated]);
    const arDated = plain.get(dated.id)?.ar ?? "";
    const arUndated = plain.get(undated.id)?.ar ?? "";
    assert.match(arDated, /^محمود الصالح\. \(2017, أكتوبر 31\)\. /, "the Arabic month name (the comma is APA's own)");
    assert.match(arDated, /المرصد السوري لحقوق الإنسان\. أرشيف الحوادث المفتوح \(001-f71020e530c0bd5f\)/, "the outlet, then the archive holding the copy");
    assert.match(arUndated, /\(د\.ت\)/, "the locale's «no date»");
    assert.match(arUndated, /استرجع في 1 ديسمبر، 2026/, "the access date, in the locale's words");
    assert.match(arUndated, /^\[روسيا والنظام يواصلان قصف مدينة دير الزور…\]\./, "a derived title in brackets");
    assert.doesNotMatch(`${arDated} ${arUndated}`, /n\.d\.|Retrieved|October|December/);
    const en = plain.get(undated.id)?.en ?? "";
    assert.match(plain.get(dated.id)?.en ?? "", /\(2017, October 31\)/);
    assert.match(en, /\(n\.d\.\).*Retrieved December 1, 2026, from https:\/\/archive\.example\/reports\/003-10defcbb0af46bf3\//);
    assert.match(en, /أرشيف الحوادث المفتوح \(003-10defcbb0af46bf3\)/);
  });
});
