import assert from "node:assert/strict";
import { test } from "node:test";
import { claim, claims } from "../helpers/claims.ts";

test("numbers 11 to 19 are read whole, before a plural or a singular noun", () => {
  assert.deepEqual(claims("قتل سبعة عشر عنصراً من قسد في هجوم على بلدة الصور."), [claim("sdf", "killed", 17)]);
  assert.deepEqual(claims("أصيبت ست عشرة طالبة بجروح في قصف على مدرسة."), [claim("civilians", "injured", 16)]);
  assert.deepEqual(claims("وسقط ثمانية عشر قتيلاً في الغارة."), [claim("unknown", "killed", 18)]);
  assert.deepEqual(claims("اعتقلت الدورية اثني عشر شاباً من بلدة الكرك."), [claim("civilians", "detained", 12)]);
});

test("hundreds and thousands with tens and units, and numbers with case endings", () => {
  assert.deepEqual(claims("وثقت الشبكة مقتل مئتين وخمسة وسبعين مدنياً في عام واحد."), [claim("civilians", "killed", 275)]);
  assert.deepEqual(claims("اعتقل ألف وثلاثمئة شخص في حملات الدهم."), [claim("unknown", "detained", 1300)]);
  assert.deepEqual(claims("قتل خمسةً من المدنيين بقصف على الحي."), [claim("civilians", "killed", 5)]);
});

test("a count after its noun", () => {
  assert.deepEqual(claims("أسفر الهجوم عن إصابة أطفال أربعة بجروح."), [claim("civilians", "injured", 4)]);
  assert.deepEqual(claims("أفرج عن المعتقلين، فيما بقي مختطفين اثنين لدى الخاطفين."), [claim("civilians", "captured", 2)]);
  assert.deepEqual(claims("خلف القصف جريحاً واحداً في سوق البلدة."), [claim("unknown", "injured", 1)]);
});

test("a count far before its verb", () => {
  assert.deepEqual(claims("وقال مصدر إن 14 مدنياً من أبناء بلدة الغنطو قضوا تحت الأنقاض."), [claim("civilians", "killed", 14)]);
  assert.deepEqual(claims("وقال مصدر طبي إن عشرات لقوا حتفهم في المجزرة."), [claim("unknown", "killed", null, "tens")]);
  assert.deepEqual(claims("وأفاد ناشطون أن ستة أشخاص لاقوا حتفهم غرقاً أثناء عبور النهر."), [claim("civilians", "killed", 6)]);
  assert.deepEqual(claims("وكانت طفلة قد قتلت برصاص قناص في الحي."), [claim("civilians", "killed", 1)]);
  // a breakdown between the group and its verb is part of the group, not the people counted
  assert.deepEqual(claims("وقالت مصادر إن 11 مدنياً بينهم 4 أطفال وامرأة قضوا في الغارة."), [claim("civilians", "killed", 11)]);
  // a singular verb far after a plural group starts a clause of its own
  assert.deepEqual(claims("وكان 5 أطفال يلعبون قرب منزلهم عندما سقطت القذيفة وقتل."), []);
});

test("a verb that carries its people as a pronoun takes the group before it, never a word after", () => {
  assert.deepEqual(claims("ولا يزال مصير 6 شبان مجهولاً بعد أن اختطفتهم مجموعة مسلحة على طريق قرب السيدة زينب."), [claim("civilians", "captured", 6)]);
});

test("bodies found are people killed", () => {
  assert.deepEqual(claims("عثر الأهالي على جثث أحد عشر رجلاً في بئر قرب القرية."), [claim("civilians", "killed", 11)]);
  assert.deepEqual(claims("انتشل الدفاع المدني جثتي امرأتين من تحت الركام."), [claim("civilians", "killed", 2)]);
});

test("the bodies of people named before are no new claim", () => {
  assert.deepEqual(claims("ونقلت جثامين الضحايا إلى مشفى المدينة."), []);
  // in construct with an actor, the dead are as definite as with the article
  assert.deepEqual(claims("قتل 4 عناصر من قوات النظام في الهجوم، فيما أرسلت جثث قتلى النظام إلى ذويهم."), [claim("syrian-government", "killed", 4)]);
  // found without a word that makes them known, they are new dead
  assert.deepEqual(claims("وعثر عناصر الدفاع المدني على جثث قتلى في البئر."), [claim("unknown", "killed", null, "unspecified")]);
});

test("«العدد ذاته» gives again the count just stated", () => {
  assert.deepEqual(claims("قتل ثمانية عناصر من قوات النظام وجرح العدد ذاته في الكمين."), [
    claim("syrian-government", "killed", 8),
    claim("syrian-government", "injured", 8),
  ]);
});

test("another noun's number is never a count of people", () => {
  assert.deepEqual(claims("سقطت على المدينة قذائف بلغ عددها عشر، وأصيب طفل بجروح."), [claim("civilians", "injured", 1)]);
  assert.deepEqual(claims("شنت الطائرات عشرات الغارات على الأحياء السكنية."), []);
  assert.deepEqual(claims("قتل يوم الأحد ثلاثة مدنيين بقصف مدفعي."), [claim("civilians", "killed", 3)]);
});
