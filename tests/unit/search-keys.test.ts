import assert from "node:assert/strict";
import { test } from "node:test";
import { looseKeys, searchKeys } from "../../src/search/search-keys.ts";

test("every spelling of a neighbourhood gives one key", () => {
  const spellings = ["الحويقة", "الحويقه", "حويقة", "والحويقة", "بالحويقة", "«الحويقة»"];
  for (const spelling of spellings) assert.deepEqual(searchKeys(spelling), ["حويقه"], spelling);
});

test("hamza forms and alef maqsura meet", () => {
  assert.deepEqual(searchKeys("إدلب"), searchKeys("ادلب"));
  assert.deepEqual(searchKeys("مستشفى"), searchKeys("مستشفي"));
});

test("keys keep the words' order and repeats, so the index can weigh them", () => {
  assert.deepEqual(searchKeys("قصف الحويقة ثم قصف الحويقة"), ["قصف", "حويقه", "ثم", "قصف", "حويقه"]);
});

test("punctuation and digits: digits are words, punctuation is not", () => {
  assert.deepEqual(searchKeys("مقتل 5 مدنيين، وجرح 3."), ["مقتل", "5", "مدنيين", "جرح", "3"]);
});

test("a name joined, with a hamza dropped or a letter doubled meets the name", () => {
  const meets = (a: string, b: string): boolean => looseKeys(a).some((key) => looseKeys(b).includes(key));
  assert.ok(meets("ديرالزور", "دير الزور"), "joined, as datelines write it");
  assert.ok(meets("بديرالزور", "دير الزور"), "joined, with a clitic");
  assert.ok(meets("دير زور", "دير الزور"), "without the article");
  assert.ok(meets("السويدا", "السويداء"), "the final hamza dropped");
  assert.ok(meets("الحويققة", "الحويقة"), "a letter doubled");
  assert.ok(!meets("الحويقة", "الجورة"));
  assert.ok(!meets("دير الزور", "ريف دير الزور"));
});
