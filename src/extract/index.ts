import { createHash } from "node:crypto";
import { splitFrontMatter } from "../read/front-matter.ts";
import type { Knowledge } from "../knowledge/index.ts";
import { bidiControlWarnings } from "../read/bidi-warnings.ts";
import { reportId } from "../read/report-id.ts";
import { ReportError } from "../read/report-error.ts";
import { decodeReport } from "../read/decode.ts";
import type { ExtractionOutput, ReportRecord } from "../types.ts";
import { extractActors } from "./actors.ts";
import { extractCasualties } from "./casualties/index.ts";
import { extractDate } from "./date.ts";
import { bodyText, separateFurniture } from "./furniture.ts";
import { extractPlaces } from "./places.ts";
import { segment } from "./segment.ts";
import type { Message } from "../message.ts";

export interface ExtractInput {
  /** The path as given; it names the file in every message. */
  file: string;
  bytes: Uint8Array;
}

export interface ExtractResult {
  output: ExtractionOutput;
  /** What the extraction has to tell the archivist about this report. */
  notices: Message[];
  /** The whole decoded file, front matter included: every evidence string is a substring of it. */
  text: string | null;
  /** SHA-256 of the file's bytes, hex. */
  sha256: string;
}

/** Reads one report and extracts its record. Never throws for a bad report: it returns a failure. */
export function extractReport({ file, bytes }: ExtractInput, knowledge: Knowledge): ExtractResult {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const notices: Message[] = [];
  try {
    const { text, encoding, repaired } = decodeReport(bytes, file);
    if (encoding !== "utf-8") {
      notices.push({ file, severity: "info", ruleId: "encoding", reason: `read as ${encoding}` });
    }
    if (repaired > 0) {
      notices.push({ file, severity: "warning", ruleId: "encoding-repaired", reason: `${repaired} invalid UTF-8 sequence(s) replaced with U+FFFD` });
    }
    const record = extractText(file, text, knowledge, notices);
    return { output: record, notices, text, sha256 };
  } catch (error) {
    if (!(error instanceof ReportError)) throw error;
    const { start } = error.report;
    const failure = {
      file,
      error: { code: error.code, message: error.message, ...(start ? { line: start.line, column: start.column } : {}) },
    };
    return { output: failure, notices, text: null, sha256 };
  }
}

/** Extracts a record from a report's decoded text. */
export function extractText(file: string, text: string, knowledge: Knowledge, notices: Message[] = []): ReportRecord {
  const { curated, body, bodyOffset, warnings } = splitFrontMatter(text, file);
  notices.push(...warnings, ...bidiControlWarnings(text, file));
  // zero-width and bidi marks alone are no text either
  if (!/[^\s\p{Cf}]/u.test(body)) throw new ReportError({ file, ruleId: "empty", reason: "the report has no text" });

  const document = segment(text, bodyOffset);
  const { lexicons } = knowledge;
  const layout = separateFurniture(document, lexicons);
  const actors = extractActors(document, layout, { phrases: lexicons.actors, people: knowledge.casualties.victims });
  const places = extractPlaces(document, layout, actors, { gazetteer: knowledge.gazetteer, places: lexicons.places, cues: lexicons.placeCues, outlets: lexicons.outlets }, notices, file);
  const date = extractDate(document, layout, curated, lexicons.dates);
  const casualties = extractCasualties(document, layout, actors, knowledge.casualties);

  const curatedFields: string[] = [];
  const pick = <T>(field: string, curatedValue: T | undefined, extracted: T): T => {
    if (curatedValue === undefined) return extracted;
    curatedFields.push(field);
    return curatedValue;
  };

  const record: ReportRecord = {
    file,
    id: pick("id", curated.id, reportId(file)),
    title: pick("title", curated.title, layout.title),
    source: {
      outlet: pick("source.outlet", curated.outlet, layout.outlet),
      author: pick("source.author", curated.author, layout.author),
      dateline: pick("source.dateline", curated.dateline, layout.dateline),
      url: pick("source.url", curated.url, null),
      published: pick("source.published", curated.published, date.published),
    },
    date: pick("date", curated.date === undefined ? undefined : { value: curated.date, precision: precisionOf(curated.date), evidence: null }, date.field),
    locations: places,
    actors: actors.list,
    casualties,
    // a curated title replaces the headline as the title, but the report's own headline stays its text
    // the paragraphs' text, without the page's inline HTML
    body: (curated.title !== undefined && layout.titleLine ? [layout.titleLine, ...layout.body] : layout.body).map(bodyText),
    removed: layout.removed.map((line) => line.text),
  };
  if (curatedFields.length > 0) record.curated = curatedFields;
  return record;
}

function precisionOf(value: string): "day" | "month" | "year" {
  return value.length === 10 ? "day" : value.length === 7 ? "month" : "year";
}
