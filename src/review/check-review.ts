import { checkCuratedValue, frontMatterKeyPlaces, isCalendarDay } from "../read/front-matter.ts";
import type { Message } from "../message.ts";
import { REVIEW_STATUSES, type DateField, type ReviewStatus } from "../types.ts";
import { checkActors } from "./check-actors.ts";
import { checkClaims } from "./check-claims.ts";
import { checkLocations } from "./check-places.ts";
import { kindOf, ReviewChecker, shown, type ReviewContext } from "./checker.ts";
import { nearestClause } from "./nearest.ts";
import type { ReviewSource } from "./read-review.ts";
import { FIELD_KEYS, FIELD_OF_KEY, FIELD_ORDER, isCuratedKey, REVIEW_KEYS, type CheckedReview, type FieldKey, type ReviewedFields } from "./review-fields.ts";

export type { ReviewContext };

export interface ReviewCheck {
  /** The review, ready to apply; null when it has errors (then nothing of it is applied). */
  review: CheckedReview | null;
  messages: Message[];
}

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Checks a review file against the report and the archive's data: every value
 * is one the record may hold, every place, actor and party is known, every
 * piece of evidence stands in the report, and no key is set in the report's
 * front matter too. Any error and the review is not applied at all: a half
 * applied review would publish a reading nobody made.
 */
export function checkReview(source: ReviewSource, context: ReviewContext): ReviewCheck {
  const checker = new ReviewChecker(source, context);
  const { data } = source;
  for (const key of Object.keys(data)) {
    if (!REVIEW_KEYS.includes(key)) {
      checker.error([key], `unknown key "${key}"${nearestClause(key, REVIEW_KEYS.map((id) => ({ id, names: [] })))}`, "review-unknown-key", { atKey: true, actual: key, expected: REVIEW_KEYS.join(", ") });
    }
  }
  const mark = checkMark(data, checker);
  checkFrontMatterConflicts(data, checker);
  const fields = checkFields(data, checker);
  if (checker.stale && checker.staleFields.size === 0 && !checker.failed) {
    checker.info(["report_sha256"], "the report was edited since this review was written; all the review's evidence still stands in it", "review-report-changed");
  }
  const messages = checker.finish();
  if (checker.failed || !mark) return { review: null, messages };
  for (const key of checker.staleFields) delete fields[FIELD_OF_KEY[key]];
  return { review: { file: source.file, ...mark, fields }, messages };
}

type Mark = Pick<CheckedReview, "status" | "reviewer" | "reviewedOn" | "note" | "reportSha256">;

function checkMark(data: Record<string, unknown>, checker: ReviewChecker): Mark | undefined {
  const text = (key: string): string | null | undefined => {
    const value = data[key];
    if (value === undefined || value === null) return null;
    if (typeof value === "string" || typeof value === "number") return String(value).trim() || null;
    checker.error([key], `${key} must be text (got ${kindOf(value)})`, "review-shape", { expected: "text" });
    return undefined;
  };
  let status: ReviewStatus | undefined = "reviewed";
  if (data.status === undefined) {
    checker.warning([], 'no status: read as "reviewed"; write status: reviewed (or machine, for a reading nobody has checked yet)', "review-status", { expected: REVIEW_STATUSES.join(" or ") });
  } else if (typeof data.status === "string" && (REVIEW_STATUSES as readonly string[]).includes(data.status.trim())) {
    status = data.status.trim() as ReviewStatus;
  } else {
    checker.error(["status"], `status must be ${REVIEW_STATUSES.join(" or ")} (got ${shown(data.status)})`, "review-status", { actual: data.status, expected: REVIEW_STATUSES.join(" or ") });
    status = undefined;
  }
  const reviewer = text("reviewer");
  const note = text("note");
  const reviewedOn = text("reviewed_on");
  if (typeof reviewedOn === "string" && !isCalendarDay(reviewedOn)) {
    checker.error(["reviewed_on"], `reviewed_on must be a real date written YYYY-MM-DD (got ${shown(data.reviewed_on)})`, "review-date", { actual: reviewedOn, expected: "YYYY-MM-DD" });
  }
  const reportSha256 = text("report_sha256");
  if (typeof reportSha256 === "string" && !SHA256.test(reportSha256)) {
    checker.error(["report_sha256"], `report_sha256 must be the report file's SHA-256, 64 hex digits (got ${shown(reportSha256)})`, "review-shape", { expected: "64 hex digits" });
  }
  if (status === "reviewed" && (!reviewer || !reviewedOn)) {
    checker.warning(reviewer ? ["reviewer"] : ["status"], "a reviewed report should say who reviewed it (reviewer) and when (reviewed_on)", "review-unsigned");
  }
  checker.stale = typeof reportSha256 === "string" && reportSha256 !== checker.context.sha256;
  if (status === undefined || reviewer === undefined || note === undefined || reviewedOn === undefined || reportSha256 === undefined) return undefined;
  return { status, reviewer, reviewedOn: typeof reviewedOn === "string" && isCalendarDay(reviewedOn) ? reviewedOn : null, note, reportSha256 };
}

/** A key the report's own front matter sets may not be set again here: one of the two would silently lose. */
function checkFrontMatterConflicts(data: Record<string, unknown>, checker: ReviewChecker): void {
  const { record, reportFile, text } = checker.context;
  const curated = new Set(record.curated ?? []);
  const keys = FIELD_KEYS.filter((key) => isCuratedKey(key) && key in data && curated.has(FIELD_OF_KEY[key]));
  if (keys.length === 0) return;
  const places = frontMatterKeyPlaces(text);
  for (const key of keys) {
    const place = places.get(key);
    const where = place ? `${reportFile}:${place.line}:${place.column}` : reportFile;
    checker.error([key], `"${key}" is set both in the report's front matter (${where}) and in this review: keep one`, "review-front-matter-conflict", { atKey: true, actual: key });
  }
}

/** The fields the review replaces, checked; a field with errors is left out (and the checker has failed). */
function checkFields(data: Record<string, unknown>, checker: ReviewChecker): ReviewedFields {
  const fields: ReviewedFields = {};
  const { record } = checker.context;
  for (const key of FIELD_ORDER) {
    if (!(key in data)) continue;
    const value = data[key];
    if (key === "locations") assign(fields, "locations", checkLocations(value, checker));
    else if (key === "actors") assign(fields, "actors", checkActors(value, checker));
    else if (key === "casualties") assign(fields, "casualties", checkClaims(value, checker, fields.actors));
    else checkCuratedField(key, value, fields, checker);
  }
  if (fields.id !== undefined && fields.id !== record.id) {
    checker.error(["id"], `a review cannot change the report's id (${record.id}): the review is found by it; pin a new id in the report's front matter and rename the review file`, "review-id", { actual: fields.id, expected: record.id });
  }
  return fields;
}

function assign<K extends keyof ReviewedFields>(fields: ReviewedFields, key: K, value: ReviewedFields[K] | undefined): void {
  if (value !== undefined) fields[key] = value;
}

/** The fields a front-matter key names whose value is text, or null. */
type TextField = Exclude<keyof ReviewedFields, "id" | "date" | "locations" | "actors" | "casualties">;

/** One of the front-matter keys: the same rules as in front matter, and null says the report has no such value. */
function checkCuratedField(key: Exclude<FieldKey, "locations" | "actors" | "casualties">, value: unknown, fields: ReviewedFields, checker: ReviewChecker): void {
  const { record } = checker.context;
  if (value === null || value === "") {
    if (key === "id") checker.error([key], "id cannot be empty", "review-id");
    else if (key === "date") fields.date = { value: null, precision: "unknown", evidence: null };
    else fields[FIELD_OF_KEY[key] as TextField] = null;
    return;
  }
  const checked = checkCuratedValue(key, value);
  if ("problem" in checked) {
    const { reason, expected } = checked.problem;
    checker.error([key], reason, "review-invalid", { actual: value, ...(expected ? { expected } : {}) });
    return;
  }
  if (key === "id") fields.id = checked.value;
  else if (key === "date") fields.date = reviewedDate(checked.value, record.date);
  else fields[FIELD_OF_KEY[key] as TextField] = checked.value;
}

/** The archivist's date; the machine's evidence stays when it is the date the machine read. */
function reviewedDate(value: string, machine: DateField): DateField {
  const precision = value.length === 10 ? "day" : value.length === 7 ? "month" : "year";
  return { value, precision, evidence: machine.value === value ? machine.evidence : null };
}
