#!/usr/bin/env node
/**
 * npm run --silent extract -- [--content DIR] [--frail] FILE [FILE ...]
 * One JSON record per file on standard output (JSON Lines), in the order given;
 * messages on standard error; exit 1 when any file could not be read as a report
 * or, with --frail, when any report has a warning; 4, as the build, when a data file
 * is invalid (each problem named at its line and column).
 * The data (gazetteer, vocabulary, lexicons) is DIR/data/'s where it has a file,
 * the repository's defaults otherwise. A report of an archive, A/reports/X, is
 * read with its review, A/reviews/<id>.yaml, where it has one; a review with
 * errors is not applied (the machine's reading is printed) and the command exits 1.
 */
import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { extractReport } from "../src/extract/index.ts";
import { formatMessage, hasWarnings } from "../src/message.ts";
import { DataFileError, dataFilesFor, describeDataFiles } from "../src/knowledge/data-files.ts";
import { EXIT_CODES } from "../src/publish/refusal.ts";
import { loadKnowledge } from "../src/knowledge/index.ts";
import { archiveOf, reviewPath } from "../src/review/review-file.ts";
import { reviewReport } from "../src/review/review-report.ts";
import { isFailure, type ExtractionOutput } from "../src/types.ts";

const USAGE = "usage: npm run --silent extract -- [--content DIR] [--frail] FILE [FILE ...]\n";
const { values, positionals: files } = parseArgs({
  allowPositionals: true,
  options: { content: { type: "string" }, frail: { type: "boolean", default: false }, help: { type: "boolean", default: false } },
});
if (files.length === 0 || values.help) {
  process.stderr.write(USAGE);
  process.exit(values.help ? 0 : 2);
}

const dataFiles = dataFilesFor(values.content);
const knowledge = (() => {
  try {
    return loadKnowledge(dataFiles);
  } catch (error) {
    if (!(error instanceof DataFileError)) throw error;
    process.stderr.write(`${error.messages.map(formatMessage).join("\n")}\n`);
    process.exit(EXIT_CODES.data);
  }
})();
if (values.content !== undefined) process.stderr.write(`${describeDataFiles(dataFiles)}\n`);

let failed = 0;
let warned = 0;
const out: string[] = [];
const started = performance.now();
for (const file of files) {
  let output: ExtractionOutput;
  try {
    const result = extractReport({ file, bytes: readFileSync(file) }, knowledge);
    output = result.output;
    const notices = [...result.notices];
    const archive = archiveOf(file);
    const reviewFile = archive === undefined || isFailure(output) ? undefined : reviewPath(archive, output.id);
    if (reviewFile !== undefined && result.text !== null && !isFailure(output) && existsSync(reviewFile)) {
      const reviewed = reviewReport(reviewFile, readFileSync(reviewFile), { knowledge, record: output, text: result.text, sha256: result.sha256, reportFile: file });
      output = reviewed.record;
      notices.push(...reviewed.errors, ...reviewed.notices);
      if (reviewed.errors.length > 0) failed++;
    }
    for (const notice of notices) process.stderr.write(`${formatMessage(notice)}\n`);
    if (hasWarnings(notices)) warned++;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const code = (error as NodeJS.ErrnoException).code === "ENOENT" ? "not-found" : "unreadable";
    output = { file, error: { code, message: formatMessage({ file, severity: "error", reason, ruleId: code }) } };
  }
  if (isFailure(output)) {
    failed++;
    process.stderr.write(`${output.error.message}\n`);
  }
  out.push(JSON.stringify(output));
  if (out.length >= 256) process.stdout.write(out.splice(0).join("\n") + "\n");
}
if (out.length) process.stdout.write(out.join("\n") + "\n");
const seconds = (performance.now() - started) / 1000;
if (files.length >= 100) {
  process.stderr.write(`extracted ${files.length} reports in ${seconds.toFixed(2)} s (${Math.round(files.length / seconds)} reports/s)\n`);
}
process.exitCode = failed > 0 || (values.frail && warned > 0) ? 1 : 0;
