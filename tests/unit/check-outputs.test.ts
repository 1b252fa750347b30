import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { checkOutputs, JsonChecker } from "../../src/publish/check-outputs.ts";

function siteWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "outputs-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe("checkOutputs: what the build writes must parse before it is published", () => {
  it("finds a feed with a control character XML does not allow, at its line and column", () => {
    const site = siteWith({ "feed.xml": `<?xml version="1.0"?>\n<feed>\n  <title>a\u0001b</title>\n</feed>\n`, "index.html": "<p>\u0001</p>" });
    const [problem, ...more] = checkOutputs(site, "out");
    assert.deepEqual(more, []);
    assert.equal(problem?.file, "out/feed.xml");
    assert.equal(problem?.start?.line, 3);
    assert.equal(problem?.ruleId, "output-unparseable");
    assert.match(problem?.reason ?? "", /does not parse as XML: .*character/);
  });

  it("finds JSON cut short or malformed, in any folder of the site", () => {
    const site = siteWith({ "data/reports.json": '[\n  {"id": "a"},\n  {"id": "b"\n', "search/places.json": '{"x": [1, 2,]}', "data/places.geojson": '{"type": "FeatureCollection", "features": []}\n' });
    const problems = checkOutputs(site);
    assert.deepEqual(problems.map((p) => [p.file.slice(site.length + 1), p.start?.line]), [["data/reports.json", 4], ["search/places.json", 1]]);
  });

  it("passes a site whose XML and JSON are well formed", () => {
    assert.deepEqual(checkOutputs(siteWith({ "feed.xml": "<feed><title>قصف &amp; نزوح</title></feed>", "a.json": '{"a": [true, false, null, -1.5e3, "\\u0041\\n"]}' })), []);
  });

  it("reads JSON a character at a time: every split of a document gives the same answer", () => {
    const cases: [string, boolean][] = [['{"a":[1,{"b":null}],"c":"\\u0041"}', true], ["[]", true], [" -0.5e+3 ", true], ['{"a":1,}', false], ["[1 2]", false], ['{"a"}', false], ["01", false], ['"\u0001"', false], ["[1,", false], ['{"a":tru}', false], ['"\\x"', false], ["", false], ["[}", false]];
    for (const [text, valid] of cases) {
      for (let split = 0; split <= text.length; split++) {
        const checker = new JsonChecker();
        checker.write(text.slice(0, split));
        checker.write(text.slice(split));
        assert.equal(checker.end() === undefined, valid, `${JSON.stringify(text)} split at ${split}`);
      }
    }
  });
});
