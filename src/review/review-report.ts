import { isDeepStrictEqual } from "node:util";
import type { Message } from "../message.ts";
import type { ReportRecord } from "../types.ts";
import { applyReview } from "./apply-review.ts";
import type { ReviewContext } from "./checker.ts";
import { checkReview } from "./check-review.ts";
import { readReview } from "./read-review.ts";
import { FIELD_OF_KEY, FIELD_ORDER, type ReviewedField } from "./review-fields.ts";

export interface ReviewedReport {
  /** The record as published: reviewed where the review is, the machine's everywhere else. */
  record: ReportRecord;
  /** The fields the review replaced, as `curated` names them. */
  fields: ReviewedField[];
  /** The review file's errors: when there are any, none of it is applied. */
  errors: Message[];
  /** Everything else worth telling, about the review (its file) and about the report (its file). */
  notices: Message[];
}

/**
 * Reads a report's review file, checks it and applies it to the machine's
 * reading (`context.record`). A review with errors is not applied at all: the
 * report keeps the machine's reading and says so, and the errors name the
 * review file, line and column. The report's own file is never touched.
 */
export function reviewReport(reviewFile: string, bytes: Uint8Array, context: ReviewContext): ReviewedReport {
  const machine = context.record;
  const read = readReview(reviewFile, bytes);
  const check = "error" in read ? { review: null, messages: [read.error] } : checkReview(read.source, context);
  const errors = check.messages.filter((message) => message.severity === "error");
  const notices = check.messages.filter((message) => message.severity !== "error");
  if (!check.review) {
    notices.push({
      file: context.reportFile,
      severity: "warning",
      reason: `its review ${reviewFile} has errors and is not applied: the machine's reading is published`,
      ruleId: "review-not-applied",
    });
    return { record: machine, fields: [], errors, notices };
  }
  const { review } = check;
  const { record, fields } = applyReview(machine, review);
  if (review.status === "machine") {
    const changed = FIELD_ORDER.map((key) => FIELD_OF_KEY[key]).filter((field) => field in review.fields && !isDeepStrictEqual(review.fields[field], machineValue(machine, field)));
    if (changed.length > 0) {
      notices.push({
        file: reviewFile,
        start: { line: 1, column: 1 },
        severity: "info",
        reason: `the review changes ${changed.join(", ")}, but its status is machine, so the machine's reading is published: set status: reviewed to publish it`,
        ruleId: "review-draft",
      });
    }
  }
  return { record, fields, errors, notices };
}

function machineValue(record: ReportRecord, field: ReviewedField): unknown {
  if (field.startsWith("source.")) return record.source[field.slice("source.".length) as keyof ReportRecord["source"]] ?? null;
  return record[field as Exclude<ReviewedField, `source.${string}`>];
}
