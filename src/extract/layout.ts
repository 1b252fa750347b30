import type { Line } from "./segment.ts";

/** What the page around the report says about it, and what is the report itself. */
export interface Layout {
  title: string | null;
  titleLine: Line | null;
  outlet: string | null;
  author: string | null;
  dateline: string | null;
  /** Where a dateline that opens the first paragraph ends, if there is one. */
  inlineBylineEnd: number | null;
  /** Lines above the report that carry only a date: the page's publication stamp. */
  stampLines: Line[];
  body: Line[];
  removed: Line[];
}

/** The lines whose words count as the report's: the headline, then the body. */
export function reportLines(layout: Layout): Line[] {
  return layout.titleLine ? [layout.titleLine, ...layout.body] : [...layout.body];
}
