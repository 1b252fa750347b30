#!/usr/bin/env node
/**
 * npm run bench [-- --sizes 1000,10000 --seed 1 --keep --ci --no-browser]
 * Generates corpora, measures extraction, the full site build and the two
 * baselines in one run, and prints a Markdown table (written into bench/README.md
 * unless --ci). See bench/README.md.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { awkwardInputsTable, measureAwkwardInputs } from "../bench/awkward-inputs.ts";
import { loadCorpusVocabulary } from "../bench/corpus-vocabulary.ts";
import { describeMachine } from "../bench/machine.ts";
import { BenchProgress } from "../bench/progress.ts";
import { resultsTable } from "../bench/report-table.ts";
import { benchSize, type SizeResult } from "../bench/run-size.ts";
import { dataFilesFor } from "../src/knowledge/data-files.ts";
import { loadKnowledge } from "../src/knowledge/index.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const OUT = join(ROOT, "bench", "out");
const README = join(ROOT, "bench", "README.md");
const START = "<!-- bench:results:start -->";
const END = "<!-- bench:results:end -->";

const { values } = parseArgs({
  options: {
    sizes: { type: "string" },
    seed: { type: "string", default: "1" },
    keep: { type: "boolean", default: false },
    ci: { type: "boolean", default: false },
    "no-browser": { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});
if (values.help) {
  process.stdout.write("usage: npm run bench -- [--sizes 1000,10000] [--seed 1] [--keep] [--ci] [--no-browser]\n");
  process.exit(0);
}
const sizes = (values.sizes ?? (values.ci ? "200" : "1000,10000")).split(",").map(Number);
const seed = Number(values.seed);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(seed)) {
  process.stderr.write(`--sizes takes positive integers separated by commas and --seed an integer (got --sizes ${values.sizes} --seed ${values.seed})\n`);
  process.exit(2);
}

const progress = BenchProgress.forTerminal(values.ci);
const knowledge = loadKnowledge(dataFilesFor());
const vocabulary = loadCorpusVocabulary(knowledge);
const machine = describeMachine();
const results: SizeResult[] = [];
for (const n of sizes) {
  const outDir = join(OUT, String(n));
  results.push(await benchSize({ n, seed, outDir, knowledge, vocabulary, progress, browser: !values["no-browser"] }));
  if (!values.keep) rmSync(outDir, { recursive: true, force: true });
}

progress.stage("awkward inputs");
const awkward = measureAwkwardInputs(knowledge);
const table = `${resultsTable(results, machine, seed, Number((loadavg()[0] ?? 0).toFixed(1)))}\n\n${awkwardInputsTable(awkward)}`;
process.stdout.write(`${table}\n`);
writeFileSync(join(OUT, "results.json"), JSON.stringify({ machine, seed, results, awkward }, null, 2));
if (!values.ci) {
  const readme = readFileSync(README, "utf8");
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${README}: the markers ${START} … ${END} are missing`);
  const stamp = `Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC with \`npm run bench -- --sizes ${sizes.join(",")} --seed ${seed}\`.`;
  writeFileSync(README, `${readme.slice(0, start + START.length)}\n${stamp}\n\n${table}\n${readme.slice(end)}`);
}
// A part that failed is printed in the table; CI must notice it, without judging any time.
const failed = results.some((r) => [r.extraction, r.build, r.rebuild, r.floor, r.hugo].some((part) => "error" in part)) || awkward.some((input) => !input.published);
process.exitCode = failed ? 1 : 0;
