import assert from "node:assert/strict";
import { test } from "node:test";
import { searchKeys } from "../../src/search/search-keys.ts";

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
