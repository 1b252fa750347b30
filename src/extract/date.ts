import type { Curated } from "../front-matter.ts";
import type { DateField } from "../types.ts";
import type { Layout } from "./furniture.ts";
import type { Document } from "./segment.ts";

export interface DateFindings {
  field: DateField;
  /** The publication date the text reveals, when it does. */
  published: string | null;
}

export function extractDate(_document: Document, _layout: Layout, curated: Curated): DateFindings {
  return { field: { value: null, precision: "unknown", evidence: null }, published: curated.published ?? null };
}
