import assert from "node:assert/strict";
import { test } from "node:test";
import { extract, report } from "../helpers/extract.ts";

const victims = (...paragraphs: string[]): (string[] | undefined)[] => extract(report(...paragraphs)).casualties.map((claim) => claim.victims);

test("names in curly quotes right after a noun for the victim", () => {
  assert.deepEqual(victims("قتل الشاب “عمر الخطيب” برصاص قناص في حي الوعر."), [["عمر الخطيب"]]);
});

test("names in curly quotes after «عرف منهم»", () => {
  assert.deepEqual(victims("قتل ثلاثة عناصر من قوات النظام، عرف منهم “علي حسن ديب” و“سامر يوسف”."), [["علي حسن ديب", "سامر يوسف"]]);
});

test("names in quotes as the only word for the victims count them", () => {
  const [claim] = extract(report("وثق ناشطون مقتل “خالد العيسى” و“ياسر الحمود” برصاص قناص.")).casualties;
  assert.deepEqual([claim?.outcome, claim?.count, claim?.victims], ["killed", 2, ["خالد العيسى", "ياسر الحمود"]]);
});

test("names after a marker a few words on are the victims too, and their count", () => {
  const [claim] = extract(report("وقتل في القصف كل من “سعاد العبدالله” و“مازن الأحمد” و“هيثم الكردي”.")).casualties;
  assert.deepEqual([claim?.count, claim?.victims], [3, ["سعاد العبدالله", "مازن الأحمد", "هيثم الكردي"]]);
});

test("a quoted phrase that is not right after the claim names no victim", () => {
  assert.deepEqual(victims("قتل مدني في بلدة “الشحيل” بريف دير الزور."), [undefined]);
});
