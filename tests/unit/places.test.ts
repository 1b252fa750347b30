import assert from "node:assert/strict";
import { test } from "node:test";
import type { Message } from "../../src/message.ts";
import { extract, report } from "../helpers/extract.ts";

const names = (text: string): string[] => extract(report(text)).locations.map((l) => l.name);

test("a neighbourhood is found under every spelling and clitic", () => {
  for (const spelling of ["الحويقة", "الحويقه", "والحويقة", "بالحويقة", "للحويقة", "«الحويقة»", "لـ\"الحويقة\""]) {
    assert.ok(names(`اشتباكات عنيفة في ${spelling} منذ الصباح.`).includes("الحويقة"), spelling);
  }
});

test("evidence keeps each spelling exactly as written", () => {
  const [place] = extract(report("قصف على والحويقة ثم على الحويقه.")).locations;
  assert.deepEqual(place?.evidence, ["والحويقة", "الحويقه"]);
  assert.equal(place?.type, "neighbourhood");
  assert.equal(place?.parent, "دير الزور");
});

test("a name that is also an ordinary word needs a place cue or a list", () => {
  assert.ok(!names("تراجع قطاع الصناعة في البلاد.").includes("الصناعة"));
  assert.ok(names("سيطر التنظيم على أجزاء من حي الصناعة.").includes("الصناعة"));
  assert.ok(names("استهدفت الغارات أحياء الحويقة والصناعة.").includes("الصناعة"));
});

test("a place named with a cue but missing from the gazetteer is extracted as other and reported", () => {
  const notices: Message[] = [];
  const record = extract(report("قصفت الطائرات قرية أم الخرز القريبة من المدينة."), "r.txt", notices);
  const place = record.locations.find((l) => l.type === "other");
  assert.equal(place?.name, "أم الخرز");
  assert.equal(place?.lat, null);
  assert.match(place?.slug ?? "", /^[a-z0-9]+(-[a-z0-9]+)*$/);
  assert.ok(notices.some((n) => n.ruleId === "place-unknown" && n.reason.includes("أم الخرز") && n.start?.line === 3));
});

test("a dual cue introduces a list of places", () => {
  const record = extract(report("سيطر التنظيم على قريتي أم الخرز وتل الطيور في الريف."));
  assert.deepEqual(
    record.locations.filter((l) => l.type === "other").map((l) => l.name),
    ["أم الخرز", "تل الطيور"],
  );
});

test("general words after a cue are not places", () => {
  const record = extract(report("تقدمت القوات في عدة أحياء بدعم جوي، وسيطرت على المدينة، ثم دخلت حي سكني آخر."));
  assert.deepEqual(record.locations.filter((l) => l.type === "other"), []);
});

test("the dateline is not an event place", () => {
  const record = extract(["البوكمال – صوت وصورة", "", "قصفت طائرات النظام مدينة الميادين."].join("\n"));
  assert.deepEqual(record.locations.map((l) => l.name), ["الميادين"]);
  assert.equal(record.source.dateline, "البوكمال");
});

test("a place inside an actor's name is not a place: «جيش سوريا الجديد»", () => {
  assert.ok(!names("استهدف التنظيم جيش سوريا الجديد في البادية.").includes("سوريا"));
});

test("coordinates come only from the gazetteer", () => {
  for (const place of extract(report("قصف على الحويقة ومدينة الميادين.")).locations) {
    assert.equal(place.lat === null, place.lon === null);
  }
});

test("an unknown name ends before a phrase that begins the rest of the sentence", () => {
  const record = extract(report("اعتقلت الدورية ثلاثة شبان من أبناء حي التمو بتهمة التواصل مع قسد."));
  assert.deepEqual(record.locations.filter((l) => l.type === "other").map((l) => l.name), ["التمو"]);
});

test("a cue followed by a preposition names no place: «مخيم للنازحين»", () => {
  assert.deepEqual(extract(report("نزح الأهالي إلى مخيم للنازحين قرب الحدود.")).locations, []);
});

test("a place the gazetteer lacks lies in the known place the text puts it in", () => {
  const parentOf = (text: string): string | null | undefined => extract(report(text)).locations.find((l) => l.type === "other")?.parent;
  assert.equal(parentOf("سيطر التنظيم على قرية أم الخرز في ريف حلب الشرقي."), "ريف حلب الشرقي");
  assert.equal(parentOf("اعتقلت الدورية شباناً من حي التمو بمدينة الميادين."), "الميادين");
  assert.equal(parentOf("قصفت الطائرات قرية أم الخرز، وقتل مدني في الرقة."), null);
});

const unknown = (text: string): string[] => extract(report(text)).locations.filter((l) => l.type === "other").map((l) => l.name);

test("a name written with the article is a place without it only after a cue: «فرقه» is not الرقة", () => {
  assert.deepEqual(names("انضم الشاب إلى فرقه عسكرية تابعة للنظام."), []);
  assert.deepEqual(names("وجد الأهالي ورقة معلقة على باب المسجد."), []);
  assert.ok(!names("اشتباكات عنيفة في حويقة منذ الصباح.").includes("الحويقة"));
  assert.ok(names("اشتباكات عنيفة في حي حويقة منذ الصباح.").includes("الحويقة"));
  assert.ok(names("قصفت الطائرات الرقة وريفها.").includes("الرقة"));
});

test("a multi-word village the gazetteer lacks keeps every word after its cue", () => {
  assert.deepEqual(unknown("قصفت المدفعية قرية رأس الحصن الواقعة شمالي المدينة."), ["رأس الحصن"]);
  assert.deepEqual(unknown("سيطرت الفصائل على قرية كفر دريان بعد معارك."), ["كفر دريان"]);
  assert.deepEqual(unknown("قتل مدنيان في قرية تل جبين جراء القصف."), ["تل جبين"]);
  assert.deepEqual(unknown("تقدمت القوات نحو قرية الشيخ عقيل من الجهة الغربية."), ["الشيخ عقيل"]);
  assert.deepEqual(unknown("قصف على قرية الخريبة الكبيرة وقرية الخريبة الصغيرة."), ["الخريبة الكبيرة", "الخريبة الصغيرة"]);
  assert.deepEqual(unknown("اشتباكات في قرية الحمام فوقاني."), ["الحمام فوقاني"]);
});

test("a name head takes a known name into a new one: «كفر حلب» is not حلب, «تل ملح» is not التل", () => {
  assert.deepEqual(names("قصفت قوات النظام قرية كفر حمص الصغيرة."), ["كفر حمص الصغيرة"]);
  assert.deepEqual(names("دارت معارك على محور قرية تل شعير في الريف."), ["تل شعير"]);
  assert.deepEqual(names("اعتقل شاب في كفر حلب."), []);
});

test("an unknown name ends where the sentence goes on", () => {
  assert.deepEqual(unknown("ألقت المروحيات على بلدة دير سنبل بالبراميل المتفجرة."), ["دير سنبل"]);
  assert.deepEqual(unknown("انسحبت القوات من قرية أم الكراميل غرباً باتجاه التلال."), ["أم الكراميل"]);
  assert.deepEqual(unknown("شهدت بلدة المنصورية حركة نزوح واسعة."), ["المنصورية"]);
  assert.deepEqual(unknown("شهدت قرية بزابور موجة نزوح."), ["بزابور"]);
  assert.deepEqual(unknown("قتل مدني في قرية جوزف صباح اليوم."), ["جوزف"]);
  assert.deepEqual(unknown("وكانت قرية حرش بنين تعرضت لقصف مماثل."), ["حرش بنين"]);
  assert.deepEqual(unknown("قتل مدني في قرية الطويبة بتاريخ 3 آذار."), ["الطويبة"]);
});

test("every item of a list after a plural or dual cue, quoted or not", () => {
  assert.deepEqual(names("قصفت الطائرات قرى البارة وبليون وكنصفرة في الجبل."), ["البارة", "بليون", "كنصفرة"]);
  assert.deepEqual(unknown("قصفت الطائرات قرى سفوهن والفطيرة ومرعيان."), ["سفوهن", "الفطيرة", "مرعيان"]);
  assert.deepEqual(unknown("قصفت الطائرات قريتي «الفطيرة» و«سفوهن» جنوب المدينة."), ["الفطيرة", "سفوهن"]);
  assert.deepEqual(unknown('تعرضت قريتا "مرعيان" و"الموزرة" لقصف عنيف.'), ["مرعيان", "الموزرة"]);
});

test("a noun of place with a pronoun on it, or a cue with an adjective, is no new place", () => {
  assert.deepEqual(names("اشتباكات في محيط بلدتي مهين وحوارين وريفهما."), ["مهين", "حوارين"]);
  assert.deepEqual(unknown("سيطرت القوات على البلدة وأحيائها ومطارها."), []);
  assert.deepEqual(unknown("نزحت العائلات إلى مخيم عشوائي قرب الحدود."), []);
  assert.deepEqual(unknown("تعرضت قرى محيطة بالمدينة لقصف متقطع."), []);
  assert.deepEqual(unknown("وصلت العائلات إلى مخيم حدودي مع تركيا."), []);
});

test("a place inside an organisation's or outlet's name is not an event place", () => {
  assert.deepEqual(names("وقالت شبكة إدلب الإخبارية إن القصف استهدف بلدة سراقب."), ["سراقب"]);
  assert.deepEqual(names("ونشر مركز حمص الإعلامي صوراً للدمار في حي الوعر."), ["الوعر"]);
  assert.deepEqual(names("وأعلن مجلس دير الزور العسكري سيطرته على بلدة هجين."), ["هجين"]);
  assert.deepEqual(names("وقالت «تنسيقية الثورة في الرقة» إن التنظيم أعدم شاباً في مدينة الطبقة."), ["الطبقة"]);
  assert.deepEqual(names("ونقلت «شبكة دير الزور 24» أن القصف طال الميادين."), ["الميادين"]);
});

test("a place in a time zone is not an event place", () => {
  assert.deepEqual(names("بدأ القصف عند الساعة الخامسة بتوقيت دمشق على مدينة دوما."), ["دوما"]);
});

test("a two-word direction is one direction: «ريف حلب الشمالي الغربي»", () => {
  assert.deepEqual(names("قصفت الطائرات مواقع في ريف إدلب الجنوبي الشرقي."), ["ريف إدلب الجنوبي الشرقي"]);
  assert.deepEqual(names("تقدمت القوات في ريف حماة الشمالي."), ["ريف حماة الشمالي"]);
});

test("run-together and variant spellings find the gazetteer's place", () => {
  assert.deepEqual(names("قصف جوي على معرتنعمان وسراقب."), ["معرة النعمان", "سراقب"]);
  assert.deepEqual(names("قصف جوي على معرةالنعمان."), ["معرة النعمان"]);
  assert.deepEqual(names("اشتباكات في الباغوزفوقاني."), ["الباغوز فوقاني"]);
  assert.deepEqual(names("قتل مدني في بلدة الجلا شرق المدينة."), ["الجلاء"]);
  assert.deepEqual(names("قصف على حي الحويققة."), ["الحويقة"]);
});
