import assert from "node:assert/strict";
import { test } from "node:test";
import { reportId } from "../../src/read/report-id.ts";

test("an id comes from the file name, so a typo fix in the text keeps it", () => {
  assert.equal(reportId("content/reports/000_2f332df18204745e.txt"), "000-2f332df18204745e");
  assert.equal(reportId("a/b/Deir Report (2).md"), "deir-report-2");
});

test("a pinned id wins", () => {
  assert.equal(reportId("x.txt", "sohr-2017-10-31"), "sohr-2017-10-31");
});

test("a name with no Latin letters gets a stable hash id, distinct per name", () => {
  const first = reportId("تقرير الحويقة.txt");
  assert.match(first, /^r-[0-9a-f]{12}$/);
  assert.equal(reportId("other/dir/تقرير الحويقة.txt"), first);
  assert.notEqual(reportId("تقرير الجورة.txt"), first);
});

test("a derived id is never longer than a pinned id may be, so every file can be renamed with its id pinned", () => {
  const long = `${"deir-ez-zor-report-".repeat(12)}2017.txt`;
  const id = reportId(long);
  assert.ok(id.length <= 100, `${id.length} characters`);
  assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
  assert.ok(id.startsWith("deir-ez-zor-report-deir"), id);
  assert.notEqual(reportId(`${"deir-ez-zor-report-".repeat(12)}2018.txt`), id, "two long names that share their start differ");
  assert.equal(reportId("a".repeat(100) + ".txt"), "a".repeat(100), "a name of 100 characters is kept as it is");
});
