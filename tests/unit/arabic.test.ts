import assert from "node:assert/strict";
import { test } from "node:test";
import { compareArabic, counted } from "../../src/views/arabic.ts";
import { NOUNS_AR, PLACE_COUNTS_AR, PLACE_TYPE_GENDER_AR } from "../../src/views/labels.ts";

test("a counted noun takes the form its number asks for", () => {
  const claims = [0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103].map((n) => counted(n, NOUNS_AR.claim));
  assert.deepEqual(claims, ["0 ادعاء", "1 ادعاء", "2 ادعاءان", "3 ادعاءات", "10 ادعاءات", "11 ادعاءً", "99 ادعاءً", "100 ادعاء", "101 ادعاء", "102 ادعاء", "103 ادعاءات"]);
  assert.equal(counted(2, NOUNS_AR.report), "2 تقريران");
  assert.equal(counted(13, NOUNS_AR.report), "13 تقريراً");
  assert.equal(counted(8, NOUNS_AR.name), "8 أسماء");
});

test("a place's words agree with the noun of its kind", () => {
  assert.equal(PLACE_COUNTS_AR[PLACE_TYPE_GENDER_AR.region].direct, "تقارير تذكرها مباشرة");
  assert.equal(PLACE_COUNTS_AR[PLACE_TYPE_GENDER_AR.city].withSubPlaces, "مع الأماكن الواقعة فيها");
  assert.equal(PLACE_COUNTS_AR[PLACE_TYPE_GENDER_AR.neighbourhood].direct, "تقارير تذكره مباشرة");
});

test("names sort as an Arabic dictionary sorts them, not by their Latin slugs", () => {
  const names = ["حلب", "البوكمال", "عفرين", "التل", "إدلب", "أعزاز"];
  assert.deepEqual([...names].sort(compareArabic), ["إدلب", "أعزاز", "البوكمال", "التل", "حلب", "عفرين"]);
});
