import assert from "node:assert/strict";
import { test } from "node:test";
import { perpetrators } from "../helpers/claims.ts";

test("the perpetrator by instrument", () => {
  assert.deepEqual(perpetrators("قتل مدنيان بقصف طائرات حربية روسية على بلدة كنصفرة."), ["russia"]);
  assert.deepEqual(perpetrators("أصيبت امرأة بغارة لطيران التحالف على هجين."), ["international-coalition"]);
  assert.deepEqual(perpetrators("قتل شاب برصاص قناص تابع لقوات النظام في حي جوبر."), ["syrian-government"]);
  assert.deepEqual(perpetrators("قتل راع برصاص عناصر حاجز تابع لقسد قرب الطبقة."), ["sdf"]);
  assert.deepEqual(perpetrators("جرح ثلاثة مدنيين بقذائف المدفعية التركية على تل رفعت."), ["turkey"]);
  // an ambush is an instrument like a shell: «في كمين لـ…» names who set it
  assert.deepEqual(perpetrators("قتل أربعة عناصر موالين للنظام في كمين لفصائل المعارضة قرب كفرنبودة."), ["opposition"]);
});

test("the perpetrator by agent, before or after its verb, with an object pronoun on the verb", () => {
  assert.deepEqual(perpetrators("أعدم تنظيم داعش ثلاثة رجال في ساحة البلدة."), ["islamic-state"]);
  assert.deepEqual(perpetrators("وقالت مصادر إن داعش ذبح راعياً في البادية."), ["islamic-state"]);
  assert.deepEqual(perpetrators("اعتقل 40 شاباً في حملة مداهمة شنتها قوات النظام على البلدة."), ["syrian-government"]);
  assert.deepEqual(perpetrators("قتل مدني بقذيفة أطلقها عناصر من خلايا داعش على السوق."), ["islamic-state"]);
  assert.deepEqual(perpetrators("قتل جنديان في كمين نصبته هيئة تحرير الشام قرب جسر الشغور."), ["hts"]);
  // a subject of a few words, an actor's name among them, before the counted people
  assert.deepEqual(perpetrators("اعتقلت الشرطة العسكرية التابعة للجيش الوطني ثلاثة شبان في عفرين."), ["syrian-national-army"]);
  // told of by a report, but acting by its own verb
  assert.deepEqual(perpetrators("وذكر التقرير أن قوات النظام قتلت 31 مدنياً خلال الشهر."), ["syrian-government"]);
  // a source is no one acting
  assert.deepEqual(perpetrators("وقال مصدر في قسد إن ثلاثة مدنيين قتلوا بانفجار لغم."), [null]);
});

test("a prison holds its keeper responsible; «القضاء على» is a killing by its subject", () => {
  assert.deepEqual(perpetrators("وتوفي معتقل تحت التعذيب في سجون قوات النظام."), ["syrian-government"]);
  assert.deepEqual(perpetrators("تمكنت وحدات الجيش من القضاء على عشرات الإرهابيين في البادية."), ["syrian-government"]);
});

test("no perpetrator where the text names none, or names someone unidentified", () => {
  assert.deepEqual(perpetrators("قتل طفل بانفجار لغم أرضي في أطراف القرية."), [null]);
  assert.deepEqual(perpetrators("قتل ممرض برصاص مسلحين مجهولين في بلدة صيدا."), [null]);
  assert.deepEqual(perpetrators("أصيب عنصران من الشرطة بعبوة ناسفة زرعها مجهولون."), [null]);
  assert.deepEqual(perpetrators("قتل مدنيان في قرية خاضعة لسيطرة قسد بريف الرقة."), [null]);
});

test("an attack named again takes the perpetrator the sentence before gave it", () => {
  assert.deepEqual(perpetrators("شنت طائرات النظام الحربية غارات على مدينة اللطامنة.", "وأسفر القصف عن مقتل أربعة مدنيين."), ["syrian-government"]);
  // «قصف» without the article is a new attack, whose author this sentence does not say
  assert.deepEqual(perpetrators("شنت طائرات النظام الحربية غارات على مدينة اللطامنة.", "وفي ريف إدلب، قتل مدني في قصف على بلدة التح."), [null]);
});

test("the only side a sentence names before its harm, neither harmed nor acted on, acts", () => {
  assert.deepEqual(perpetrators("دخل تنظيم الدولة قرية الكشمة، وقتل فيها ثمانية رجال."), ["islamic-state"]);
  assert.deepEqual(perpetrators("وأعلن الجيش الوطني السوري أسر ثلاثة عناصر من قسد."), ["syrian-national-army"]);
  // a side that tells of its own dead did not kill them
  assert.deepEqual(perpetrators("ونعت قسد ثلاثة من مقاتليها قتلوا في هجوم."), [null]);
});
