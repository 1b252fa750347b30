#!/usr/bin/env node
/**
 * npm run build [-- --content DIR --out DIR --cache DIR --no-cache --timings FILE --frail]
 * Builds the static archive from DIR/reports (default content/) into --out (default _site/),
 * with DIR/data/'s gazetteer, vocabulary and lexicons where it has them.
 * Extraction results and report views are cached by content under --cache (default
 * .cache/extract), so a rebuild extracts and renders only the reports that changed.
 * Exit codes (README, "Exit codes"; src/publish/refusal.ts): 0 every file published; 1 a file
 * rejected (the rest published) or, with --frail, a warning; 2 a permalink would break; 3 the
 * registry is unreadable; 4 a data file is invalid; 5 the disk could not be written; 6 another
 * build holds the lock; 7 what the build wrote does not parse; 64 a bad option; 70 a bug.
 * Every code above 1 publishes nothing.
 */
import { parseArgs } from "node:util";
import { buildArchive, writeTimings } from "../src/publish/build-archive.ts";
import { failureExitCode } from "../src/publish/failure.ts";
import { EXIT_CODES } from "../src/publish/refusal.ts";
import { buildSettings } from "../src/publish/settings.ts";

const USAGE = "usage: npm run build -- [--content DIR] [--out DIR] [--cache DIR | --no-cache] [--timings FILE] [--frail]\n";
const OPTIONS = {
  content: { type: "string", default: "content" },
  out: { type: "string", default: "_site" },
  timings: { type: "string" },
  cache: { type: "string", default: ".cache/extract" },
  "no-cache": { type: "boolean", default: false },
  frail: { type: "boolean", default: false },
  help: { type: "boolean", default: false },
} as const;

function options(): ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>["values"] {
  try {
    return parseArgs({ options: OPTIONS }).values;
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(EXIT_CODES.usage);
  }
}

const values = options();
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}

try {
  const settings = { ...buildSettings(values.content, values.out), frail: values.frail };
  const result = await buildArchive(values["no-cache"] ? settings : { ...settings, cacheDir: values.cache });
  if (values.timings) writeTimings(values.timings, result.timings);
  process.stdout.write(`${result.summary}\nwrote ${values.out}/ (${result.timings.pages} pages, ${result.timings.total.toFixed(2)} s)\n`);
  process.exitCode = result.exitCode;
} catch (error) {
  process.exitCode = failureExitCode(error);
}
