import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { formatPlace } from "../../src/message.ts";
import { editDistance, nearest } from "../../src/review/nearest.ts";
import { yamlPlaces, type YamlPath } from "../../src/review/yaml-places.ts";

const at = (text: string, path: YamlPath, part: "key" | "value" = "value"): string => formatPlace({ file: "f", ...yamlPlaces(text)[part](path) }).slice(2);

describe("yamlPlaces: where a key or value of a review file stands", () => {
  const text = [
    "# a comment",
    "status: reviewed   # trailing comment",
    'note: "a: quoted # value"',
    "locations:",
    "  - huweiqa",
    "  - name: تل الورد",
    "    type: village",
    "casualties:",
    "- party: civilians",
    "  count: -3",
    "- {party: unknown, count: 2}",
    "actors: [islamic-state, russia]",
    "body: |",
    "  count: not a key",
    "after: x",
  ].join("\n");

  test("keys and values of a block mapping, comments and quoted colons aside", () => {
    assert.equal(at(text, ["status"]), "2:9-2:17");
    assert.equal(at(text, ["status"], "key"), "2:1-2:7");
    assert.equal(at(text, ["note"]), "3:7-3:26");
  });

  test("items of a sequence, indented or not, and mappings inside them", () => {
    assert.equal(at(text, ["locations", 0]), "5:5-5:12");
    assert.equal(at(text, ["locations", 1, "name"]), "6:11-6:19");
    assert.equal(at(text, ["locations", 1, "type"]), "7:11-7:18");
    assert.equal(at(text, ["casualties", 0, "count"]), "10:10-10:12");
    assert.equal(at(text, ["casualties", 1], "key"), "11:1-11:2");
  });

  test("one-line flow collections, one level in", () => {
    assert.equal(at(text, ["casualties", 1, "count"]), "11:27-11:28");
    assert.equal(at(text, ["actors", 1]), "12:25-12:31");
  });

  test("a block scalar's lines are not keys, and the mapping goes on after it", () => {
    assert.equal(at(text, ["body", "count"]), "13:7-13:8");
    assert.equal(at(text, ["after"]), "15:8-15:9");
  });

  test("a path the scan could not follow is placed at the nearest node around it", () => {
    assert.equal(at(text, ["locations", 7]), "4:1-4:10");
    assert.equal(at(text, ["nowhere"]), "1:1");
  });
});

describe("nearest: what a mistyped id may have meant", () => {
  const candidates = [
    { id: "huweiqa", label: "الحويقة", names: ["الحويقة"] },
    { id: "harabesh", label: "هرابش", names: ["هرابش"] },
    { id: "joura", label: "الجورة", names: ["الجورة"] },
  ];

  test("by edit distance over ids and folded names", () => {
    assert.equal(editDistance("kitten", "sitting"), 3);
    assert.deepEqual(nearest("harabsh", candidates, 1), ["harabesh (هرابش)"]);
    assert.deepEqual(nearest("الحويقه", candidates, 1), ["huweiqa (الحويقة)"]);
  });
});
