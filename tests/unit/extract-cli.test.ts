import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import type { ReportRecord } from "../../src/types.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const seeds = join(root, "tests/fixtures/seeds/raw");
const seedFiles = readdirSync(seeds)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => join(seeds, f));

/** Runs the command the README gives: `npm run --silent extract -- FILE …`. */
function extractCommand(files: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync("npm", ["run", "--silent", "extract", "--", ...files], { cwd: root, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const schema = JSON.parse(readFileSync(join(root, "spec/report.schema.json"), "utf8"));
const validate = new Ajv2020.default({ allErrors: true, strict: false }).compile(schema);

/** Extracts a fixture set with the README's command and scores it with the repository's scorer. */
function score(set: "seeds" | "probes"): { overall: number; evidenceOk: number } {
  const raw = join(root, "tests/fixtures", set, "raw");
  const files = readdirSync(raw).sort().map((f) => join(raw, f));
  const run = extractCommand(files);
  assert.equal(run.status, 0, run.stderr);
  const out = join(mkdtempSync(join(tmpdir(), "extract-")), "out.jsonl");
  writeFileSync(out, run.stdout);
  const scorer = spawnSync(
    process.execPath,
    [join(root, "scripts/score-extraction.mjs"), "--raw", raw, "--expected", join(root, "tests/fixtures", set, "expected"), "--extracted", out, "--json"],
    { encoding: "utf8" },
  );
  return JSON.parse(scorer.stdout) as { overall: number; evidenceOk: number };
}

test("the seed reports score at least 0.95 against the careful human reading", () => {
  const { overall, evidenceOk } = score("seeds");
  assert.ok(overall >= 0.95, `overall ${overall}`);
  assert.equal(evidenceOk, 1);
});

/** The public probes, one phenomenon or two each: the floor only ever rises. */
const PROBES_FLOOR = 0.98;

test(`the public probes score at least ${PROBES_FLOOR}, perpetrators included`, () => {
  const { overall, evidenceOk } = score("probes");
  assert.ok(overall >= PROBES_FLOOR, `overall ${overall}`);
  assert.equal(evidenceOk, 1);
});

test("one JSON line per file, in order, each valid against the schema, evidence inside the file", () => {
  const run = extractCommand(seedFiles);
  const lines = run.stdout.trimEnd().split("\n");
  assert.equal(lines.length, seedFiles.length);
  lines.forEach((line, index) => {
    const record = JSON.parse(line) as ReportRecord;
    assert.ok(validate(record), JSON.stringify(validate.errors));
    assert.equal(record.file, seedFiles[index]);
    const text = readFileSync(seedFiles[index]!, "utf8");
    const evidence: string[] = [
      ...record.locations.flatMap((l) => l.evidence),
      ...record.actors.flatMap((a) => a.evidence),
      ...record.casualties.map((c) => c.evidence),
      ...(record.date.evidence ? [record.date.evidence] : []),
    ];
    for (const e of evidence) assert.ok(text.includes(e), `${record.file}: ${e}`);
  });
});

test("the same input gives byte-identical output", () => {
  assert.equal(extractCommand(seedFiles).stdout, extractCommand(seedFiles).stdout);
});

test("a broken file gets an error record naming it, the rest are extracted, and the command exits 1", () => {
  const dir = mkdtempSync(join(tmpdir(), "broken-"));
  const good = join(dir, "good.txt");
  const empty = join(dir, "empty.txt");
  const badYaml = join(dir, "bad-yaml.md");
  const code = join(dir, "code.md");
  const later = join(dir, "later.txt");
  writeFileSync(good, "قتل مدني في قصف على الحويقة.\n");
  writeFileSync(empty, "  \n\n");
  writeFileSync(badYaml, "---\nurl: https://example.org/a\ntitle: [unclosed\n---\nنص التقرير.\n");
  writeFileSync(code, "---js\n{ title: process.exit(3) }\n---\nنص التقرير.\n");
  writeFileSync(later, "جرح طفلان في قصف على الجورة.\n");
  const run = extractCommand([good, empty, badYaml, code, later]);
  assert.equal(run.status, 1);
  const records = run.stdout.trimEnd().split("\n").map((line) => JSON.parse(line));
  assert.deepEqual(records.map((r) => r.file), [good, empty, badYaml, code, later]);
  for (const record of records) assert.ok(validate(record), JSON.stringify(validate.errors));
  assert.equal(records[0].error, undefined);
  assert.equal(records[4].error, undefined);
  assert.equal(records[1].error.code, "empty");
  assert.match(records[1].error.message, /empty\.txt/);
  assert.equal(records[2].error.code, "front-matter-yaml");
  assert.match(records[2].error.message, /bad-yaml\.md:\d+:\d+/);
  assert.ok(records[2].error.line >= 3);
  assert.equal(records[3].error.code, "front-matter-refused");
  assert.match(records[3].error.message, /code\.md/);
});

test("curated front matter wins over the text and is listed", () => {
  const dir = mkdtempSync(join(tmpdir(), "curated-"));
  const file = join(dir, "curated.md");
  writeFileSync(
    file,
    "---\nid: dz-2017-huweiqa\nurl: https://example.org/r/1\npublished: 2017-10-31\noutlet: عين الفرات\n---\nديرالزور – صوت وصورة\n\nقصف على الحويقة أمس أدى لمقتل مدني.\n",
  );
  const [record] = extractCommand([file]).stdout.trimEnd().split("\n").map((line) => JSON.parse(line));
  assert.equal(record.id, "dz-2017-huweiqa");
  assert.equal(record.source.outlet, "عين الفرات");
  assert.equal(record.source.url, "https://example.org/r/1");
  assert.deepEqual(record.date, { value: "2017-10-30", precision: "day", evidence: "أمس" });
  assert.deepEqual(record.curated.sort(), ["id", "source.outlet", "source.published", "source.url"]);
});

test("--frail makes a warning fail the run; without it a warning is only printed", () => {
  const dir = mkdtempSync(join(tmpdir(), "frail-"));
  const warned = join(dir, "warned.md");
  writeFileSync(warned, "---\ntags: [a]\n---\nقتل مدني في قصف على الحويقة.\n");
  const lenient = extractCommand([warned]);
  assert.equal(lenient.status, 0);
  assert.match(lenient.stderr, /warned\.md:2:1 warning unknown front-matter key "tags" is ignored front-matter-unknown-key/);
  assert.equal(extractCommand(["--frail", warned]).status, 1);
});
