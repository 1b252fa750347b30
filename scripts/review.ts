#!/usr/bin/env node
/**
 * npm run review -- [--content DIR] [--force] FILE [FILE ...]
 * npm run review -- [--content DIR] --unreviewed
 * Writes each report's review file, DIR/reviews/<id>.yaml, pre-filled with the
 * machine's reading and `status: machine`, for an archivist to correct. Never
 * overwrites a review (--force writes it anew from the machine's reading).
 * FILEs are reports of DIR/reports/ (default content/); --unreviewed takes every
 * report there that has no review file yet. The data is DIR/data/'s where it has
 * a file, as the build reads it. Exits 1 when a file could not be reviewed.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { collate } from "../src/publish/collate.ts";
import { reviewPath, reviewsDir } from "../src/review/review-file.ts";
import { writeReviewDraft } from "../src/review/write-review.ts";
import { extractArchive } from "./extract-archive.ts";

const USAGE = "usage: npm run review -- [--content DIR] [--force] FILE [FILE ...]\n       npm run review -- [--content DIR] --unreviewed\n";
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    content: { type: "string", default: "content" },
    force: { type: "boolean", default: false },
    unreviewed: { type: "boolean", default: false },
    cache: { type: "string", default: ".cache/extract" },
    "no-cache": { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});
if (values.help || (positionals.length === 0) === !values.unreviewed) {
  process.stderr.write(USAGE);
  process.exit(values.help ? 0 : 2);
}

const contentDir = values.content;
const reportsDir = join(contentDir, "reports");
let failed = 0;
let written = 0;
const fail = (message: string): void => {
  failed++;
  process.stderr.write(`${message}\n`);
};

// Every report of the archive is read, as the build reads them, so that ids,
// duplicates and the extraction cache are the build's own.
const { knowledge, reports: all, results } = await extractArchive(contentDir, values["no-cache"] ? undefined : values.cache);
const asked = values.unreviewed ? all : positionals.flatMap((file) => {
  const inArchive = join(reportsDir, basename(file));
  if (resolve(dirname(file)) !== resolve(reportsDir) || !all.includes(inArchive)) {
    fail(`${file}: not a report of ${reportsDir}/ (use --content DIR for the archive in DIR)`);
    return [];
  }
  return [inArchive];
});
const collation = collate(results, contentDir);
const byFile = new Map(collation.reports.map((report) => [report.file, report]));
const entries = new Map(collation.entries.map((entry) => [entry.file, entry]));

for (const file of asked) {
  const report = byFile.get(file);
  if (!report) {
    const entry = entries.get(file);
    const why = entry?.status === "duplicate" ? `has the same text as another report, published as ${entry.id}: review that one` : `cannot be reviewed before it is published: ${entry?.reason ?? "it was not read"}`;
    // asked for by name, it is a failure; met among every unreviewed report, only worth saying
    if (values.unreviewed) process.stderr.write(`skipped ${file}: ${why}\n`);
    else fail(`${file}: ${why}`);
    continue;
  }
  const target = reviewPath(contentDir, report.record.id);
  if (existsSync(target) && !values.force) {
    if (!values.unreviewed) fail(`${target} exists: not overwritten (--force writes it anew from the machine's reading)`);
    continue;
  }
  const draft = writeReviewDraft({ record: report.record, text: report.text, sha256: report.sha256, reportFile: file, knowledge });
  mkdirSync(reviewsDir(contentDir), { recursive: true });
  writeFileSync(target, draft, { flag: values.force ? "w" : "wx" });
  written++;
  const { locations, actors, casualties } = report.record;
  process.stdout.write(`wrote ${target} for ${file}: ${locations.length} places, ${actors.length} actors, ${casualties.length} claims, status: machine\n`);
}
if (values.unreviewed && written === 0) process.stdout.write(`every published report of ${reportsDir}/ already has a review file\n`);
process.exitCode = failed > 0 ? 1 : 0;
