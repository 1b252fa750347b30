import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { extractReport, extractText } from "../../src/extract/index.ts";
import { isFailure, type ExtractionOutput, type ReportRecord } from "../../src/types.ts";
import { utf8 } from "./encode.ts";
import { evidenceNotIn } from "./evidence.ts";
import { knowledge } from "../helpers/knowledge.ts";

const root = new URL("../../", import.meta.url);
const seedFile = "content/reports/000_2f332df18204745e.txt";
const seed = readFileSync(new URL(seedFile, root), "utf8");

function published(file: string, text: string): ReportRecord {
  const { output, text: decoded } = extractReport({ file, bytes: utf8(text) }, knowledge);
  assert.ok(!isFailure(output), `${file} must be published: ${JSON.stringify(output)}`);
  assert.deepEqual(evidenceNotIn(output, decoded ?? ""), [], "every evidence string is in the text");
  return output;
}

/** What a reader learns from a record: enough to see a lost place, party or claim. */
function reading(record: ReportRecord): unknown {
  return {
    title: record.title,
    source: record.source,
    date: record.date.value,
    places: record.locations.map((l) => l.name).sort(),
    actors: record.actors.map((a) => a.id).sort(),
    casualties: record.casualties.map((c) => [c.party, c.outcome, c.count, c.qualifier, c.perpetrator]),
    paragraphs: record.body.length,
  };
}

const seedRecord = published(seedFile, seed);
const expected = reading(seedRecord);
const lines = seed.split("\n");

describe("line endings and invisible characters do not change what is extracted", () => {
  const variants: Record<string, string> = {
    "CRLF line endings": seed.replace(/\n/g, "\r\n"),
    "LF and CRLF mixed line by line": lines.map((line, i) => line + (i % 2 ? "\r\n" : "\n")).join(""),
    "NBSP for every space": seed.replace(/ /g, "\u00a0"),
    "narrow NBSP and thin spaces": seed.replace(/ /g, (_, i: number) => (i % 2 ? "\u202f" : "\u2009")),
    "ZWNJ between letters": seed.replace(/(\p{L})(\p{L})/gu, "$1\u200c$2"),
    "ZWJ between letters": seed.replace(/(\p{L})(\p{L})/gu, "$1\u200d$2"),
    "tatweel and soft hyphens inside words": seed.replace(/(\p{L})(\p{L})/gu, "$1\u0640$2").replace(/ال/g, "ا\u00adل"),
    "emoji between sentences": seed.replace(/\./g, " 😢🇸🇾."),
    "a byte-order mark inside the text": seed.replace(/\n\n/, "\n\ufeff\n"),
    "old Mac CR-only line endings": seed.replace(/\n/g, "\r"),
    "LF, CRLF, CR and U+2028 mixed": lines.map((line, i) => line + ["\n", "\r\n", "\r", "\u2028"][i % 4]).join(""),
    "RLM after each word, as text copied from web pages often has": seed.replace(/(\p{L}+)/gu, "$1\u200f"),
    "each word wrapped in a right-to-left embedding": seed.replace(/(\p{L}+)/gu, "\u202b$1\u202c"),
    "each word wrapped in a right-to-left override": seed.replace(/(\p{L}+)/gu, "\u202e$1\u202c"),
    "each word in a bidi isolate": seed.replace(/(\p{L}+)/gu, "\u2067$1\u2069"),
  };
  for (const [name, text] of Object.entries(variants)) {
    it(name, () => assert.deepEqual(reading(published(`variant.txt`, text)), expected));
  }

});

describe("a byte-order mark after the front matter", () => {
  it("cuts nothing off the body", () => {
    const text = "---\ntitle: عنوان\n---\n\ufeffقُتل ثلاثة مدنيين في حي الحويقة\n\nسوريا";
    const record = published("bom-after-front-matter.md", text);
    assert.deepEqual(record.body, ["قُتل ثلاثة مدنيين في حي الحويقة", "سوريا"]);
  });
});

describe("strange Unicode never crashes extraction", () => {
  it("takes lone surrogates in a decoded string without throwing", () => {
    const text = `\ud800 قُتل ثلاثة مدنيين في حي الحويقة \udfff\n\udbff\udbff نص`;
    const record = extractText("surrogates.txt", text, knowledge);
    assert.deepEqual(evidenceNotIn(record, text), []);
  });

  it("takes presentation forms, combining marks on Latin letters and astral digits", () => {
    published("forms.txt", "ﻗﺘﻞ ﺛﻼﺛﺔ ﻣﺪﻧﻴﻴﻦ ﻓﻲ ﺣﻲ ﺍﻟﺤﻮﻳﻘﺔ. e\u0301\u0301\u0301 𝟙𝟚 ١٢ ۱۲ ﻻ");
  });

  it("takes a report of emoji only", () => {
    const { output } = extractReport({ file: "emoji.txt", bytes: utf8("😢🇸🇾👨‍👩‍👧\n") }, knowledge);
    assert.equal(output.file, "emoji.txt");
  });
});

describe("empty reports are failures that name the file", () => {
  const empty: Record<string, string> = {
    "empty.txt": "",
    "spaces.txt": "   \t  ",
    "blank-lines.txt": "\n\r\n\n",
    "nbsp.txt": "\u00a0\u00a0\n\u00a0",
    "front-matter-only.md": "---\ntitle: عنوان\n---\n",
    "front-matter-then-blank.md": "---\ntitle: عنوان\n---\n\n  \n",
  };
  for (const [file, text] of Object.entries(empty)) {
    it(file, () => {
      const { output } = extractReport({ file, bytes: utf8(text) }, knowledge);
      assert.ok(isFailure(output));
      assert.equal(output.error.code, "empty");
      assert.ok(output.error.message.startsWith(`${file} error `), output.error.message);
    });
  }

  it("zero-width and bidi characters only", () => {
    const { output } = extractReport({ file: "invisible.txt", bytes: utf8("\u200b\u200f\u202e\n\u2066\u2069\n") }, knowledge);
    assert.ok(isFailure(output) && output.error.code === "empty");
  });
});

describe("npm run extract with bad files among good ones", () => {
  it("prints one line per file, in order, and exits 1", () => {
    const files = [
      "content/reports/000_2f332df18204745e.txt",
      "tests/fixtures/hostile/reports/front-matter-js.md",
      "content/reports/001_f71020e530c0bd5f.txt",
      "tests/fixtures/hostile/reports/missing-file.txt",
      "tests/fixtures/hostile/reports/not-text-nul.txt",
    ];
    const run = spawnSync("npm", ["run", "--silent", "extract", "--", ...files], { cwd: root, encoding: "utf8" });
    assert.equal(run.status, 1, run.stderr);
    const outputs = run.stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as ExtractionOutput);
    assert.deepEqual(outputs.map((o) => o.file), files);
    assert.deepEqual(outputs.map((o) => (isFailure(o) ? o.error.code : "published")), [
      "published",
      "front-matter-refused",
      "published",
      "not-found",
      "not-text",
    ]);
    for (const output of outputs.filter(isFailure)) {
      assert.ok(output.error.message.startsWith(output.file), output.error.message);
      assert.ok(run.stderr.includes(output.error.message) && output.error.message.startsWith(output.file), `stderr names ${output.file}`);
    }
  });
});
