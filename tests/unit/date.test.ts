import assert from "node:assert/strict";
import { test } from "node:test";
import { extract, report } from "../helpers/extract.ts";

const withPublished = (published: string, body: string): string => `---\npublished: ${published}\n---\n${report(body)}`;

test("a relative day resolves against the curated publication date", () => {
  const record = extract(withPublished("2016-03-14", "قصفت طائرات النظام مدينة البوكمال ليل أمس."));
  assert.deepEqual(record.date, { value: "2016-03-13", precision: "day", evidence: "ليل أمس" });
  assert.equal(record.source.published, "2016-03-14");
});

test("«أمس الأول» and «قبل يومين» are two days back; «اليوم» is the day itself", () => {
  assert.equal(extract(withPublished("2016-03-14", "وقعت اشتباكات أمس الأول في الحويقة.")).date.value, "2016-03-12");
  assert.equal(extract(withPublished("2016-03-14", "وقعت اشتباكات قبل يومين في الحويقة.")).date.value, "2016-03-12");
  assert.equal(extract(withPublished("2016-03-14", "تتواصل الاشتباكات صباح اليوم في الحويقة.")).date.value, "2016-03-14");
});

test("a weekday resolves to the last such day before the anchor", () => {
  // 2016-03-14 was a Monday; the Sunday before is the 13th, the Friday the 11th
  assert.equal(extract(withPublished("2016-03-14", "قتل مدني يوم الأحد الماضي.")).date.value, "2016-03-13");
  assert.equal(extract(withPublished("2016-03-14", "قتل مدني يوم الجمعة.")).date.value, "2016-03-11");
});

test("without an anchor a relative expression gives no date", () => {
  const record = extract(report("قصفت طائرات النظام مدينة البوكمال ليل أمس."));
  assert.deepEqual(record.date, { value: null, precision: "unknown", evidence: null });
});

test("a day with no month or year is not a date", () => {
  const record = extract(report("بدأ الهجوم في الثالث والعشرين من الشهر الحالي."));
  assert.equal(record.date.value, null);
  assert.equal(record.date.precision, "unknown");
});

test("explicit dates in Levantine and other month names, in words and digits", () => {
  assert.equal(extract(report("قتل ثلاثة مدنيين في 12 آذار 2016 بقصف على دوما.")).date.value, "2016-03-12");
  assert.equal(extract(report("في العاشر من حزيران/يونيو 2015 قصفت الطائرات المدينة.")).date.value, "2015-06-10");
  assert.equal(extract(report("وقعت المجزرة في 5 جوان 2014.")).date.value, "2014-06-05");
  assert.equal(extract(report("وقعت المجزرة بتاريخ 2014/06/05.")).date.value, "2014-06-05");
});

test("a month and year only give month precision", () => {
  assert.deepEqual(extract(report("شهد شهر تشرين الأول 2017 معارك عنيفة.")).date, {
    value: "2017-10",
    precision: "month",
    evidence: "شهر تشرين الأول 2017",
  });
});

test("«الجاري» takes its year from «العام الجاري»", () => {
  const record = extract(report("في العام الجاري 2017 تواصلت المعارك.", "قتل مدني في 3 أيلول الجاري."));
  assert.equal(record.date.value, "2017-09-03");
});

test("a relative expression next to a full date reveals the publication date", () => {
  const record = extract(report("نشر المرصد أمس الأول الـ 29 من تشرين الأول 2017 أن قوات النظام تقدمت، وتتواصل المعارك اليوم."));
  assert.equal(record.source.published, "2017-10-31");
  assert.equal(record.date.value, "2017-10-29");
});

test("a date stamp above the report anchors relative dates", () => {
  const text = ["الثلاثاء 31 تشرين الأول 2017", "", "قتل مدنيان أمس في قصف على الميادين."].join("\n");
  const record = extract(text);
  assert.equal(record.date.value, "2017-10-30");
  assert.ok(record.removed.includes("الثلاثاء 31 تشرين الأول 2017"));
});

test("a curated date wins and is listed as curated", () => {
  const record = extract(`---\ndate: 2017-10\n---\n${report("قتل مدني في 3 أيلول 2017.")}`);
  assert.deepEqual(record.date, { value: "2017-10", precision: "month", evidence: null });
  assert.ok(record.curated?.includes("date"));
});

test("«آب» alone is a word, not a month", () => {
  assert.equal(extract(report("قال الاب إن ابنه قتل.")).date.value, null);
});

test("a labelled publication date above the report anchors relative dates", () => {
  const text = ["عنب بلدي – الرقة", "", "تاريخ النشر: 2019/03/12", "", "قتل ثلاثة مدنيين أمس جراء قصف على مدينة الميادين."].join("\n");
  const record = extract(text);
  assert.equal(record.source.published, "2019-03-12");
  assert.deepEqual(record.date, { value: "2019-03-11", precision: "day", evidence: "أمس" });
});

test("a day of «this month» or «last month» is a date only against a known anchor", () => {
  assert.equal(extract(withPublished("2017-10-31", "بدأ الهجوم في الثالث والعشرين من الشهر الحالي.")).date.value, "2017-10-23");
  assert.equal(extract(withPublished("2017-10-31", "قتل مدني في 5 من الشهر الماضي.")).date.value, "2017-09-05");
  assert.equal(extract(report("بدأ الهجوم في الثالث والعشرين من الشهر الحالي.")).date.value, null);
});

test("a date the text recalls is not the events' date: founding years, «منذ», a pluperfect sentence", () => {
  assert.equal(extract(report("قتل مدني بقصف على بلدة تلبيسة، بحسب الشبكة التي تأسست عام 2013.")).date.value, null);
  assert.equal(extract(report("قتل مدني بقصف على البلدة المحاصرة منذ آذار 2013.")).date.value, null);
  assert.equal(extract(report("قتل مدنيان بقصف على البلدة. وكانت قوات النظام قد سيطرت عليها في أيار 2016.")).date.value, null);
  assert.equal(extract(report("قتل مدنيان بقصف على البلدة. يذكر أن البلدة شهدت مجزرة في 12 آب 2014.")).date.value, null);
  // a recollection does not hide the events' own date, nor a recent relative day
  assert.equal(extract(report("قتل مدنيان في 3 تموز 2017. وكانت القوات قد سيطرت على البلدة في أيار 2016.")).date.value, "2017-07-03");
  assert.equal(extract(withPublished("2017-06-23", "وكان شاب قد قتل أمس برصاص قناص.")).date.value, "2017-06-22");
});

test("a weekday with its date is that date: «يوم الأحد (3 آذار)», «الخميس الموافق 7 أيلول 2017»", () => {
  const stamped = ["الثلاثاء 5 آذار 2019", "", "قتل مدنيان يوم الأحد (3 آذار) بقصف على بلدة تلبيسة."].join("\n");
  assert.deepEqual(extract(stamped).date, { value: "2019-03-03", precision: "day", evidence: "يوم الأحد (3 آذار" });
  assert.equal(extract(report("قتل مدني يوم الخميس الموافق 7 أيلول 2017 في حمص.")).date.value, "2017-09-07");
});

test("a weekday is resolved after a part of the day or set off by commas, and the publication's weekday is that day", () => {
  // 2019-05-15 was a Wednesday
  assert.equal(extract(withPublished("2019-05-15", "قتل مدنيان ليل الإثنين بقصف على البلدة.")).date.value, "2019-05-13");
  assert.equal(extract(withPublished("2019-05-15", "قتل مدني مساء الجمعة بقصف على البلدة.")).date.value, "2019-05-10");
  assert.equal(extract(withPublished("2019-05-15", "قتل مدني، الثلاثاء، بقصف على البلدة.")).date.value, "2019-05-14");
  assert.equal(extract(withPublished("2019-05-15", "قتل مدني يوم الأربعاء بقصف على البلدة.")).date.value, "2019-05-15");
  assert.equal(extract(withPublished("2019-05-15", "قتل مدني الأربعاء الماضي بقصف على البلدة.")).date.value, "2019-05-08");
  // «الأحد» alone is also «the one»
  assert.equal(extract(withPublished("2019-05-15", "قتل الأحد عشر عنصراً.")).date.value, null);
});

test("a labelled publication date anchors relative days wherever it stands; an update stamp never does", () => {
  const zone = ["تاريخ النشر: 12 آذار 2019 - 10:30 بتوقيت دمشق", "", "قتل مدنيان أمس بقصف على بلدة تلبيسة."].join("\n");
  assert.equal(extract(zone).date.value, "2019-03-11");
  assert.ok(!extract(zone).locations.some((l) => l.name === "دمشق"));
  const below = ["قتل مدنيان أمس بقصف على بلدة تلبيسة.", "", "نشر بتاريخ: 2019/03/12"].join("\n");
  assert.equal(extract(below).date.value, "2019-03-11");
  const updated = ["تحديث بتاريخ 14 آذار 2019", "", "قتل مدنيان أمس بقصف على بلدة تلبيسة."].join("\n");
  assert.deepEqual(extract(updated).date, { value: null, precision: "unknown", evidence: null });
});
