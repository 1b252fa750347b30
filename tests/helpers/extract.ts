import { extractText } from "../../src/extract/index.ts";
import type { Message } from "../../src/message.ts";
import type { ReportRecord } from "../../src/types.ts";
import { knowledge } from "./knowledge.ts";

/** Extracts a report written inline in a test, with the repository's data; `notices` collects what the extractor reports. */
export function extract(text: string, file = "test.txt", notices: Message[] = []): ReportRecord {
  return extractText(file, text, knowledge, notices);
}

/** A report with a byline and one paragraph per argument, as a scraper would save it. */
export function report(...paragraphs: string[]): string {
  return ["دير الزور – صوت وصورة", "", ...paragraphs.flatMap((p) => [p, ""])].join("\n");
}
