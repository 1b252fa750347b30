import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { splitFrontMatter } from "../../src/read/front-matter.ts";
import { ReportError } from "../../src/read/report-error.ts";

const FILE = "reports/curated.md";

function refusal(text: string): ReportError {
  try {
    splitFrontMatter(text, FILE);
  } catch (error) {
    assert.ok(error instanceof ReportError, `expected a ReportError, got ${String(error)}`);
    return error;
  }
  assert.fail("expected the front matter to be refused");
}

/** The 1-based line and column of the first occurrence of `needle` in `text`. */
function placeOf(text: string, needle: string): { line: number; column: number } {
  const index = text.indexOf(needle);
  assert.ok(index >= 0, `${JSON.stringify(needle)} is in the text`);
  const before = text.slice(0, index).replace(/^\ufeff/, "");
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

function assertPointsAt(error: ReportError, text: string, needle: string): void {
  const { line, column } = placeOf(text, needle);
  assert.equal(error.report.start?.line, line, `line of ${JSON.stringify(needle)}: ${error.message}`);
  assert.equal(error.report.start?.column, column, `column of ${JSON.stringify(needle)}: ${error.message}`);
  assert.ok(error.message.startsWith(`${FILE}:${line}:${column}`), error.message);
}

describe("splitFrontMatter: what it reads", () => {
  it("leaves a report without front matter alone", () => {
    const text = "دير الزور – صوت وصورة\n\nنص التقرير";
    assert.deepEqual(splitFrontMatter(text, FILE), { curated: {}, body: text, bodyOffset: 0, warnings: [] });
  });

  it("does not take a dashed rule at the top of a scraped report for front matter", () => {
    const text = "----------\nنص التقرير\n---\n";
    assert.equal(splitFrontMatter(text, FILE).body, text);
  });

  const curatedReport = [
    "---",
    "id: deir-2017-01-25",
    "url: https://example.org/report?id=5",
    "published: 2017-01-26",
    "date: 2017-01",
    "title: عنوان",
    "outlet: صوت وصورة",
    "---",
    "نص التقرير",
  ];

  for (const [name, eol, prefix, opening] of [
    ["LF", "\n", "", "---"],
    ["CRLF", "\r\n", "", "---"],
    ["a byte-order mark", "\n", "\ufeff", "---"],
    ["a ---yaml language tag", "\n", "", "---yaml"],
    ["a --- YAML tag with spaces", "\r\n", "", "--- YAML  "],
  ] as const) {
    it(`reads curated values and finds the body exactly, with ${name}`, () => {
      const text = prefix + [opening, ...curatedReport.slice(1)].join(eol);
      const split = splitFrontMatter(text, FILE);
      assert.deepEqual(split.curated, {
        id: "deir-2017-01-25",
        url: "https://example.org/report?id=5",
        published: "2017-01-26",
        date: "2017-01",
        title: "عنوان",
        outlet: "صوت وصورة",
      });
      assert.equal(split.body, "نص التقرير");
      assert.equal(text.slice(split.bodyOffset), split.body);
      assert.deepEqual(split.warnings, []);
    });
  }

  it("keeps dates as the text wrote them, never as Date objects", () => {
    const split = splitFrontMatter("---\npublished: 2017-01-26\ndate: 2017\n---\nنص", FILE);
    assert.deepEqual(split.curated, { published: "2017-01-26", date: "2017" });
  });

  it("accepts empty front matter and empty values", () => {
    assert.deepEqual(splitFrontMatter("---\n---\nنص", FILE).curated, {});
    assert.deepEqual(splitFrontMatter("---\ntitle:\nid: ''\n---\nنص", FILE).curated, {});
  });

  it("reads quoted keys", () => {
    assert.deepEqual(splitFrontMatter("---\n\"id\": abc\n'title': t\n---\nنص", FILE).curated, { id: "abc", title: "t" });
  });
});

describe("splitFrontMatter: unknown keys are warnings with their line", () => {
  it("warns about each unknown key at its own line", () => {
    const text = "---\r\ntitle: x\r\n\r\ntags:\r\n  - a\r\nlayout: evil\r\n---\r\nنص";
    const { warnings, curated } = splitFrontMatter(text, FILE);
    assert.deepEqual(curated, { title: "x" });
    assert.deepEqual(
      warnings.map((w) => [w.reason, w.start?.line, w.start?.column, w.ruleId]),
      [
        ['unknown front-matter key "tags" is ignored', placeOf(text, "tags").line, 1, "front-matter-unknown-key"],
        ['unknown front-matter key "layout" is ignored', placeOf(text, "layout").line, 1, "front-matter-unknown-key"],
      ],
    );
  });

  it("caps the warnings for a flood of unknown keys and says how many more there were", () => {
    const keys = Array.from({ length: 500 }, (_, i) => `k${i}: ${i}`);
    const { warnings } = splitFrontMatter(`---\n${keys.join("\n")}\n---\nنص`, FILE);
    assert.equal(warnings.length, 21);
    assert.match(warnings.at(-1)?.reason ?? "", /^480 more unknown front-matter keys are ignored$/);
    assert.equal(warnings.at(-1)?.start?.line, 2 + 20);
  });
});

describe("splitFrontMatter: nothing in front matter runs", () => {
  for (const language of ["js", "javascript", "JS", "coffee", "coffeescript", "toml", "json"]) {
    it(`refuses ---${language} front matter without running it`, () => {
      const marker = `__pwned_${language}`;
      const text = `---${language}\nglobalThis.${marker} = true; module.exports = {id: "x"}\n---\nنص`;
      const error = refusal(text);
      assert.equal(error.code, "front-matter-refused");
      assert.match(error.message, new RegExp(`front matter in "${language}" is refused: only YAML`));
      assertPointsAt(error, text, language);
      assert.equal((globalThis as Record<string, unknown>)[marker], undefined);
    });
  }

  it("refuses a language tag after spaces, pointing at the tag", () => {
    const text = "---   javascript\n1\n---\nنص";
    assertPointsAt(refusal(text), text, "javascript");
  });

  it("refuses YAML tags for JavaScript types", () => {
    const text = "---\ntitle: !!js/function 'function () { return 1 }'\n---\nنص";
    const error = refusal(text);
    assert.equal(error.code, "front-matter-yaml");
    assert.equal(error.report.start?.line, 2);
  });
});

describe("splitFrontMatter: YAML cannot pollute prototypes", () => {
  const attacks = {
    "__proto__ key": "---\n__proto__:\n  polluted: yes\nid: abc\n---\nنص",
    "merge key with __proto__": "---\nbase: &b\n  __proto__: {polluted: yes}\nx:\n  <<: *b\nid: abc\n---\nنص",
    "merge key of an inline __proto__": "---\n<<: {__proto__: {polluted: yes}}\nid: abc\n---\nنص",
    "merge key list": "---\na: &a {polluted: yes}\n<<: [*a]\nid: abc\n---\nنص",
    "constructor.prototype": "---\nconstructor:\n  prototype:\n    polluted: yes\nid: abc\n---\nنص",
  };
  for (const [name, text] of Object.entries(attacks)) {
    it(`ignores a ${name}, with a warning, and pollutes nothing`, () => {
      const split = splitFrontMatter(text, FILE);
      assert.deepEqual(split.curated, { id: "abc" });
      assert.equal(Object.getPrototypeOf(split.curated), Object.prototype);
      assert.equal(({} as Record<string, unknown>)["polluted"], undefined);
      assert.equal((split.curated as Record<string, unknown>)["polluted"], undefined);
      assert.ok(split.warnings.length > 0 && split.warnings.every((w) => w.ruleId === "front-matter-unknown-key"));
    });
  }

  it("does not apply merge keys at all (core schema): «<<» is just an unknown key", () => {
    const split = splitFrontMatter("---\nbase: &b {title: merged}\n<<: *b\n---\nنص", FILE);
    assert.deepEqual(split.curated, {});
    assert.deepEqual(split.warnings.map((w) => w.reason), [
      'unknown front-matter key "base" is ignored',
      'unknown front-matter key "<<" is ignored',
    ]);
  });

  it("refuses a curated key whose value is an alias to a mapping", () => {
    const text = "---\nx: &big {a: 1}\ntitle: *big\n---\nنص";
    const error = refusal(text);
    assert.match(error.message, /"title" must be a single text value \(got a mapping\)/);
    assertPointsAt(error, text, "title");
  });
});

describe("splitFrontMatter: malformed YAML gives file:line:column in the file", () => {
  const cases: Array<[string, string, string]> = [
    ["a duplicated key, LF", "---\ntitle: a\ntitle: b\n---\nنص", "title: b"],
    ["a duplicated key, CRLF", "---\r\ntitle: a\r\ntitle: b\r\n---\r\nنص", "title: b"],
    ["a duplicated key after a BOM", "\ufeff---\ntitle: a\ntitle: b\n---\nنص", "title: b"],
    ["a duplicated key after ---yaml", "---yaml\ntitle: a\ntitle: b\n---\nنص", "title: b"],
    ["a tab in indentation", "---\ntitle: x\nlist:\n\t- a\n---\nنص", "\t- a"],
    ["an unclosed flow mapping", "---\ntitle: x\nbad: {a: 1\nid: abc\n---\nنص", "id: abc"],
  ];
  for (const [name, text, at] of cases) {
    it(`points at ${name}`, () => {
      const error = refusal(text);
      assert.equal(error.code, "front-matter-yaml");
      assert.match(error.message, /front matter is not valid YAML: /);
      assert.equal(error.report.start?.line, placeOf(text, at).line, error.message);
      assert.ok(error.message.startsWith(`${FILE}:${error.report.start?.line}:${error.report.start?.column} error `), error.message);
    });
  }

  it("points at the column of a bad indentation", () => {
    const text = "---\ntitle: x\n  id: y\n---\nنص";
    const error = refusal(text);
    assert.equal(error.report.start?.line, 3);
    assert.ok((error.report.start?.column ?? 0) > 1, error.message);
  });

  it("refuses nesting deep enough to exhaust the stack, as a YAML error", () => {
    const error = refusal(`---\na: ${"[".repeat(100_000)}${"]".repeat(100_000)}\n---\nنص`);
    assert.equal(error.code, "front-matter-yaml");
    assert.equal(error.report.start?.line, 2);
  });

  it("does not expand a billion-laughs alias bomb", () => {
    const rows = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (const [name, previous] of [["b", "a"], ["c", "b"], ["d", "c"], ["e", "d"], ["f", "e"], ["g", "f"], ["h", "g"], ["i", "h"]]) {
      rows.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(", ")}]`);
    }
    // It reads as its key's value would; how long that takes is the benchmark's (bench/awkward-inputs.ts).
    const split = splitFrontMatter(`---\n${rows.join("\n")}\nid: ok\n---\nنص`, FILE);
    assert.deepEqual(split.curated, { id: "ok" });
  });

  it("refuses front matter that is not a mapping", () => {
    const error = refusal("---\n- a\n- b\n---\nنص");
    assert.match(error.message, /^reports\/curated\.md:2:1 error front matter must be a mapping/);
  });

  it("refuses front matter that is never closed", () => {
    const error = refusal("---\ntitle: x\nنص التقرير بلا نهاية للرأس\n");
    assert.equal(error.code, "front-matter-unclosed");
    assert.match(error.message, /^reports\/curated\.md:1:1 error front matter opened on line 1 is never closed/);
  });
});

describe("splitFrontMatter: invalid curated values name the key, the value and the line", () => {
  const cases: Array<[string, string, RegExp]> = [
    ["published: 2017-13-45", "published", /"published" must be a real date written YYYY-MM-DD \(got "2017-13-45"\)/],
    ["published: 2017-02-29", "published", /got "2017-02-29"/],
    ["published: 26/01/2017", "published", /got "26\/01\/2017"/],
    ["date: 2017-00", "date", /"date" must be a real date written YYYY, YYYY-MM or YYYY-MM-DD \(got "2017-00"\)/],
    ["date: 2017-04-31", "date", /got "2017-04-31"/],
    ["id: ../x", "id", /"id" must be lowercase Latin letters, digits and single hyphens \(got "\.\.\/x"\)/],
    ["id: Deir Report", "id", /got "Deir Report"/],
    ["id: تقرير", "id", /got "تقرير"/],
    ["id: a--b", "id", /got "a--b"/],
    [`id: ${"a".repeat(101)}`, "id", /"id" must be at most 100 characters \(got 101\)/],
    ["url: javascript:alert(1)", "url", /"url" must be an http:\/\/ or https:\/\/ address \(got "javascript:alert\(1\)"\)/],
    ["url: data:text/html,<script>alert(1)</script>", "url", /must be an http/],
    ["url: https://", "url", /got "https:\/\/"/],
    ["title: true", "title", /"title" must be a single text value \(got a boolean\)/],
    ["author: [a, b]", "author", /got a list/],
  ];
  for (const [line, key, message] of cases) {
    it(`refuses ${line}`, () => {
      const text = `---\r\ntitle_note_unknown: 1\r\n${line}\r\n---\r\nنص`;
      const error = refusal(text);
      assert.equal(error.code, "front-matter-invalid");
      assert.match(error.message, message);
      assertPointsAt(error, text, `${key}:`);
    });
  }
});

describe("splitFrontMatter: values that cannot mislead (issue #11)", () => {
  for (const written of ["0001", "0x1f", "1e3", "12"]) {
    it(`refuses id: ${written}, which YAML reads as a number, with a hint to quote it`, () => {
      const text = `---\ntitle: x\nid: ${written}\n---\nنص.\n`;
      const error = refusal(text);
      assert.equal(error.code, "front-matter-invalid");
      assertPointsAt(error, text, "id:");
      assert.match(error.message, new RegExp(`YAML reads ${written} as the number \\d+: quote it, id: "${written}"`));
    });
  }

  it("takes a quoted id that looks like a number as the text it is", () => {
    assert.equal(splitFrontMatter(`---\nid: "0001"\n---\nنص.\n`, FILE).curated.id, "0001");
  });

  it("takes a blank title as absent, with a warning at its line", () => {
    for (const blank of ['"   "', '""', "'\t'"]) {
      const { curated, warnings } = splitFrontMatter(`---\nurl: https://example.org/a\ntitle: ${blank}\n---\nنص.\n`, FILE);
      assert.equal(curated.title, undefined, blank);
      assert.deepEqual(warnings.map((w) => [w.ruleId, w.start?.line]), [["front-matter-blank", 3]], blank);
    }
  });
});
