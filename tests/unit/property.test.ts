import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { extractReport, extractText } from "../../src/extract/index.ts";
import { ReportError } from "../../src/read/report-error.ts";
import { fold, lookupKeys, normaliseWithOffsets } from "../../src/text/normalise.ts";
import { tokenize } from "../../src/text/tokens.ts";
import { isFailure } from "../../src/types.ts";
import { evidenceNotIn, linesLost } from "../hostile/evidence.ts";
import { knowledge } from "../helpers/knowledge.ts";

/** Bounded so the suite stays fast; a failure prints its seed and shrunk input to replay. */
const RUNS = { numRuns: 200 };

const chars = (text: string): string[] => [...text];
const LETTERS = chars("ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآؤئىةپچگک");
const HARAKAT = chars("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640");
const DIGITS = chars("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹");
const PUNCTUATION = chars("،؛؟.,:!-–—()«»“”\"'‘’/…");
const SPACES = [" ", " ", " ", "\u00a0", "\u202f", "\t"];
const INVISIBLE = chars("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c\ufeff\u00ad");
const NEWLINES = ["\n", "\r\n", "\r", "\n\n", "\u2028"];
const CLITICS = ["", "", "و", "ب", "ل", "ف", "ال", "وال", "بال", "لل", "فال", "ولل"];
const CUES = ["حي", "قرية", "مدينة", "بلدة", "ريف", "منطقة", "في", "على", "من"];
const OUTCOMES = ["قتل", "قُتل", "مقتل", "قتلى", "جرح", "جُرح", "جرحى", "أصيب", "إصابة", "أسر", "اعتقل", "فقدان", "استشهد", "شهداء"];
const QUANTITIES = ["ما لا يقل عن", "أكثر من", "نحو", "حوالي", "عشرات", "العديد من", "عدد غير محدد من", "عشرين", "ثلاثة", "طفلين", "ثمانية عشر"];
const PARTIES = ["مدنيين", "مدنياً", "عنصراً", "عناصر", "أطفال", "امرأة", "مقاتلين"];
const MONTHS = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "يناير", "فبراير", "ديسمبر"];
const WHEN = ["أمس", "اليوم", "ليل أمس", "يوم الأحد", "صباح الجمعة", "الشهر الماضي"];

const places = knowledge.gazetteer.places.flatMap((place) => [place.name, ...place.aliases]);
const actors = knowledge.vocabulary.flatMap((actor) => [actor.name, ...actor.aliases]);

const pick = (items: readonly string[]) => fc.constantFrom(...items);
const word = fc
  .array(fc.tuple(pick(LETTERS), fc.option(pick(HARAKAT), { freq: 4, nil: "" })), { minLength: 1, maxLength: 8 })
  .map((pairs) => pairs.map(([letter, mark]) => letter + mark).join(""));
const number = fc.oneof(fc.nat({ max: 2000 }).map(String), fc.array(pick(DIGITS), { minLength: 1, maxLength: 4 }).map((d) => d.join("")));
const gluedName = fc.tuple(pick(CLITICS), pick(places)).map(([clitic, name]) => clitic + name);
const gluedActor = fc.tuple(pick(CLITICS), pick(actors)).map(([clitic, name]) => clitic + name);

const date = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 35 }), pick(MONTHS), fc.integer({ min: 1990, max: 2030 })).map(([d, m, y]) => `في ${d} ${m} ${y}`),
  fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1990, max: 2030 })).map(([d, m, y]) => `${d}/${m}/${y}`),
  pick(WHEN),
);
/** A statement of harm in one of the shapes reports use, with its parts shuffled in. */
const clause = fc
  .tuple(pick(OUTCOMES), fc.oneof(pick(QUANTITIES), number), pick(PARTIES), pick(CUES), gluedName, gluedActor, date)
  .chain((parts) => fc.shuffledSubarray(parts, { minLength: 2 }))
  .map((parts) => parts.join(" "));

/** Pieces of text that look like conflict reporting, and pieces that try to break it. */
const piece = fc.oneof(
  { arbitrary: word, weight: 6 },
  { arbitrary: clause, weight: 3 },
  { arbitrary: date, weight: 1 },
  { arbitrary: pick(SPACES), weight: 6 },
  { arbitrary: gluedName, weight: 3 },
  { arbitrary: gluedActor, weight: 2 },
  { arbitrary: pick(CUES), weight: 2 },
  { arbitrary: pick(OUTCOMES), weight: 3 },
  { arbitrary: pick(QUANTITIES), weight: 2 },
  { arbitrary: pick(PARTIES), weight: 2 },
  { arbitrary: number, weight: 2 },
  { arbitrary: pick(PUNCTUATION), weight: 2 },
  { arbitrary: pick(NEWLINES), weight: 2 },
  { arbitrary: pick(INVISIBLE), weight: 1 },
  { arbitrary: fc.constantFrom("😢", "🇸🇾", "👨‍👩‍👧", "\ud800", "\udfff", "\ufffd", "ﻻ", "ﷲ"), weight: 1 },
);
const arabicLike = fc.array(piece, { maxLength: 120 }).map((pieces) => pieces.join(""));
/** Reports of several paragraphs, each a run of pieces. */
const report = fc.array(arabicLike, { minLength: 1, maxLength: 6 }).map((paragraphs) => paragraphs.join("\n\n"));

describe("the normaliser on random Arabic-like text", () => {
  it("keeps offsets monotonic, within bounds, and pointing at the characters they came from", () => {
    fc.assert(
      fc.property(arabicLike, (input) => {
        const { text, offsets } = normaliseWithOffsets(input);
        assert.equal(offsets.length, text.length + 1);
        assert.equal(offsets[text.length], input.length);
        for (let i = 0; i < text.length; i++) {
          const offset = offsets[i] ?? -1;
          assert.ok(offset >= 0 && offset < input.length, `offset ${offset} in bounds`);
          if (i > 0) assert.ok(offset >= (offsets[i - 1] ?? 0), "offsets never go back");
        }
      }),
      RUNS,
    );
  });

  it("folds the same with and without offsets, and folding twice changes nothing", () => {
    fc.assert(
      fc.property(arabicLike, (input) => {
        const folded = fold(input);
        assert.equal(normaliseWithOffsets(input).text, folded);
        assert.equal(fold(folded), folded);
      }),
      RUNS,
    );
  });

  it("gives every word at least its bare self as a lookup key", () => {
    fc.assert(
      fc.property(word, (input) => {
        const keys = lookupKeys(fold(input));
        assert.ok(keys.length >= 1);
        for (const key of keys) assert.ok(key.length > 0 && fold(input).endsWith(key), `${key} is a suffix of the word`);
      }),
      RUNS,
    );
  });
});

describe("the tokenizer on random Arabic-like text", () => {
  it("gives tokens in order, within the text, each starting at a letter or digit of the original", () => {
    fc.assert(
      fc.property(arabicLike, fc.nat({ max: 1000 }), (input, base) => {
        let previousEnd = base;
        for (const token of tokenize(input, base)) {
          assert.ok(token.start >= previousEnd && token.end > token.start && token.end <= base + input.length);
          assert.match(input.slice(token.start - base, token.end - base), /^[\p{L}\p{N}]/u);
          assert.ok(token.keys.length > 0);
          previousEnd = token.end;
        }
      }),
      RUNS,
    );
  });
});

describe("extraction on random Arabic-like reports", () => {
  it("extractText never throws anything but a ReportError, and all its evidence is in the text", () => {
    fc.assert(
      fc.property(report, (text) => {
        try {
          const record = extractText("random.txt", text, knowledge);
          assert.deepEqual(evidenceNotIn(record, text), []);
          for (const claim of record.casualties) assert.ok(claim.count === null || (Number.isInteger(claim.count) && claim.count >= 0));
        } catch (error) {
          if (!(error instanceof ReportError)) throw error;
          assert.ok(error.message.startsWith("random.txt"), error.message);
        }
      }),
      RUNS,
    );
  });

  it("extractReport never throws, and every evidence string is a substring of the decoded file", () => {
    fc.assert(
      fc.property(report, fc.boolean(), (text, withFrontMatter) => {
        const source = withFrontMatter ? `---\ntitle: عنوان\npublished: 2017-01-25\n---\n${text}` : text;
        const { output, text: decoded } = extractReport({ file: "random.txt", bytes: new TextEncoder().encode(source) }, knowledge);
        assert.equal(output.file, "random.txt");
        if (isFailure(output)) {
          assert.ok(output.error.message.startsWith("random.txt"));
          return;
        }
        assert.ok(decoded !== null);
        assert.deepEqual(evidenceNotIn(output, decoded), []);
      }),
      RUNS,
    );
  });

  const noLineLost = (header: string) => (text: string) => {
    const { output } = extractReport({ file: "random.txt", bytes: new TextEncoder().encode(header + text) }, knowledge);
    if (isFailure(output)) return;
    assert.deepEqual(linesLost(output, header + text, header.length), []);
  };

  it("extractReport loses no line of the report: each is in the title, the body or the removed lines", () => {
    fc.assert(fc.property(report, noLineLost("")), RUNS);
  });

  it("extractReport loses no line when front matter gives the title", () => {
    fc.assert(fc.property(report, noLineLost("---\ntitle: عنوان\n---\n")), RUNS);
  });

  it("extractReport never throws on random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const { output } = extractReport({ file: "bytes.bin", bytes }, knowledge);
        assert.equal(output.file, "bytes.bin");
      }),
      RUNS,
    );
  });
});
