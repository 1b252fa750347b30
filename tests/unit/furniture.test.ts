import assert from "node:assert/strict";
import { test } from "node:test";
import { parseByline } from "../../src/extract/furniture.ts";
import { extract } from "../helpers/extract.ts";
import { knowledge } from "../helpers/knowledge.ts";

test("bylines and datelines in the shapes outlets use", () => {
  assert.deepEqual(parseByline("ديرالزور – صوت وصورة", false, knowledge.lexicons), { outlet: "صوت وصورة", author: null, dateline: "دير الزور" });
  assert.deepEqual(parseByline("أخبار الآن | دير الزور – سوريا (محمود الصالح)", false, knowledge.lexicons), {
    outlet: "أخبار الآن",
    author: "محمود الصالح",
    dateline: "دير الزور",
  });
  assert.deepEqual(parseByline("سمارت-بدر محمد", false, knowledge.lexicons), { outlet: "سمارت", author: "بدر محمد", dateline: null });
  assert.deepEqual(parseByline("حمزة فراتي – دير الزور", false, knowledge.lexicons), { outlet: null, author: "حمزة فراتي", dateline: "دير الزور" });
});

test("a sentence is not a byline", () => {
  assert.equal(parseByline("قصفت طائرات النظام مدينة دير الزور.", false, knowledge.lexicons), undefined);
  assert.equal(parseByline("البوكمال", false, knowledge.lexicons), undefined);
});

test("a headline is kept as the title and its repeats are removed", () => {
  const record = extract(["قصف يطال مدينة الميادين", "", "12", "", "قصف يطال مدينة الميادين", "", "قصفت طائرات النظام مدينة الميادين صباح اليوم، ما أدى لمقتل مدني."].join("\n"));
  assert.equal(record.title, "قصف يطال مدينة الميادين");
  assert.deepEqual(record.body, ["قصفت طائرات النظام مدينة الميادين صباح اليوم، ما أدى لمقتل مدني."]);
  assert.deepEqual(record.removed, ["12", "قصف يطال مدينة الميادين"]);
});

test("a report that opens with a dateline has no title", () => {
  const record = extract(["حمزة فراتي – دير الزور", "", "قصير عنوان", "قصفت طائرات النظام حي الجورة."].join("\n"));
  assert.equal(record.title, null);
  assert.equal(record.source.author, "حمزة فراتي");
  assert.equal(record.source.dateline, "دير الزور");
});

test("comment threads, most-read lists and about-us blurbs are set aside, nothing of the report lost", () => {
  const lines = [
    "الرئيسية » أخبار » سوريا",
    "قصف على الميادين",
    "",
    "قصفت طائرات النظام مدينة الميادين، ما أدى لمقتل مدني.",
    "",
    "وتستمر المعارك في الريف الشرقي.",
    "",
    "نحن شبكة إخبارية مستقلة تغطي أخبار المنطقة الشرقية.",
    "",
    "التعليقات (2)",
    "أبو محمد",
    "·منذ 3 سنوات",
    "حسبنا الله",
    "الأكثر قراءة",
    "شارك",
  ];
  const record = extract(lines.join("\n"));
  assert.deepEqual(record.body, ["قصفت طائرات النظام مدينة الميادين، ما أدى لمقتل مدني.", "وتستمر المعارك في الريف الشرقي."]);
  for (const furniture of ["الرئيسية » أخبار » سوريا", "نحن شبكة إخبارية مستقلة تغطي أخبار المنطقة الشرقية.", "التعليقات (2)", "حسبنا الله", "الأكثر قراءة"]) {
    assert.ok(record.removed.includes(furniture), furniture);
  }
  const kept = [record.title, ...record.body, ...record.removed].length;
  assert.equal(kept, lines.filter((l) => l.trim()).length);
});

test("an outlet named by its correspondent in the text is the outlet", () => {
  const record = extract("قصفت طائرات النظام حي الجورة، وقال مراسل “عين الفرات” إن القصف مستمر.\n");
  assert.equal(record.source.outlet, "عين الفرات");
});

test("a dateline opening the first paragraph is read, and the paragraph kept whole", () => {
  const text = "محافظة دير الزور- المرصد السوري لحقوق الإنسان:: شهدت مناطق في مدينة الميادين قصفاً عنيفاً.\n";
  const record = extract(text);
  assert.equal(record.source.outlet, "المرصد السوري لحقوق الإنسان");
  assert.deepEqual(record.body, [text.trim()]);
});

test("a line that is only an outlet's name is its byline", () => {
  const record = extract(["المرصد السوري لحقوق الإنسان", "", "قصفت طائرات النظام مدينة الميادين، ما أدى لمقتل مدني."].join("\n"));
  assert.equal(record.source.outlet, "المرصد السوري لحقوق الإنسان");
  assert.equal(record.title, null);
});

test("a Markdown headline is the title without its marks", () => {
  const record = extract("# مجزرة في بانياس\n\n**بانياس – شبكة شام**\n\nقتل أكثر من 50 مدنياً في حي رأس النبع.\n", "x.md");
  assert.equal(record.title, "مجزرة في بانياس");
  assert.equal(record.source.outlet, "شبكة شام");
});

test("a sign-off line is set aside: «المصدر: …»", () => {
  const record = extract(["خاص – دير الزور 24", "", "قتل ثلاثة مدنيين جراء قصف على بلدة الشحيل.", "", "المصدر: دير الزور 24"].join("\n"));
  assert.deepEqual(record.body, ["قتل ثلاثة مدنيين جراء قصف على بلدة الشحيل."]);
  assert.ok(record.removed.includes("المصدر: دير الزور 24"));
});

test("an outlet's name before the headline is the outlet, the rest the title", () => {
  const record = extract("عنب بلدي | مقتل ثلاثة مدنيين بقصف على إدلب\n\nقتل ثلاثة مدنيين بقصف مدفعي على مدينة إدلب صباح اليوم.\n");
  assert.equal(record.title, "مقتل ثلاثة مدنيين بقصف على إدلب");
  assert.equal(record.source.outlet, "عنب بلدي");
});

test("«خاص» and «متابعات» in a dateline are neither outlet nor author", () => {
  assert.deepEqual(parseByline("دير الزور – خاص", false, knowledge.lexicons), { outlet: null, author: null, dateline: "دير الزور" });
  assert.deepEqual(parseByline("متابعات - عنب بلدي", false, knowledge.lexicons), { outlet: "عنب بلدي", author: null, dateline: null });
});

const PARAGRAPH = "قتل مدني وأصيب آخرون بقصف مدفعي على بلدة تلبيسة في ريف حمص الشمالي.";

test("a section label or kicker above the headline is not the title", () => {
  for (const label of ["محليات", "ميداني", "نبض الشارع"]) {
    const record = extract([label, "قصف مدفعي يطال بلدة تلبيسة شمال حمص", "", PARAGRAPH].join("\n"));
    assert.equal(record.title, "قصف مدفعي يطال بلدة تلبيسة شمال حمص", label);
    assert.ok(record.removed.includes(label), label);
  }
});

test("a breadcrumb written with «/» or «|» is furniture, a date with slashes is not a breadcrumb", () => {
  const record = extract(["الرئيسية | سوريا | حمص", "قصف مدفعي يطال بلدة تلبيسة شمال حمص", "", PARAGRAPH].join("\n"));
  assert.equal(record.title, "قصف مدفعي يطال بلدة تلبيسة شمال حمص");
  assert.equal(record.source.outlet, null);
  assert.ok(record.removed.includes("الرئيسية | سوريا | حمص"));
});

test("an update stamp or a time-zone line is the page's: neither outlet, author, place nor the events' date", () => {
  const record = extract(["قصف مدفعي يطال بلدة تلبيسة", "آخر تحديث: 5 آب 2018 - 09:15", "الساعة 09:15 بتوقيت دمشق", "", "قتل مدني أمس بقصف مدفعي على بلدة تلبيسة."].join("\n"));
  assert.equal(record.source.outlet, null);
  assert.equal(record.source.author, null);
  assert.deepEqual(record.date, { value: null, precision: "unknown", evidence: null });
  assert.deepEqual(record.locations.map((l) => l.name), ["تلبيسة"]);
  assert.deepEqual(record.body, ["قتل مدني أمس بقصف مدفعي على بلدة تلبيسة."]);
});

test("bylines of other shapes: «الاسم: المصدر», labelled fields, «X - خاص», a dateline in parentheses", () => {
  const named = extract(["قصف مدفعي يطال بلدة تلبيسة شمال حمص", "سامر العلي: جريدة الفرات", "", PARAGRAPH].join("\n"));
  assert.deepEqual([named.source.author, named.source.outlet], ["سامر العلي", "جريدة الفرات"]);
  const fields = extract(["قصف مدفعي يطال بلدة تلبيسة شمال حمص", "المصدر: عنب بلدي الكاتب: ريم أحمد", "", PARAGRAPH].join("\n"));
  assert.deepEqual([fields.source.outlet, fields.source.author], ["عنب بلدي", "ريم أحمد"]);
  const special = extract("حمص - خاص: قتل مدني بقصف مدفعي على بلدة تلبيسة.\n");
  assert.equal(special.source.dateline, "حمص");
  assert.deepEqual(special.locations.map((l) => l.name), ["تلبيسة"]);
  const agency = extract("الرقة (رويترز) - قتل مدني بانفجار لغم في مدينة الطبقة.\n");
  assert.deepEqual([agency.source.dateline, agency.source.outlet, agency.source.author], ["الرقة", "رويترز", null]);
  assert.deepEqual(agency.locations.map((l) => l.name), ["الطبقة"]);
});

test("the outlet is given as the byline writes it", () => {
  const record = extract(["ستيب – سامر العلي", "", PARAGRAPH].join("\n"));
  assert.equal(record.source.outlet, "ستيب");
});

test("short label lines, reading times, counters and captions are set aside", () => {
  const furniture = ["التصنيف: أخبار محلية", "الصورة: دمار في أحد الأحياء السكنية - شبكة شام", "وقت القراءة: 4 دقائق", "3 دقائق للقراءة", "12 تعليق | 40 مشاركة", "شارك عبر: فيسبوك تويتر", "صورة تعبيرية لعناصر من الدفاع المدني (إنترنت)"];
  const record = extract(["قصف مدفعي يطال بلدة تلبيسة شمال حمص", ...furniture, "", PARAGRAPH, "", "وتتعرض البلدة لقصف متكرر منذ أسابيع."].join("\n"));
  assert.deepEqual(record.body, [PARAGRAPH, "وتتعرض البلدة لقصف متكرر منذ أسابيع."]);
  for (const line of furniture) assert.ok(record.removed.includes(line), line);
});

test("a «read also» teaser inside the report is set aside and the report goes on after it", () => {
  const record = extract([PARAGRAPH, "", "اقرأ أيضاً", "مقتل ثلاثة عناصر من قوات النظام بكمين في ريف درعا", "", "وتتعرض البلدة لقصف متكرر منذ أسابيع."].join("\n"));
  assert.deepEqual(record.body, [PARAGRAPH, "وتتعرض البلدة لقصف متكرر منذ أسابيع."]);
  assert.ok(!record.locations.some((l) => l.name.includes("درعا")));
  assert.ok(!record.actors.some((a) => a.id === "syrian-government"));
});

test("inline HTML is taken out of the body, and the marked-up line kept in removed", () => {
  const line = "<p>قتل مدني بقصف على <strong>بلدة تلبيسة</strong> في ريف حمص.</p>";
  const record = extract(["<div class=\"share\">", line, "</div>"].join("\n"));
  assert.deepEqual(record.body, ["قتل مدني بقصف على بلدة تلبيسة في ريف حمص."]);
  assert.ok(record.removed.includes(line));
  assert.ok(record.locations.some((l) => l.name === "تلبيسة"));
});
