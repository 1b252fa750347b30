import assert from "node:assert/strict";
import { test } from "node:test";
import { fold, lookupKeys, normaliseWithOffsets } from "../../src/text/normalise.ts";
import { tokenize } from "../../src/text/tokens.ts";

test("fold unifies hamza forms, taa marbuta, alef maqsura, harakat and tatweel", () => {
  assert.equal(fold("الحويقة"), fold("الحويقه"));
  assert.equal(fold("إدلب"), "ادلب");
  assert.equal(fold("آذار"), "اذار");
  assert.equal(fold("مستشفى"), "مستشفي");
  assert.equal(fold("مُحَمَّد"), "محمد");
  assert.equal(fold("الـ"), "ال");
  assert.equal(fold("مسؤول"), "مسوول");
  assert.equal(fold("رئيس"), "رييس");
});

test("fold turns Arabic-Indic and Persian digits into ASCII and drops invisible marks and quotes", () => {
  assert.equal(fold("١٨ و۲۵"), "18 و25");
  assert.equal(fold("دير\u200fالزور\u200b"), "ديرالزور");
  assert.equal(fold("«الحويقة» “الصناعة” \"الجورة\""), "الحويقه الصناعه الجوره");
  assert.equal(fold("حي\u00a0الجورة"), "حي الجوره");
  assert.equal(fold("ﻻ"), "لا");
});

test("every folded character maps back into the original text", () => {
  const original = "قُتِلَ «١٨» مدنياً\u200f في الحويقة";
  const { text, offsets } = normaliseWithOffsets(original);
  assert.equal(offsets.length, text.length + 1);
  for (let i = 1; i < offsets.length; i++) assert.ok(offsets[i]! >= offsets[i - 1]!);
  const at = text.indexOf("الحويقه");
  assert.equal(original.slice(offsets[at], offsets[at + "الحويقه".length - 1]! + 1), "الحويقة");
});

test("clitics come off: «والحويقة», «بالحويقة», «للحويقة» and «حويقة» share a key", () => {
  for (const word of ["والحويقة", "بالحويقة", "للحويقة", "حويقة", "الحويقه", "فالحويقة", "وبالحويقة"]) {
    assert.ok(lookupKeys(fold(word)).includes("حويقه"), word);
  }
  assert.ok(lookupKeys(fold("وحويجة")).includes("حويجه"));
});

test("stripping never leaves a stem shorter than two letters", () => {
  assert.deepEqual(lookupKeys("بر"), ["بر"]);
});

test("tokens keep exact offsets into the original, digits apart from letters", () => {
  const text = "مقتل الـ10 عناصر في «الحويقة»";
  const tokens = tokenize(text);
  for (const token of tokens) assert.equal(fold(text.slice(token.start, token.end)), token.folded);
  assert.deepEqual(tokens.map((t) => t.folded).slice(1, 3), ["ال", "10"]);
  assert.equal(text.slice(tokens.at(-1)!.start, tokens.at(-1)!.end), "الحويقة");
});

test("a teh marbuta ends its word: run-together words are split after it, offsets kept", () => {
  const text = "أصيبت طفلةوقتل والدها، وجرح أربعةعناصر، وسيارةً محترقة";
  const tokens = tokenize(text);
  assert.deepEqual(
    tokens.map((t) => text.slice(t.start, t.end)),
    ["أصيبت", "طفلة", "وقتل", "والدها", "وجرح", "أربعة", "عناصر", "وسيارة", "محترقة"],
  );
  // a teh marbuta with its tanween still ends the word only where a letter follows
  assert.equal(tokenize("مدينةٌ").length, 1);
  // a character that folds to two letters after it starts one word
  const ligature = tokenize("الجمعةﻻ");
  assert.deepEqual(ligature.map((t) => t.folded), ["الجمعه", "لا"]);
  assert.ok(ligature[1]!.start >= ligature[0]!.end);
});
