import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatMessage, hasWarnings, type Message } from "../../src/message.ts";

const base: Message = { file: "content/reports/a.txt", severity: "info", reason: "«تل الورد» is named as a place but is not in the gazetteer", ruleId: "place-unknown" };

describe("formatMessage", () => {
  it("prints the range, severity, reason and rule as remark does", () => {
    const ranged = { ...base, start: { line: 3, column: 12 }, end: { line: 3, column: 20 } };
    assert.equal(formatMessage(ranged), "content/reports/a.txt:3:12-3:20 info «تل الورد» is named as a place but is not in the gazetteer place-unknown");
  });

  it("prints a point without an end, and the file alone without a place", () => {
    assert.equal(formatMessage({ ...base, start: { line: 1, column: 1 } }).split(" ")[0], "content/reports/a.txt:1:1");
    assert.equal(formatMessage(base).split(" ")[0], "content/reports/a.txt");
  });
});

describe("hasWarnings", () => {
  it("counts warnings and errors, not information", () => {
    assert.equal(hasWarnings([base]), false);
    assert.equal(hasWarnings([base, { ...base, severity: "warning" }]), true);
    assert.equal(hasWarnings([{ ...base, severity: "error" }]), true);
  });
});
