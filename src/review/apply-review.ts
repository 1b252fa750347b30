import type { ReportRecord, ReviewMark } from "../types.ts";
import type { CheckedReview, ReviewedField } from "./review-fields.ts";

export interface AppliedReview {
  record: ReportRecord;
  /** The fields the review replaced, as `curated` names them; none for a review not yet reviewed. */
  fields: ReviewedField[];
}

/** The record's fields in the order a record holds them: a review keeps that order, so output stays stable. */
const RECORD_ORDER: readonly ReviewedField[] = ["id", "title", "source.outlet", "source.author", "source.dateline", "source.url", "source.published", "date", "locations", "actors", "casualties"];

/**
 * The record with a checked review applied. A field the review gives replaces
 * the machine's value wholesale and is listed in `curated`; every other field
 * stays the machine's, so it follows the extractor as it improves. A review
 * whose status is `machine` is the machine's reading written out for an
 * archivist to check: nobody has, so none of it replaces anything, and the
 * record only says that a review is under way.
 */
export function applyReview(record: ReportRecord, review: CheckedReview): AppliedReview {
  const mark: ReviewMark = { status: review.status, reviewer: review.reviewer, reviewed_on: review.reviewedOn, note: review.note };
  if (review.status !== "reviewed") return { record: withMark(record, record.curated, mark), fields: [] };
  const { fields } = review;
  const applied = RECORD_ORDER.filter((field) => field in fields);
  // The review's value where it gives one (null included: "the report has none"), the machine's otherwise.
  const pick = <T>(field: ReviewedField, machine: T): T => (field in fields ? (fields[field] as T) : machine);
  const reviewed: ReportRecord = {
    file: record.file,
    id: pick("id", record.id),
    title: pick("title", record.title),
    source: {
      outlet: pick("source.outlet", record.source.outlet),
      author: pick("source.author", record.source.author),
      dateline: pick("source.dateline", record.source.dateline),
      url: pick("source.url", record.source.url ?? null),
      published: pick("source.published", record.source.published ?? null),
    },
    date: pick("date", record.date),
    locations: pick("locations", record.locations),
    actors: pick("actors", record.actors),
    casualties: pick("casualties", record.casualties),
    body: record.body,
    removed: record.removed,
  };
  const curated = [...(record.curated ?? []), ...applied.filter((field) => !(record.curated ?? []).includes(field))];
  return { record: withMark(reviewed, curated, mark), fields: applied };
}

function withMark(record: ReportRecord, curated: string[] | undefined, review: ReviewMark): ReportRecord {
  const { curated: _curated, review: _review, ...rest } = record;
  return { ...rest, ...(curated && curated.length ? { curated } : {}), review };
}
