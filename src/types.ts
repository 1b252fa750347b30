/**
 * The record `npm run extract` prints, one per report. Its shape is fixed by
 * `spec/extract-contract.md` and `report.schema.json`; fields beyond the
 * contract (`source.url`, `source.published`, `casualties[].victims`) are additions
 * the schema allows and the site uses.
 */

export type DatePrecision = "day" | "month" | "year" | "unknown";

export interface DateField {
  value: string | null;
  precision: DatePrecision;
  evidence: string | null;
}

/** The kinds of place, in the order lists of places show them. */
export const PLACE_TYPES = ["city", "neighbourhood", "district", "town", "village", "region", "facility", "landmark", "other"] as const;

export type PlaceType = (typeof PLACE_TYPES)[number];

/** Ids, place slugs and actor ids: lower-case Latin letters and digits, single hyphens between. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface Location {
  name: string;
  slug: string;
  type: PlaceType;
  parent: string | null;
  lat: number | null;
  lon: number | null;
  evidence: string[];
}

export interface Actor {
  id: string;
  name: string;
  evidence: string[];
}

/**
 * What happened to the people a claim counts; a review is checked against this list.
 * `killed-or-injured`: one toll the text gives for both together («20 بين قتيل وجريح»), never split.
 */
export const OUTCOMES = ["killed", "injured", "killed-or-injured", "captured", "detained", "missing"] as const;

export type Outcome = (typeof OUTCOMES)[number];

/** How the text bounds a count; a review is checked against this list. */
export const QUALIFIERS = ["exact", "at-least", "more-than", "about", "tens", "many", "unspecified"] as const;

export type Qualifier = (typeof QUALIFIERS)[number];

export interface CasualtyClaim {
  party: string;
  outcome: Outcome;
  count: number | null;
  qualifier: Qualifier;
  perpetrator: string | null;
  evidence: string;
  /** Names the report lists for this claim, as written. */
  victims?: string[];
}

export interface Source {
  outlet: string | null;
  author: string | null;
  dateline: string | null;
  /** Where the report was published, from curated front matter. */
  url?: string | null;
  /** Publication date `YYYY-MM-DD`: curated, or derived from the text. */
  published?: string | null;
}

export interface ReportRecord {
  file: string;
  id: string;
  title: string | null;
  source: Source;
  date: DateField;
  locations: Location[];
  actors: Actor[];
  casualties: CasualtyClaim[];
  body: string[];
  removed: string[];
  curated?: string[];
  /** From the report's review file, when it has one (`DIR/reviews/<id>.yaml`). */
  review?: ReviewMark;
}

/** Whether a person has checked the machine's reading: `machine` is a review file not yet reviewed. */
export const REVIEW_STATUSES = ["machine", "reviewed"] as const;

export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** The record's `review`, as `report.schema.json` has it: only `status` is required. */
export interface ReviewMark {
  status: ReviewStatus;
  reviewer?: string | null;
  /** `YYYY-MM-DD`. */
  reviewed_on?: string | null;
  note?: string | null;
}

export interface ExtractionError {
  code: string;
  message: string;
  line?: number;
  column?: number;
}

export interface ExtractionFailure {
  file: string;
  error: ExtractionError;
}

export type ExtractionOutput = ReportRecord | ExtractionFailure;

export function isFailure(output: ExtractionOutput): output is ExtractionFailure {
  return "error" in output;
}
