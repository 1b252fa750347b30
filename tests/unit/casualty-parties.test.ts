import assert from "node:assert/strict";
import { test } from "node:test";
import { claim, claims } from "../helpers/claims.ts";

test("the side from allegiance words after a noun for fighters", () => {
  assert.deepEqual(claims("قتل سبعة مقاتلين موالين للنظام في كمين بالبادية."), [claim("pro-government-militias", "killed", 7)]);
  assert.deepEqual(claims("جرح أربعة مسلحين معارضين في اشتباكات بريف درعا."), [claim("opposition", "injured", 4)]);
  assert.deepEqual(claims("أسر عنصران موالون لتركيا قرب منبج."), [claim("syrian-national-army", "captured", 2)]);
});

test("a nationality after a noun for soldiers names the state", () => {
  assert.deepEqual(claims("قتل جنديان تركيان بانفجار لغم قرب إعزاز."), [claim("turkey", "killed", 2)]);
  assert.deepEqual(claims("أصيب ثلاثة عسكريين روس بهجوم على قاعدة حميميم."), [claim("russia", "injured", 3)]);
});

test("the side named with the people: «من متطوعي الهلال الأحمر», «من عناصرها»", () => {
  assert.deepEqual(claims("أصيب ثلاثة من متطوعي الهلال الأحمر خلال عملية إسعاف."), [claim("red-crescent", "injured", 3)]);
  assert.deepEqual(claims("نعت قسد خمسة من مقاتليها قتلوا في ريف دير الزور."), [claim("sdf", "killed", 5)]);
});

test("one modifier may stand between the people and their side", () => {
  assert.deepEqual(claims("اغتيل قيادي سابق في الجيش الحر بريف درعا."), [claim("opposition", "killed", 1)]);
  // a cue of acting is no modifier: the side after it acted
  assert.deepEqual(claims("قتل راع بقصف لقوات النظام."), [claim("civilians", "killed", 1)]);
});

test("a noun of harm after a count names the people counted: «ارتقى ثلاثة شهداء»", () => {
  assert.deepEqual(claims("ارتقى أربعة شهداء، وأصيب ستة آخرون بجروح."), [claim("unknown", "killed", 4), claim("unknown", "injured", 6)]);
});

test("a killing of detainees is a killing, not a detention", () => {
  assert.deepEqual(claims("ارتكبت قوات النظام مجزرة بحق 11 معتقلاً في سجن صيدنايا."), [claim("civilians", "killed", 11)]);
  assert.deepEqual(claims("وأعدم التنظيم أسيرين من الجيش الحر."), [claim("opposition", "killed", 2)]);
});

test("kidnapping is captured, arrest detained", () => {
  assert.deepEqual(claims("خطف مسلحون طفلة من أمام منزلها في بلدة الجيزة."), [claim("civilians", "captured", 1)]);
  assert.deepEqual(claims("أوقفت دورية أمنية ثلاثة شبان على حاجز في حمص."), [claim("civilians", "detained", 3)]);
  assert.deepEqual(claims("اقتادت قوات الأمن عشرات الشبان إلى جهة مجهولة."), [claim("civilians", "detained", null, "tens")]);
});

test("«الدفاع المدني» and «المشفى العسكري» are no civilians and no soldier", () => {
  assert.deepEqual(claims("وقال الدفاع المدني إن ثلاثة أشخاص قتلوا في القصف."), [claim("unknown", "killed", 3)]);
  assert.deepEqual(claims("نقل إلى المشفى العسكري بعد أن قتل في الاشتباك."), []);
});
