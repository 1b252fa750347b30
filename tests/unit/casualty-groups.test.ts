import assert from "node:assert/strict";
import { test } from "node:test";
import { extract, report } from "../helpers/extract.ts";
import { claim, claims } from "../helpers/claims.ts";

test("people of one kind joined by «و» are one group: their counts add up", () => {
  assert.deepEqual(claims("قتل شاب ووالدته بقصف على حي الصاخور."), [claim("civilians", "killed", 2)]);
  assert.deepEqual(claims("أصيب أربعة أطفال وامرأة في غارة على بلدة التح."), [claim("civilians", "injured", 5)]);
  assert.deepEqual(claims("استشهد طفلان ورجل وامرأتان في القصف."), [claim("civilians", "killed", 5)]);
});

test("from eleven on the number counts a singular noun, and a noun joined to it shares the count", () => {
  assert.deepEqual(claims("قضت سبع عشرة امرأة وطفلة في المجزرة."), [claim("civilians", "killed", 17)]);
});

test("groups of two sides joined by «و» are two claims that share the verb", () => {
  assert.deepEqual(claims("قتل 6 عناصر من قسد و3 من مقاتلي داعش في اشتباكات قرب الهول."), [
    claim("sdf", "killed", 6),
    claim("islamic-state", "killed", 3),
  ]);
  assert.deepEqual(claims("أصيب مدنيان وعنصر من قوات النظام بانفجار عبوة."), [claim("civilians", "injured", 2), claim("syrian-government", "injured", 1)]);
});

test("counts in two places share the verb: «وقتل 5 في X و2 في Y»", () => {
  assert.deepEqual(claims("وقتل 5 مدنيين في الرستن و2 في تلبيسة بقصف مدفعي."), [claim("civilians", "killed", 5), claim("civilians", "killed", 2)]);
});

test("a breakdown after «بينهم» is part of the toll, not a group of its own", () => {
  assert.deepEqual(claims("قتل تسعة مدنيين بينهم طفل وامرأة بقصف على أريحا."), [claim("civilians", "killed", 9)]);
});

test("a singular role or kin noun is a count of one, with any possessive", () => {
  assert.deepEqual(claims("قتلت ممرضة وأصيب ابنها في قصف على المشفى."), [claim("civilians", "killed", 1), claim("civilians", "injured", 1)]);
  assert.deepEqual(claims("أصيب رجل وقتلت زوجته وطفلاه بغارة جوية."), [claim("civilians", "injured", 1), claim("civilians", "killed", 3)]);
  assert.deepEqual(claims("قتل عنصر من الشرطة وجرح ثالث في الهجوم."), [claim("unknown", "killed", 1), claim("unknown", "injured", 1)]);
});

test("a word that counts nothing after a group is not a second group: «في عام واحد»", () => {
  assert.deepEqual(claims("وثق الفريق مقتل ستين مدنياً في عام واحد."), [claim("civilians", "killed", 60)]);
  assert.deepEqual(claims("قتل أربعة مدنيين من عائلة واحدة."), [claim("civilians", "killed", 4)]);
});

test("the evidence of a group that shares a verb is its own words", () => {
  const text = report("وقتل 5 مدنيين في الرستن و2 في تلبيسة بقصف مدفعي.");
  const [, second] = extract(text).casualties;
  assert.ok(second && text.includes(second.evidence));
  assert.match(second?.evidence ?? "", /^2 في تلبيسة/);
});
