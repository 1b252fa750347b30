import assert from "node:assert/strict";
import { test } from "node:test";
import type { Message } from "../../src/message.ts";
import { extract, report } from "../helpers/extract.ts";

const names = (text: string): string[] => extract(report(text)).locations.map((l) => l.name);

test("a neighbourhood is found under every spelling and clitic", () => {
  for (const spelling of ["الحويقة", "حويقة", "الحويقه", "والحويقة", "بالحويقة", "«الحويقة»", "لـ\"الحويقة\""]) {
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
