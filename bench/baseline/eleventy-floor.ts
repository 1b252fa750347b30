#!/usr/bin/env node
/**
 * Baseline 1, the floor of our own stack: bare Eleventy rendering pre-extracted
 * records with a trivial layout (one paginated template, as the archive renders
 * its reports), then Pagefind over the output.
 *
 * node --import tsx src/bench/baseline/eleventy-floor.ts --records FILE.jsonl --out DIR --timings FILE.json
 */
import Eleventy from "@11ty/eleventy";
import { rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { readRecords } from "../records-file.ts";
import { indexWithPagefind } from "./pagefind-run.ts";

const TEMPLATES = fileURLToPath(new URL("./eleventy/", import.meta.url));

const { values } = parseArgs({ options: { records: { type: "string" }, out: { type: "string" }, timings: { type: "string" } } });
if (!values.records || !values.out || !values.timings) {
  process.stderr.write("usage: eleventy-floor.ts --records FILE.jsonl --out DIR --timings FILE.json\n");
  process.exit(2);
}
const outDir = resolve(values.out);
const started = performance.now();
const records = await readRecords(values.records);
const loaded = performance.now();

rmSync(outDir, { recursive: true, force: true });
const eleventy = new Eleventy(TEMPLATES, outDir, {
  quietMode: true,
  // No config file (Eleventy 3.1 finds none for a .ts config): the floor is Eleventy's defaults plus the records as global data.
  config(config) {
    config.addGlobalData("records", records);
  },
});
await eleventy.write();
const rendered = performance.now();
const pages = await indexWithPagefind(outDir);
const indexed = performance.now();

const seconds = (from: number, to: number): number => Number(((to - from) / 1000).toFixed(3));
writeFileSync(
  values.timings,
  JSON.stringify({ load: seconds(started, loaded), eleventy: seconds(loaded, rendered), pagefind: seconds(rendered, indexed), total: seconds(started, indexed), pages }, null, 2),
);
