#!/usr/bin/env node
/**
 * npm run places -- unknown [--content DIR] [--json] [--cache DIR | --no-cache]
 * The gazetteer's queue: every place the archive in DIR (default content/) names
 * that its gazetteer lacks (the extractor's `place-unknown` notices, and places a
 * review adds as {name, type, parent}), the most named first, with the reports
 * that name it, their spellings, the parent the texts give, where each is named,
 * and a line to start its gazetteer entry from. --json prints the list as JSON.
 */
import { relative } from "node:path";
import { parseArgs } from "node:util";
import { collate } from "../src/publish/collate.ts";
import { reviewArchive } from "../src/review/review-archive.ts";
import { unknownPlaces, type UnknownPlace } from "../src/review/unknown-places.ts";
import { extractArchive } from "./extract-archive.ts";

const USAGE = "usage: npm run places -- unknown [--content DIR] [--json] [--cache DIR | --no-cache]\n";
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    content: { type: "string", default: "content" },
    json: { type: "boolean", default: false },
    cache: { type: "string", default: ".cache/extract" },
    "no-cache": { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});
if (values.help || positionals.length !== 1 || positionals[0] !== "unknown") {
  process.stderr.write(USAGE);
  process.exit(values.help ? 0 : 2);
}

const { dataFiles, knowledge, results } = await extractArchive(values.content, values["no-cache"] ? undefined : values.cache);
const collation = reviewArchive(collate(results, values.content), values.content, knowledge);
const queue = unknownPlaces(collation.reports, knowledge.gazetteer);

if (values.json) {
  process.stdout.write(`${JSON.stringify(queue, null, 2)}\n`);
} else {
  const gazetteerFile = relative(process.cwd(), dataFiles.find((file) => file.name === "gazetteer.yaml")!.path);
  process.stdout.write(
    queue.length === 0
      ? `${gazetteerFile} has every place the ${collation.reports.length} reports of ${values.content}/ name\n`
      : `${gazetteerFile} lacks ${queue.length} places the reports of ${values.content}/ name, the most named first:\n\n${queue.map(describe).join("\n")}`,
  );
}

function describe(place: UnknownPlace): string {
  const parent = place.parents[0];
  const where = place.parents.map((p) => `${p.name} (${p.reports})`).join("، ");
  const lines = [
    `«${place.name}»: ${place.reports.length} report${place.reports.length === 1 ? "" : "s"}${where ? `, in ${where}` : ", no parent given"}`,
    `  spelled: ${place.evidence.map((spelling) => `«${spelling}»`).join("، ")}`,
    ...(place.mentions.length ? [`  named at: ${place.mentions.join(", ")}`] : []),
    `  reports: ${place.reports.join(", ")}`,
    // The type is for the archivist to decide: the loader refuses the entry until it is given.
    `  entry:   - {slug: ${place.slug.replace(/-[0-9a-f]{6}$/, "")}, name: ${place.name}, type: , parent: ${parent?.slug ?? "null"}}`,
  ];
  return `${lines.join("\n")}\n`;
}
