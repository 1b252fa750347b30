import assert from "node:assert/strict";
import { test } from "node:test";
import { cardinalAt, ordinalDayAt } from "../../src/text/numbers.ts";
import { tokenize } from "../../src/text/tokens.ts";

const cardinal = (text: string): number | undefined => cardinalAt(tokenize(text), 0)?.value;
const ordinal = (text: string): number | undefined => ordinalDayAt(tokenize(text), 0)?.value;

test("cardinals in digits of either script", () => {
  assert.equal(cardinal("18 عنصراً"), 18);
  assert.equal(cardinal("١٤ مدنياً"), 14);
});

test("cardinals in words, masculine and feminine, with compounds", () => {
  assert.equal(cardinal("ثمانية مدنيين"), 8);
  assert.equal(cardinal("ثلاث سيارات"), 3);
  assert.equal(cardinal("عشرين عنصراً"), 20);
  assert.equal(cardinal("ثلاثة وثلاثين شخصاً"), 33);
  assert.equal(cardinal("أحد عشر طفلاً"), 11);
  assert.equal(cardinal("اثني عشر مدنياً"), 12);
  assert.equal(cardinal("خمسة عشر"), 15);
  assert.equal(cardinal("مئة وخمسين"), 150);
  assert.equal(cardinal("مائتين"), 200);
  assert.equal(cardinal("ثلاثة آلاف"), 3000);
  assert.equal(cardinal("عشرة عناصر"), 10);
});

test("a word that is not a number is not one", () => {
  assert.equal(cardinal("عناصر"), undefined);
  assert.equal(cardinal("العديد"), undefined);
});

test("ordinal days of the month", () => {
  assert.equal(ordinal("الثالث والعشرين من الشهر"), 23);
  assert.equal(ordinal("العاشر من أيلول"), 10);
  assert.equal(ordinal("الحادي عشر"), 11);
  assert.equal(ordinal("الأول من"), 1);
});

test("digit groups joined by a separator are one number, a date is not", () => {
  assert.equal(cardinal("1,200 مدني"), 1200);
  assert.equal(cardinal("١٬٢٠٠ مدني"), 1200);
  assert.equal(cardinal("15/3/2011"), 15);
});

test("numbers 11 to 19 in both genders and cases, hundreds and thousands with tens and units, case endings", () => {
  assert.equal(cardinal("سبعة عشر عنصراً"), 17);
  assert.equal(cardinal("ست عشرة سيدة"), 16);
  assert.equal(cardinal("إحدى عشرة طالبة"), 11);
  assert.equal(cardinal("اثنتا عشرة امرأة"), 12);
  assert.equal(cardinal("ثماني عشرة فتاة"), 18);
  assert.equal(cardinal("مئتان وخمسة وسبعون"), 275);
  assert.equal(cardinal("أربعمئة شخص"), 400);
  assert.equal(cardinal("ألف وثلاثمئة"), 1300);
  assert.equal(cardinal("مائة وعشرون"), 120);
  assert.equal(cardinal("ألفين ومئتي"), 2200);
  assert.equal(cardinal("ثلاث مئة وستة"), 306);
  assert.equal(cardinal("خمسةً"), 5);
  assert.equal(cardinal("سبعةُ"), 7);
});

test("«الأحد» is a day, not one", () => {
  assert.equal(cardinal("الأحد"), undefined);
  assert.equal(cardinal("والأحد"), undefined);
  assert.equal(cardinal("أحد المدنيين"), 1);
});
