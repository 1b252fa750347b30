/**
 * The README's "Citing the archive" examples are a real build's output: this
 * builds the seed reports again the way scripts/readme-citations.ts does and
 * compares, so a change to what the archive writes must update the README too
 * (`node --import tsx scripts/readme-citations.ts --write`).
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { citingSection, readmeSection } from "../../scripts/readme-citations.ts";

test("the README cites a report in every format exactly as a build of the seeds does", async () => {
  const section = readmeSection();
  assert.ok(section, "README.md has the citing-the-archive markers");
  assert.equal(section, await citingSection(), "run: node --import tsx scripts/readme-citations.ts --write");
  for (const format of ["```bibtex\n@online{", "```text\nTY  - NEWS", "```json\n[", "DC.type: News Item"]) assert.ok(section.includes(format), format);
});
