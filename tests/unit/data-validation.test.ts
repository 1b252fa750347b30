/**
 * Data files are checked against their schemas before anything uses them (issue
 * #11): each problem is named at its file, line and column with what was
 * expected, never accepted, never a stack trace.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { DATA_FILES, dataFilesFor, type DataFileName } from "../../src/knowledge/data-files.ts";
import { DATA_FILE_SPECS } from "../../src/knowledge/schemas.ts";
import { readDataFile } from "../../src/knowledge/validate-data.ts";
import { formatMessage } from "../../src/message.ts";

const check = (name: DataFileName, source: string): string[] => readDataFile({ name, path: `data/${name}`, own: true }, source).messages.map(formatMessage);

const GAZETTEER = `sources:
  geonames: {title: GeoNames, url: https://www.geonames.org/}
places:
  - {slug: syria, name: سوريا, type: region, parent: null}
  - slug: one
    name: واحد
    type: town
    parent: two
  - slug: two
    name: اثنان
    type: town
    parent: one
  - slug: itself
    name: نفسه
    type: village
    parent: itself
  - slug: twice
    name: مرتان
    type: village
    parent: syria
  - slug: twice
    name: مرتان ثانية
    type: village
    parent: nowhere
`;

describe("data files against their schemas", () => {
  it("has a schema for every data file the archive reads, and the repository's own files pass", () => {
    assert.deepEqual(Object.keys(DATA_FILE_SPECS).sort(), [...DATA_FILES].sort());
    for (const file of dataFilesFor()) assert.deepEqual(readDataFile(file, readFileSync(file.path, "utf8")).messages, [], file.name);
  });

  it("finds a parent cycle, a self-parent, a duplicate slug and a missing parent, each at its line and column", () => {
    // line 12: «parent: one» closes the cycle; 16: «parent: itself»; 21: the second «slug: twice»; 24: «parent: nowhere»
    assert.deepEqual(check("gazetteer.yaml", GAZETTEER), [
      `data/gazetteer.yaml:12:13 error the parents of "two" come back to it: one → two → one data-parent-cycle`,
      `data/gazetteer.yaml:16:13 error place "itself" is its own parent data-parent`,
      `data/gazetteer.yaml:21:11 error slug "twice" is given twice (entries 5 and 6) data-duplicate`,
      `data/gazetteer.yaml:24:13 error place "twice" has the parent "nowhere", which no place has as its slug data-parent`,
    ]);
    assert.equal(GAZETTEER.split("\n")[11], "    parent: one");
    assert.equal(GAZETTEER.split("\n")[20], "  - slug: twice");
  });

  it("finds a latitude of 999, naming the entry and what was expected", () => {
    const source = "sources:\n  geonames: {title: GeoNames, url: https://www.geonames.org/}\nplaces:\n  - slug: syria\n    name: سوريا\n    type: region\n    coords: {lat: 999, lon: 38.9, source: geonames}\n";
    const messages = readDataFile({ name: "gazetteer.yaml", path: "g.yaml", own: true }, source).messages;
    assert.deepEqual(messages.map(formatMessage), ["g.yaml:7:19 error `places[1] (syria).coords.lat` must be <= 90 (got 999) data-schema"]);
    assert.equal(messages[0]?.expected, "<= 90");
    assert.equal(messages[0]?.actual, "999");
  });

  it("names an unknown key, a wrong type and a value out of its list, with what each should be", () => {
    const actors = "- id: islamic-state\n  name: 5\n  alias: [داعش]\n";
    assert.deepEqual(check("actors.yaml", actors), [
      `data/actors.yaml:2:9 error \`entry [1] (islamic-state).name\` must be text (got 5) data-schema`,
      `data/actors.yaml:3:3 error \`entry [1] (islamic-state)\` has the unknown key "alias" (expected "id", "name", "kind", "aliases", "anaphora", "adjectives", "names_no_one", "formerly") data-schema`,
    ]);
    const lexicon = "victims:\n  - party: soldiers\nvague_counts:\n  some: [بعض]\n";
    assert.deepEqual(check("casualty-lexicon.yaml", lexicon), [
      `data/casualty-lexicon.yaml:2:12 error \`victims[1].party\` must be one of "civilians", "context", "unknown" (got "soldiers") data-schema`,
      `data/casualty-lexicon.yaml:4:3 error \`vague_counts\` has the key "some", which is not one of "exact", "at-least", "more-than", "about", "tens", "many", "unspecified" data-schema`,
    ]);
  });

  it("finds a former id that is an actor's id now, at its line and column", () => {
    const actors = "- id: hts\n  name: هيئة تحرير الشام\n  formerly: [nusra, russia]\n- id: russia\n  name: روسيا\n";
    assert.deepEqual(check("actors.yaml", actors), [`data/actors.yaml:3:21 error former id "russia" of "hts" is an actor's id now data-former-id`]);
  });

  it("names broken YAML at its line and column", () => {
    assert.deepEqual(check("outlets.yaml", "- name: أخبار الآن\n  aliases: [أخبار\n- name: سمارت\n"), ["data/outlets.yaml:3:1 error not valid YAML: missed comma between flow collection entries data-yaml"]);
  });
});
