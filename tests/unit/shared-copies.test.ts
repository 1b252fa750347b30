/**
 * The repository keeps its own copies of the extraction contract, the seed and
 * probe fixtures and the scorer, so a clone tests itself. Where the shared
 * originals stand beside the repository (`../shared/`), the copies must match
 * them byte for byte, so neither can drift silently.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SHARED = join(ROOT, "../shared");

/** Shared original → the repository's copy. */
const COPIES: [string, string][] = [
  ["spec", "spec"],
  ["seeds/expected", "tests/fixtures/seeds/expected"],
  ["probes", "tests/fixtures/probes"],
  ["tools/score-extraction.mjs", "scripts/score-extraction.mjs"],
];
const SEED_REPORTS: [string, string] = ["seeds", "tests/fixtures/seeds/raw"];

function filesUnder(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { recursive: true, encoding: "utf8" })
    .map((name) => join(path, name))
    .filter((file) => statSync(file).isFile())
    .sort();
}

describe("the repository's copies of ../shared", { skip: existsSync(SHARED) ? false : "no ../shared beside this clone" }, () => {
  for (const [original, copy] of COPIES) {
    test(`${copy} is ../shared/${original}`, () => {
      const from = join(SHARED, original);
      const to = join(ROOT, copy);
      const names = (root: string): string[] => filesUnder(root).map((file) => relative(root, file));
      assert.deepEqual(names(to), names(from), "the same files");
      for (const name of names(from)) {
        assert.ok(readFileSync(join(to, name)).equals(readFileSync(join(from, name))), `${copy}/${name} differs from ../shared/${original}/${name}`);
      }
    });
  }

  test(`${SEED_REPORTS[1]} holds the seed reports of ../shared/${SEED_REPORTS[0]}`, () => {
    const reports = readdirSync(join(SHARED, SEED_REPORTS[0])).filter((name) => /\.(txt|md)$/.test(name)).sort();
    assert.deepEqual(readdirSync(join(ROOT, SEED_REPORTS[1])).sort(), reports);
    for (const name of reports) {
      assert.ok(readFileSync(join(ROOT, SEED_REPORTS[1], name)).equals(readFileSync(join(SHARED, SEED_REPORTS[0], name))), name);
    }
  });
});
