import assert from "node:assert/strict";
import { test } from "node:test";
import { formatDate } from "../../src/views/dates.ts";

test("a date is written exactly as precisely as it is known", () => {
  assert.equal(formatDate({ value: "2017-10-31", precision: "day" }), "31 تشرين الأول 2017");
  assert.equal(formatDate({ value: "2017-10", precision: "month" }), "تشرين الأول 2017");
  assert.equal(formatDate({ value: "2017", precision: "year" }), "2017");
  assert.equal(formatDate({ value: null, precision: "unknown" }), "التاريخ غير معروف");
  // A precision finer than the value never invents the missing part.
  assert.equal(formatDate({ value: "2017", precision: "day" }), "2017");
  assert.equal(formatDate({ value: "2017-01-05", precision: "month" }), "كانون الثاني 2017");
});
