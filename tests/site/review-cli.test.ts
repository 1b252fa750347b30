/**
 * The archivist's commands, run as a user runs them, from the archive's folder:
 * npm run review, npm run extract with a review, npm run places -- unknown.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import type { ReportRecord } from "../../src/types.ts";
import { fixture, makeArchive, ROOT } from "../helpers/archive.ts";

const FIXTURES = fileURLToPath(new URL("../fixtures/reviews/", import.meta.url));
const TSX = import.meta.resolve("tsx");

function command(content: string, script: string, args: readonly string[]) {
  return spawnSync(process.execPath, ["--import", TSX, join(ROOT, "scripts", script), ...args], { cwd: dirname(content), encoding: "utf8", timeout: 120_000 });
}

describe("npm run review", () => {
  let content: string;
  const review = (name: string): string => readFileSync(join(content, "reviews", name), "utf8");

  before(() => {
    content = makeArchive({
      "harabesh-shelling.txt": fixture(join(FIXTURES, "reports/harabesh-shelling.txt")),
      "with-front-matter.md": fixture(join(FIXTURES, "reports/with-front-matter.md")),
      "village.txt": "قصف على قرية الحلوانية في ريف دير الزور الشرقي.\n",
    });
  });

  test("writes the report's review file pre-filled with the machine's reading, says what it wrote, and never overwrites one", () => {
    const first = command(content, "review.ts", ["content/reports/harabesh-shelling.txt"]);
    assert.equal(first.status, 0, first.stderr);
    assert.equal(first.stdout, "wrote content/reviews/harabesh-shelling.yaml for content/reports/harabesh-shelling.txt: 5 places, 2 actors, 4 claims, status: machine\n");
    assert.match(review("harabesh-shelling.yaml"), /^status: machine$/m);

    writeFileSync(join(content, "reviews/harabesh-shelling.yaml"), "status: reviewed\nreviewer: Lina Haddad\n");
    const again = command(content, "review.ts", ["content/reports/harabesh-shelling.txt"]);
    assert.equal(again.status, 1);
    assert.match(again.stderr, /content\/reviews\/harabesh-shelling\.yaml exists: not overwritten \(--force writes it anew/);
    assert.equal(review("harabesh-shelling.yaml"), "status: reviewed\nreviewer: Lina Haddad\n");

    const forced = command(content, "review.ts", ["--force", "content/reports/harabesh-shelling.txt", "elsewhere/x.txt"]);
    assert.equal(forced.status, 1, "a file outside the archive's reports is refused");
    assert.match(forced.stderr, /elsewhere\/x\.txt: not a report of content\/reports\//);
    assert.match(review("harabesh-shelling.yaml"), /^status: machine$/m);
  });

  test("--unreviewed writes a review for every report that has none", () => {
    const run = command(content, "review.ts", ["--unreviewed"]);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(run.stdout.trim().split("\n").map((line) => line.split(" ")[1]), ["content/reviews/village.yaml", "content/reviews/with-front-matter.yaml"]);
    assert.match(review("with-front-matter.yaml"), /^# outlet: set in the report's front matter \(content\/reports\/with-front-matter\.md:2\); change it there$/m);
    assert.match(command(content, "review.ts", ["--unreviewed"]).stdout, /already has a review file/);
  });

  test("npm run extract applies a report's review, and names a bad one by file, line and column", () => {
    mkdirSync(join(content, "reviews"), { recursive: true });
    writeFileSync(join(content, "reviews/harabesh-shelling.yaml"), readFileSync(join(FIXTURES, "good/fixes-count.yaml")));
    writeFileSync(join(content, "reviews/village.yaml"), readFileSync(join(FIXTURES, "bad/unknown-outcome.yaml")));
    const run = command(content, "extract.ts", ["content/reports/harabesh-shelling.txt", "content/reports/village.txt"]);
    assert.equal(run.status, 1);
    const [reviewed, machine] = run.stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as ReportRecord);
    assert.equal(reviewed!.casualties[0]!.count, 6);
    assert.equal(reviewed!.review?.reviewer, "Lina Haddad");
    assert.equal(machine!.review, undefined);
    assert.match(run.stderr, /content\/reviews\/village\.yaml:6:14-6:18 error unknown outcome "dead"/);
  });

  test("npm run places -- unknown lists the places the archive names that the gazetteer lacks, with their reports, spellings and parent", () => {
    const run = command(content, "places.ts", ["unknown"]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /lacks \d+ places the reports of content\/ name, the most named first/);
    assert.match(run.stdout, /«الحلوانية»: 1 report, in ريف دير الزور الشرقي \(1\)\n {2}spelled: «الحلوانية»\n {2}named at: content\/reports\/village\.txt:1:\d+-1:\d+\n {2}reports: village\n {2}entry: {3}- \{slug: alhlwanyh, name: الحلوانية, type: , parent: deir-ez-zor-eastern-countryside\}/);
  });
});
