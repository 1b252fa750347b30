import type { ReportRecord, ReviewMark } from "../types.ts";
import type { CheckedReview, ReviewedField, ReviewedFields } from "./review-fields.ts";

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
  const given = <K extends ReviewedField>(field: K, machine: NonNullable<ReviewedFields[K]> | null): NonNullable<ReviewedFields[K]> | null =>
    field in fields ? (fields[field] as NonNullable<ReviewedFields[K]> | null) : machine;
  const reviewed: ReportRecord = {
    file: record.file,
    id: given("id", record.id) ?? record.id,
    title: given("title", record.title),
    source: {
      outlet: given("source.outlet", record.source.outlet),
      author: given("source.author", record.source.author),
      dateline: given("source.dateline", record.source.dateline),
      url: given("source.url", record.source.url ?? null),
      published: given("source.published", record.source.published ?? null),
    },
    date: given("date", record.date) ?? record.date,
    locations: given("locations", record.locations) ?? record.locations,
    actors: given("actors", record.actors) ?? record.actors,
    casualties: given("casualties", record.casualties) ?? record.casualties,
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
