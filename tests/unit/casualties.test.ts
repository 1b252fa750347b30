import assert from "node:assert/strict";
import { test } from "node:test";
import type { CasualtyClaim } from "../../src/types.ts";
import { extract, report } from "../helpers/extract.ts";

type Brief = Pick<CasualtyClaim, "party" | "outcome" | "count" | "qualifier">;
const claims = (...paragraphs: string[]): Brief[] =>
  extract(report(...paragraphs)).casualties.map(({ party, outcome, count, qualifier }) => ({ party, outcome, count, qualifier }));

test("counts in words, compounds and duals", () => {
  assert.deepEqual(claims("قتل ثلاثة وثلاثين مدنياً في قصف على الميادين."), [{ party: "civilians", outcome: "killed", count: 33, qualifier: "exact" }]);
  assert.deepEqual(claims("أصيب أحد عشر طفلاً بجروح."), [{ party: "civilians", outcome: "injured", count: 11, qualifier: "exact" }]);
  assert.deepEqual(claims("ما أدى لمقتل طفلين في الحي."), [{ party: "civilians", outcome: "killed", count: 2, qualifier: "exact" }]);
  assert.deepEqual(claims("قضى شاب برصاص قناص."), [{ party: "civilians", outcome: "killed", count: 1, qualifier: "exact" }]);
});

test("bounds before and after the count", () => {
  assert.deepEqual(claims("مقتل نحو 50 شخصاً في المجزرة."), [{ party: "unknown", outcome: "killed", count: 50, qualifier: "about" }]);
  assert.deepEqual(claims("أسفر القصف عن مقتل أكثر من 10 مدنيين."), [{ party: "civilians", outcome: "killed", count: 10, qualifier: "more-than" }]);
  assert.deepEqual(claims("مقتل سبعة مدنيين على الأقل."), [{ party: "civilians", outcome: "killed", count: 7, qualifier: "at-least" }]);
  assert.deepEqual(claims("وثقنا مقتل ما يزيد عن 200 مدني."), [{ party: "civilians", outcome: "killed", count: 200, qualifier: "more-than" }]);
});

test("vague counts: tens, many, unspecified", () => {
  assert.deepEqual(claims("سقط عشرات القتلى من المدنيين."), [{ party: "civilians", outcome: "killed", count: null, qualifier: "tens" }]);
  assert.deepEqual(claims("أدى القصف إلى إصابة العديد من المدنيين."), [{ party: "civilians", outcome: "injured", count: null, qualifier: "many" }]);
  assert.deepEqual(claims("تسبب القصف بوقوع عدد غير محدد من القتلى في صفوف قسد."), [{ party: "sdf", outcome: "killed", count: null, qualifier: "unspecified" }]);
});

test("the harmed side: named, implied by the sentence, or pointed back to", () => {
  assert.deepEqual(claims("قتل 12 عنصراً من قوات النظام في كمين."), [{ party: "syrian-government", outcome: "killed", count: 12, qualifier: "exact" }]);
  assert.deepEqual(claims("قال مصدر من قسد إن 5 عناصر قتلوا في الهجوم."), [{ party: "sdf", outcome: "killed", count: 5, qualifier: "exact" }]);
  assert.deepEqual(claims("يحاصر النظام المدنيين في المدينة، وقد استشهد 4 منهم أمس."), [{ party: "civilians", outcome: "killed", count: 4, qualifier: "exact" }]);
});

test("detained, captured and missing", () => {
  assert.deepEqual(claims("اعتقلت قوات النظام 15 شاباً من أبناء الحي."), [{ party: "civilians", outcome: "detained", count: 15, qualifier: "exact" }]);
  assert.deepEqual(claims("وأسر تنظيم داعش ثلاثة عناصر من الجيش الحر."), [{ party: "opposition", outcome: "captured", count: 3, qualifier: "exact" }]);
  assert.deepEqual(claims("أفاد الأهالي بفقدان 3 أطفال بعد القصف."), [{ party: "civilians", outcome: "missing", count: 3, qualifier: "exact" }]);
});

test("numbers that do not count people never become claims", () => {
  assert.deepEqual(claims("شن الطيران الحربي أكثر من 28 غارة جوية خلال الـ 24 ساعة الماضية."), []);
  assert.deepEqual(claims("قال إن حجم الدمار وصل إلى 90 بالمئة في الحي."), []);
  assert.deepEqual(claims("بدأ الهجوم الساعة الثامنة صباحاً بتفجير ثلاث سيارات مفخخة."), []);
  assert.deepEqual(claims("يشتكي المدنيون من فقدان الأمن."), []);
  assert.deepEqual(claims("المشافي التي تستقبل الجرحى تعاني نقص الأدوية."), []);
});

test("the perpetrator is the side the clause holds responsible", () => {
  const [claim] = extract(report("قتل 16 مدنياً بسبب قصف الطيران الروسي على المدينة.")).casualties;
  assert.equal(claim?.perpetrator, "russia");
  const [subject] = extract(report("اعتقلت قوات النظام 15 شاباً من أبناء الحي.")).casualties;
  assert.equal(subject?.perpetrator, "syrian-government");
  const [other] = extract(report("قتل مدني في قصف مجهول المصدر.")).casualties;
  assert.equal(other?.perpetrator, null);
});

test("named victims stay with their claim", () => {
  const record = extract(report('ما أدى لمقتل طفلين شقيقين هم "سيدرا الحسن" و"المعتصم الحسن" بالإضافة إلى "زياد الرويلي" الذي توفي لاحقاً.'));
  assert.deepEqual(record.casualties[0]?.victims, ["سيدرا الحسن", "المعتصم الحسن"]);
  const listed = extract(["دير الزور – صوت وصورة", "", "وثقنا مقتل ثلاثة مدنيين، والضحايا هم:", "- أحمد العلي", "- محمد الخلف", "- سارة الحسين"].join("\n"));
  assert.deepEqual(listed.casualties[0]?.victims, ["أحمد العلي", "محمد الخلف", "سارة الحسين"]);
});

test("every claim's evidence is an exact substring of the report", () => {
  const text = report("قتل 16 شخصاً مدنياً، وجرح أكثر من ثمانية آخرين، واعتقل ما لا يقل عن 15 شاب.");
  const record = extract(text);
  assert.equal(record.casualties.length, 3);
  for (const claim of record.casualties) assert.ok(text.includes(claim.evidence), claim.evidence);
});

test("nominative duals and a count inside «لقي … حتفهم»", () => {
  assert.deepEqual(claims('قتل عنصران من "قوات سوريا الديمقراطية" بانفجار لغم.'), [{ party: "sdf", outcome: "killed", count: 2, qualifier: "exact" }]);
  assert.deepEqual(claims("لقي ثلاثة أشخاص حتفهم في القصف."), [{ party: "unknown", outcome: "killed", count: 3, qualifier: "exact" }]);
});

test("a subject the vocabulary does not know may stand between the verb and the victims", () => {
  const [claim] = extract(report("اختطف مسلحون مجهولون طفلاً في بلدة الشحيل.")).casualties;
  // «مسلحون مجهولون» name no one: no perpetrator
  assert.deepEqual([claim?.party, claim?.outcome, claim?.count, claim?.perpetrator], ["civilians", "captured", 1, null]);
});

test("victims named again without a count are not a second claim", () => {
  assert.deepEqual(claims("قتل سبعة مدنيين في الغارات، ما أسفر عن مقتل المدنيين وإصابة 12 آخرين."), [
    { party: "civilians", outcome: "killed", count: 7, qualifier: "exact" },
    { party: "civilians", outcome: "injured", count: 12, qualifier: "exact" },
  ]);
});

test("a running toll gives the toll's figure", () => {
  assert.deepEqual(claims("ارتفع إلى 25 عدد المدنيين الذين قتلوا جراء الغارات على بلدة الشعفة."), [
    { party: "civilians", outcome: "killed", count: 25, qualifier: "exact" },
  ]);
  assert.deepEqual(claims("فيما لا يزال عدد القتلى مرشحاً للارتفاع."), []);
  assert.deepEqual(claims("ارتفعت حصيلة القتلى المدنيين في 2017 إلى 300 شخص."), [{ party: "civilians", outcome: "killed", count: 300, qualifier: "exact" }]);
  assert.deepEqual(claims("ارتفع إلى 150 عدد الغارات على المدينة."), []);
});

test("a count of cases: «ما لا يقل عن 145 حالة اعتقال»", () => {
  assert.deepEqual(claims("سجل التقرير ما لا يقل عن 145 حالة اعتقال تعسفي."), [{ party: "unknown", outcome: "detained", count: 145, qualifier: "at-least" }]);
});

test("thousands separators, «آخران», and a side named with «في»", () => {
  assert.deepEqual(claims("وثق فريق الرصد مقتل 1,200 مدني خلال العام."), [{ party: "civilians", outcome: "killed", count: 1200, qualifier: "exact" }]);
  assert.deepEqual(claims("قتل عنصر من قوات النظام وأصيب آخران بانفجار لغم."), [
    { party: "syrian-government", outcome: "killed", count: 1, qualifier: "exact" },
    { party: "syrian-government", outcome: "injured", count: 2, qualifier: "exact" },
  ]);
  assert.deepEqual(claims("أعلنت قسد مقتل القيادي في داعش أبو محمد العراقي."), [{ party: "islamic-state", outcome: "killed", count: 1, qualifier: "exact" }]);
});

test("a count before a singular noun, after a plural one, and past a time phrase", () => {
  assert.deepEqual(claims("ما أدى إلى سقوط 11 قتيلاً من المدنيين."), [{ party: "civilians", outcome: "killed", count: 11, qualifier: "exact" }]);
  assert.deepEqual(claims("ما أدى إلى استشهاد مدنيين اثنين."), [{ party: "civilians", outcome: "killed", count: 2, qualifier: "exact" }]);
  const [executed] = extract(report('أعدم تنظيم "داعش" صباح الجمعة 15 آب/أغسطس 2014، شابين في ساحة المدينة.')).casualties;
  assert.deepEqual([executed?.count, executed?.party, executed?.perpetrator], [2, "civilians", "islamic-state"]);
});

test("kin named as the harmed: «وأصيبت والدته»", () => {
  assert.deepEqual(claims("قتل طفل وأصيبت والدته بجروح خطيرة."), [
    { party: "civilians", outcome: "killed", count: 1, qualifier: "exact" },
    { party: "civilians", outcome: "injured", count: 1, qualifier: "exact" },
  ]);
});

test("a subject with its side before the victims, «بينهم» as a breakdown, «others» keeping the side", () => {
  const [detained] = extract(report("اعتقلت دورية تابعة لقسد 6 أشخاص بينهم امرأتان من بلدة الشحيل.")).casualties;
  assert.deepEqual([detained?.party, detained?.outcome, detained?.count, detained?.perpetrator], ["civilians", "detained", 6, "sdf"]);
  assert.deepEqual(claims("قتل مدني وجرح اثنان آخران برصاص مجهولين."), [
    { party: "civilians", outcome: "killed", count: 1, qualifier: "exact" },
    { party: "civilians", outcome: "injured", count: 2, qualifier: "exact" },
  ]);
  assert.deepEqual(claims("قتل ما لا يقل عن 12 مقاتلاً من الفصائل الإسلامية."), [{ party: "opposition", outcome: "killed", count: 12, qualifier: "at-least" }]);
});

test("illness is not a casualty of the conflict", () => {
  assert.deepEqual(claims("أصيب 3 أطفال بمرض الحصبة في المخيم."), []);
  assert.deepEqual(claims("سجلت مديرية الصحة 5 إصابات جديدة بفيروس كورونا."), []);
});

test("victims named in a later sentence go with the claim they belong to", () => {
  const record = extract(report("لقي ثلاثة أشخاص حتفهم مساء أمس إثر سقوط قذائف على حي الحميدية.", 'وأفاد مراسلنا أن القتلى هم "عبد الله الخلف" و"محمد العبيد" و"خالد الحسين".'));
  assert.equal(record.casualties.length, 1);
  assert.deepEqual(record.casualties[0]?.victims, ["عبد الله الخلف", "محمد العبيد", "خالد الحسين"]);
});
