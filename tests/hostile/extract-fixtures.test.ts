import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { describe, it } from "node:test";
import { extractReport } from "../../src/extract/index.ts";
import { isFailure } from "../../src/types.ts";
import { splitFrontMatter } from "../../src/read/front-matter.ts";
import { evidenceNotIn, linesLost } from "./evidence.ts";
import { knowledge } from "../helpers/knowledge.ts";

interface Expectation {
  outcome: "published" | "rejected";
  notices?: string[];
  sameAs?: string;
  code?: string;
  line?: number;
  column?: number;
}

const root = new URL("../../", import.meta.url);
const dir = "tests/fixtures/hostile/reports";
const expectations = JSON.parse(readFileSync(new URL("tests/fixtures/hostile/expectations.json", root), "utf8")) as Record<string, Expectation>;
delete expectations["$comment"];

const extract = (file: string) => extractReport({ file, bytes: readFileSync(new URL(file, root)) }, knowledge);

describe("hostile fixtures through extractReport", () => {
  it("has an expectation for every fixture and a fixture for every expectation", () => {
    assert.deepEqual(readdirSync(new URL(dir, root)).sort(), Object.keys(expectations).sort());
  });

  for (const [name, expected] of Object.entries(expectations)) {
    const file = `${dir}/${name}`;
    if (expected.outcome === "rejected") {
      it(`rejects ${name} as ${expected.code}, naming the file`, () => {
        const { output, text } = extract(file);
        assert.ok(isFailure(output), `${name} must be rejected`);
        assert.equal(output.file, file);
        assert.equal(output.error.code, expected.code);
        const place = expected.line === undefined ? "" : `:${expected.line}:${expected.column}`;
        assert.match(output.error.message, new RegExp(`^${escape(file)}${place}(-\\d+:\\d+)? error .+ ${expected.code}$`), output.error.message);
        assert.equal(output.error.line, expected.line);
        assert.equal(output.error.column, expected.column);
        assert.equal(text, null);
      });
    } else {
      it(`publishes ${name}${expected.notices?.length ? ` with ${expected.notices.join(", ")}` : ""}`, () => {
        const { output, notices, text } = extract(file);
        assert.ok(!isFailure(output), `${name} must be published: ${JSON.stringify(output)}`);
        assert.ok(text !== null);
        assert.deepEqual(evidenceNotIn(output, text), []);
        assert.deepEqual([...new Set(notices.map((n) => n.ruleId))].filter((rule) => rule !== "place-unknown"), expected.notices ?? []);
        for (const notice of notices) assert.equal(notice.file, file);
        if (expected.sameAs) {
          const original = extract(expected.sameAs).output;
          assert.ok(!isFailure(original));
          assert.deepEqual({ ...output, file: "", id: "" }, { ...original, file: "", id: "" }, `${name} reads as ${expected.sameAs}`);
        }
      });
    }
  }

  for (const [name, expected] of Object.entries(expectations)) {
    if (expected.outcome !== "published") continue;
    const file = `${dir}/${name}`;
    it(`loses no line of ${name}: each is in the title, the body or the removed lines`, () => {
      const { output, text } = extract(file);
      assert.ok(!isFailure(output) && text !== null);
      assert.deepEqual(linesLost(output, text, splitFrontMatter(text, file).bodyOffset), []);
    });
  }

  it("names the encoding it found in an info notice", () => {
    const { notices } = extract(`${dir}/encoding-windows-1256.txt`);
    assert.deepEqual(
      notices.filter((n) => n.ruleId === "encoding").map((n) => [n.file, n.severity, n.reason]),
      [[`${dir}/encoding-windows-1256.txt`, "info", "read as windows-1256"]],
    );
  });

  it("never lets front matter reach an object's prototype", () => {
    const { output } = extract(`${dir}/prototype-pollution.md`);
    assert.ok(!isFailure(output));
    assert.equal(({} as Record<string, unknown>)["polluted"], undefined);
    assert.equal(({} as Record<string, unknown>)["isAdmin"], undefined);
    assert.equal(output.title, "قصف على الحويقة");
  });

  it("keeps template syntax as the text it is", () => {
    const { output } = extract(`${dir}/template-syntax.md`);
    assert.ok(!isFailure(output));
    assert.equal(output.title, "{{ 7 * 7 }} {% raw %}");
    assert.ok(output.body.some((p) => p.includes("{{ 7 * 7 }}") && p.includes('{% include "../../package.json" %}') && p.includes("<%= 6 * 7 %>")));
    assert.ok(!output.body.some((p) => p.includes("49")));
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
