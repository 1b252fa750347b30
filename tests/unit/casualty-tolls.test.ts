import assert from "node:assert/strict";
import { test } from "node:test";
import { claim, claims } from "../helpers/claims.ts";

test("one toll for the killed and the injured together is one killed-or-injured claim", () => {
  assert.deepEqual(claims("سقط 26 شخصاً بين قتيل وجريح في انفجار بمدينة إعزاز."), [claim("unknown", "killed-or-injured", 26)]);
  assert.deepEqual(claims("خلف الهجوم العشرات ما بين قتيل وجريح في صفوف قوات النظام."), [claim("syrian-government", "killed-or-injured", null, "tens")]);
  assert.deepEqual(claims("وأدت الغارة إلى مقتل وإصابة تسعة مدنيين."), [claim("civilians", "killed-or-injured", 9)]);
  assert.deepEqual(claims("وقع 31 قتيلاً وجريحاً في السوق."), [claim("unknown", "killed-or-injured", 31)]);
});

test("two verbs of harm share one object, whatever its count: one killed-or-injured claim", () => {
  assert.deepEqual(claims("قتل وجرح العشرات من عناصر قوات النظام في الهجوم."), [claim("syrian-government", "killed-or-injured", null, "tens")]);
});

test("a running toll's figure is the one it rises to, not a date on the way", () => {
  assert.deepEqual(claims("ارتفع عدد القتلى المدنيين جراء القصف على ريف حماة منذ 26 نيسان إلى 212 مدنياً."), [claim("civilians", "killed", 212)]);
});

test("a running toll of both together is killed-or-injured too", () => {
  assert.deepEqual(claims("وقالت مصادر إن حصيلة الانفجار الذي هز مدينة الباب بلغت 57 قتيلاً وجريحاً."), [claim("unknown", "killed-or-injured", 57)]);
});

test("a word for a size said of both is said of each: two claims", () => {
  assert.deepEqual(claims("تسبب القصف بسقوط العديد من القتلى والجرحى في صفوف قسد."), [
    claim("sdf", "killed", null, "many"),
    claim("sdf", "injured", null, "many"),
  ]);
});

test("a running toll gives its new figure, with the side its nouns name", () => {
  assert.deepEqual(claims("وارتفع عدد الضحايا المدنيين في بلدة خان شيخون إلى 61 مدنياً."), [claim("civilians", "killed", 61)]);
  assert.deepEqual(claims("فيما ارتفع إلى 44 عدد القتلى من عناصر قوات النظام منذ مطلع الشهر."), [claim("syrian-government", "killed", 44)]);
});

test("a count before a comma does not count what follows it", () => {
  assert.deepEqual(claims("قتل أربعة مدنيين وجرح آخرون، يوم الجمعة، بقصف على البلدة."), [
    claim("civilians", "killed", 4),
    claim("civilians", "injured", null, "unspecified"),
  ]);
  assert.deepEqual(claims("مشيراً إلى أن بين القتلى طفلين وامرأة."), []);
});

test("a negated harm is no claim", () => {
  assert.deepEqual(claims("انفجرت عبوة ناسفة قرب دوار البلدة دون أن تسفر عن إصابات."), []);
  assert.deepEqual(claims("لم يسفر القصف عن سقوط قتلى أو جرحى."), []);
  assert.deepEqual(claims("سقطت قذيفتان على الحي، ولم تسجل أي إصابات بشرية."), []);
  assert.deepEqual(claims("استهدفت الطائرات المسيرة سيارة بدون وقوع ضحايا."), []);
});

test("a negation reaches neither a count nor past a break: those are claims", () => {
  assert.deepEqual(claims("ولا يزال خمسة مدنيين في عداد المفقودين."), [claim("civilians", "missing", 5)]);
  assert.deepEqual(claims("لم يعرف حتى الآن مصير 4 مختطفين من أبناء البلدة."), [claim("civilians", "captured", 4)]);
  assert.deepEqual(claims("لم يمض يوم على الهدنة إلا وقتل مدني برصاص قناص."), [claim("civilians", "killed", 1)]);
});

test("harm words inside names are not harm", () => {
  assert.deepEqual(claims("وقالت حملة «حماة تذبح بصمت» إن قوات النظام قصفت المدينة."), []);
  assert.deepEqual(claims("وأعلنت كتيبة شهداء بدر مسؤوليتها عن الهجوم."), []);
  assert.deepEqual(claims("ونشرت صفحة «ضحايا الحرب في سوريا» صوراً للدمار."), []);
  assert.deepEqual(claims("وتجمع المتظاهرون في ساحة الشهداء وسط المدينة."), []);
  assert.deepEqual(claims("وقال «مكتب توثيق الضحايا» إن ثلاثة أطفال قتلوا في الغارة."), [claim("civilians", "killed", 3)]);
  // a name ends before another word of harm: an outlet, then a killing
  assert.deepEqual(claims("وأعلنت تنسيقية داريا مقتل شهيد في القصف."), [claim("unknown", "killed", 1)]);
});

test("people spoken of again are no new claim: «مرشحة للارتفاع لوجود مصابين»", () => {
  assert.deepEqual(claims("قتل سبعة مدنيين، والحصيلة مرشحة للارتفاع لوجود مصابين بحالة حرجة."), [claim("civilians", "killed", 7)]);
});

test("people held and let go, or a harm remembered, are no new harm", () => {
  assert.deepEqual(claims("أفرجت قوات النظام عن 36 معتقلاً من سجن عدرا."), []);
  assert.deepEqual(claims("أطلقت الفصائل سراح أربعة مختطفين من أبناء السويداء."), []);
  assert.deepEqual(claims("وأحيا الأهالي الذكرى السنوية لمقتل 40 مدنياً في المجزرة."), []);
  // a release told after an arrest takes nothing back
  assert.deepEqual(claims("اعتقلت الدورية 7 شبان ثم أفرجت عن اثنين منهم."), [claim("civilians", "detained", 7)]);
});
