import { basename, dirname, join } from "node:path";
import { SLUG } from "../types.ts";

/** The folder of an archive's review files, beside its `reports/`. */
export const REVIEWS_DIR = "reviews";

const REVIEW_NAME = /^(.+)\.yaml$/;

/** `DIR/reviews/`, for the archive in `DIR`. */
export function reviewsDir(contentDir: string): string {
  return join(contentDir, REVIEWS_DIR);
}

/** Where the review of the report with id `id` is: `DIR/reviews/<id>.yaml`. */
export function reviewPath(contentDir: string, id: string): string {
  return join(reviewsDir(contentDir), `${id}.yaml`);
}

/**
 * The archive a report file belongs to: `DIR` for `DIR/reports/X`; undefined for
 * a file outside any archive's `reports/` folder, which has no review.
 */
export function archiveOf(reportFile: string): string | undefined {
  const folder = dirname(reportFile);
  return basename(folder) === "reports" ? dirname(folder) : undefined;
}

/** The report id a review file is named for; undefined when the name is not `<id>.yaml`. */
export function reviewedId(reviewFile: string): string | undefined {
  const id = REVIEW_NAME.exec(basename(reviewFile))?.[1];
  return id !== undefined && SLUG.test(id) ? id : undefined;
}
