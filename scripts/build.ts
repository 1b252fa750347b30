#!/usr/bin/env node
/**
 * npm run build [-- --content DIR --out DIR --cache DIR --no-cache --timings FILE --frail]
 * Builds the static archive from DIR/reports (default content/) into --out (default _site/),
 * with DIR/data/'s gazetteer, vocabulary and lexicons where it has them.
 * Extraction results and report views are cached by content under --cache (default
 * .cache/extract), so a rebuild extracts and renders only the reports that changed.
 * Exits 1 when a file was rejected (after publishing the rest) or, with --frail, when any
 * report has a warning; 2 when the build was refused.
 */
import { parseArgs } from "node:util";
import { buildArchive, BuildRefused, writeTimings } from "../src/publish/build-archive.ts";
import { buildSettings } from "../src/publish/settings.ts";
import { formatMessage } from "../src/message.ts";

const { values } = parseArgs({
  options: {
    content: { type: "string", default: "content" },
    out: { type: "string", default: "_site" },
    timings: { type: "string" },
    cache: { type: "string", default: ".cache/extract" },
    "no-cache": { type: "boolean", default: false },
    frail: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});
if (values.help) {
  process.stdout.write("usage: npm run build -- [--content DIR] [--out DIR] [--cache DIR | --no-cache] [--timings FILE] [--frail]\n");
  process.exit(0);
}

try {
  const settings = { ...buildSettings(values.content, values.out), frail: values.frail };
  const result = await buildArchive(values["no-cache"] ? settings : { ...settings, cacheDir: values.cache });
  if (values.timings) writeTimings(values.timings, result.timings);
  process.stdout.write(`${result.summary}\nwrote ${values.out}/ (${result.timings.pages} pages, ${result.timings.total.toFixed(2)} s)\n`);
  process.exitCode = result.exitCode;
} catch (error) {
  if (error instanceof BuildRefused) {
    process.stderr.write(`build refused, nothing published:\n${error.messages.map((m) => `  ${formatMessage(m)}`).join("\n")}\n`);
    process.exitCode = 2;
  } else throw error;
}
