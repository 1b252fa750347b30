import assert from "node:assert/strict";
import { test } from "node:test";
import { extract, report } from "../helpers/extract.ts";

const ids = (...paragraphs: string[]): string[] => extract(report(...paragraphs)).actors.map((a) => a.id);

test("aliases from the vocabulary, with clitics and spelling variants", () => {
  assert.deepEqual(ids("قصفت قوات الأسد والطائرات الروسية مواقع قسد."), ["syrian-government", "russia", "sdf"]);
  assert.deepEqual(ids("استهدف طيران العدوان الروسي المدينة."), ["russia"]);
  assert.deepEqual(ids("اقتحمت ميليشيا الأسد الحي."), ["syrian-government"]);
  assert.deepEqual(ids("هاجمت المليشيات الموالية للنظام البلدة."), ["pro-government-militias", "syrian-government"]);
});

test("«التنظيم» is the Islamic State only once the report has named it", () => {
  assert.deepEqual(ids("قال التنظيم إنه سيطر على البلدة."), []);
  assert.deepEqual(ids("هاجم تنظيم داعش البلدة.", "وقال التنظيم إنه سيطر عليها."), ["islamic-state"]);
});

test("evidence is every spelling as written, canonical name from the vocabulary", () => {
  const record = extract(report("هاجم تنظيم “الدولة الإسلامية” البلدة، وقال التنظيم إن داعش سيطر عليها."));
  const actor = record.actors.find((a) => a.id === "islamic-state");
  assert.equal(actor?.name, "تنظيم الدولة الإسلامية");
  assert.deepEqual(actor?.evidence, ["تنظيم “الدولة الإسلامية", "التنظيم", "داعش"]);
});

test("a party outside the contract's vocabulary keeps its own id", () => {
  assert.deepEqual(ids("سيطرت هيئة تحرير الشام على البلدة."), ["hayat-tahrir-al-sham"]);
});

test("the longest alias wins: «جيش الثوار» is not the opposition's «الثوار»", () => {
  assert.deepEqual(ids("اشتبك جيش الثوار مع وحدات حماية الشعب."), ["jaysh-al-thuwar", "ypg"]);
});

test("a one-word alias with the article needs it in the text: «للتحالف», not «تحالف جديد»", () => {
  assert.deepEqual(ids("قصفت الطائرات الحربية التابعة للتحالف مواقع التنظيم."), ["international-coalition"]);
  assert.deepEqual(ids("أعلن عن تحالف جديد بين العشائر."), []);
  assert.deepEqual(ids("قال إن نظام الحكم تغير."), []);
  assert.deepEqual(ids("قصفت طائرات مسيرة أمريكية موقعاً لحراس الدين."), ["united-states", "hurras-al-din"]);
});
