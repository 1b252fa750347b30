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
  assert.deepEqual(ids("هاجم تنظيم حراس الدين نقطة عسكرية."), ["hurras-al-din"]);
});

test("the contract's newer ids: hts, turkey, syrian-national-army, jaysh-al-islam, hezbollah, israel", () => {
  assert.deepEqual(ids("سيطرت جبهة فتح الشام على معبر باب الهوى."), ["hts"]);
  // «الهيئة» is HTS only once the report has named it
  assert.deepEqual(ids("وقالت الهيئة إن مقاتليها صدوا الهجوم."), []);
  const named = extract(report("اشتبك عناصر هيئة تحرير الشام مع دورية.", "وقالت الهيئة إن مقاتليها صدوا الهجوم."));
  assert.deepEqual(named.actors.find((a) => a.id === "hts")?.evidence, ["هيئة تحرير الشام", "الهيئة"]);
  assert.deepEqual(ids("استهدفت المدفعية التركية قرى في ريف تل رفعت."), ["turkey"]);
  assert.deepEqual(ids("دخلت فصائل الجيش الوطني بلدة رأس العين."), ["syrian-national-army"]);
  assert.deepEqual(ids("اشتبك الجيش الوطني السوري مع الوحدات الكردية."), ["syrian-national-army", "ypg"]);
  assert.deepEqual(ids("قصف جيش الإسلام أحياء في دمشق."), ["jaysh-al-islam"]);
  assert.deepEqual(ids("سيطرت ميليشيا حزب الله اللبناني على تلة."), ["hezbollah"]);
  assert.deepEqual(ids("شن الطيران الحربي الإسرائيلي غارات على مطار التيفور."), ["israel"]);
});

test("Iranian and Iran-backed forces are the pro-government militias", () => {
  assert.deepEqual(ids("وصلت تعزيزات للحرس الثوري الإيراني إلى المدينة."), ["pro-government-militias"]);
  assert.deepEqual(ids("انتشر عناصر لواء فاطميون في البادية."), ["pro-government-militias"]);
});

test("the army in a pro-government outlet's words is the Syrian government; another state's army is not", () => {
  assert.deepEqual(ids("دمرت وحدة من الجيش آليات للإرهابيين."), ["syrian-government", "unnamed-armed-groups"]);
  assert.deepEqual(ids("استعادت وحدات الجيش العربي السوري السيطرة على التلال."), ["syrian-government"]);
  assert.deepEqual(ids("أغلق الجيش اللبناني المعبر."), ["lebanese-army"]);
});

test("an allegiance word names a side only after a noun for fighters", () => {
  assert.deepEqual(ids("قتل 5 مسلحين معارضين في الاشتباكات."), ["opposition"]);
  assert.deepEqual(ids("أصيب عنصران موالون للنظام."), ["pro-government-militias"]);
  assert.deepEqual(ids("قتل 3 مقاتلين موالين لتركيا."), ["syrian-national-army"]);
  assert.deepEqual(ids("اعتقل ناشط معارض في حلب."), []);
});

test("someone unidentified is read but named no actor", () => {
  const record = extract(report("اختطف مسلحون مجهولون الطبيب في بلدة صوران."));
  assert.deepEqual(record.actors, []);
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
