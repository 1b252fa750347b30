#!/usr/bin/env node
/**
 * node --import tsx scripts/generate-corpus.ts N OUTDIR [--seed S]
 * Writes N synthetic reports for the benchmark into OUTDIR (same seed, same bytes).
 */
import { writeCorpus } from "../bench/corpus.ts";
import { loadCorpusVocabulary } from "../bench/corpus-vocabulary.ts";
import { dataFilesFor } from "../src/knowledge/data-files.ts";
import { loadKnowledge } from "../src/knowledge/index.ts";

const args = process.argv.slice(2);
const seedAt = args.indexOf("--seed");
const seed = seedAt >= 0 ? Number(args.splice(seedAt, 2)[1]) : 1;
const [count, outDir] = args;
if (!count || !outDir || !Number.isInteger(Number(count)) || !Number.isInteger(seed)) {
  process.stderr.write("usage: node --import tsx scripts/generate-corpus.ts N OUTDIR [--seed S]\n");
  process.exit(2);
}
const started = performance.now();
const files = writeCorpus(outDir, Number(count), seed, loadCorpusVocabulary(loadKnowledge(dataFilesFor())));
process.stderr.write(`wrote ${files.length} reports to ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s (seed ${seed})\n`);
