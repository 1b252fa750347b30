import type { ReportRecord } from "../../src/types.ts";

/** Every evidence string a record holds: each must be an exact substring of the report. */
export function evidenceOf(record: ReportRecord): string[] {
  return [
    ...(record.date.evidence === null ? [] : [record.date.evidence]),
    ...record.locations.flatMap((location) => location.evidence),
    ...record.actors.flatMap((actor) => actor.evidence),
    ...record.casualties.map((claim) => claim.evidence),
  ];
}

/** The evidence strings that are not substrings of `text`. */
export function evidenceNotIn(record: ReportRecord, text: string): string[] {
  return evidenceOf(record).filter((evidence) => !text.includes(evidence));
}

/** Letters and digits only: what must survive cleaning, whatever happens to spaces and punctuation. */
const wordsOnly = (text: string): string => text.replace(/[^\p{L}\p{N}]+/gu, "");

/**
 * Lines of the report (after `bodyOffset`) whose words appear nowhere in the record's
 * title, body or removed lines: text the record lost.
 */
export function linesLost(record: ReportRecord, text: string, bodyOffset = 0): string[] {
  const kept = wordsOnly([record.title ?? "", ...record.body, ...record.removed].join("\n"));
  return text
    .slice(bodyOffset)
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .filter((line) => !kept.includes(wordsOnly(line)));
}
