import { CURATED_KEYS, type CuratedKey } from "../read/front-matter.ts";
import type { Actor, CasualtyClaim, DateField, Location, ReviewStatus } from "../types.ts";

/** The keys of a review file that replace a field of the record. */
export const FIELD_KEYS = [...CURATED_KEYS, "locations", "actors", "casualties"] as const;

export type FieldKey = (typeof FIELD_KEYS)[number];

/** The keys that say who reviewed it, when, and against which text. */
export const MARK_KEYS = ["status", "reviewer", "reviewed_on", "note", "report_sha256"] as const;

export const REVIEW_KEYS: readonly string[] = [...MARK_KEYS, ...FIELD_KEYS];

/** The values a review gives, as the record holds them, under the names `curated` lists them by. */
export interface ReviewedFields {
  id?: string;
  title?: string | null;
  "source.outlet"?: string | null;
  "source.author"?: string | null;
  "source.dateline"?: string | null;
  "source.url"?: string | null;
  "source.published"?: string | null;
  date?: DateField;
  locations?: Location[];
  actors?: Actor[];
  casualties?: CasualtyClaim[];
}

export type ReviewedField = keyof ReviewedFields;

/** The record field each key replaces: the name `curated` and the report page use. */
export const FIELD_OF_KEY: Record<FieldKey, ReviewedField> = {
  id: "id",
  url: "source.url",
  published: "source.published",
  date: "date",
  title: "title",
  outlet: "source.outlet",
  author: "source.author",
  dateline: "source.dateline",
  locations: "locations",
  actors: "actors",
  casualties: "casualties",
};

/** The order fields are applied, listed in `curated` and written in a new review file. */
export const FIELD_ORDER: readonly FieldKey[] = ["id", "title", "outlet", "author", "dateline", "url", "published", "date", "locations", "actors", "casualties"];

export function isCuratedKey(key: FieldKey): key is CuratedKey {
  return (CURATED_KEYS as readonly string[]).includes(key);
}

/** A review file, checked: who, when, and the fields it replaces. */
export interface CheckedReview {
  /** The review file, as messages name it. */
  file: string;
  status: ReviewStatus;
  reviewer: string | null;
  reviewedOn: string | null;
  note: string | null;
  /** The report file's SHA-256 when the review was written, if it says. */
  reportSha256: string | null;
  /** What it replaces; a field whose evidence went with an edit of the report is left out. */
  fields: ReviewedFields;
}
