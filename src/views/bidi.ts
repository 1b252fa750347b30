import { escapeXml } from "./svg.ts";

/** A run that reads left to right: Latin words, URLs, dates, with their punctuation. */
const LTR_RUN = /\(?[A-Za-z0-9][A-Za-z0-9.,:;\/\-_?=&#%~+()']*(?:\s+[A-Za-z0-9(][A-Za-z0-9.,:;\/\-_?=&#%~+()']*)*/g;

/**
 * Escaped HTML of a mixed Arabic/Latin string with each left-to-right run in its
 * own `<bdi dir="ltr">`, so «(n.d.)» and URLs keep their order inside Arabic text.
 */
export function isolateLtrRuns(text: string): string {
  let html = "";
  let last = 0;
  for (const match of text.matchAll(LTR_RUN)) {
    const start = match.index ?? 0;
    html += escapeXml(text.slice(last, start)) + `<bdi dir="ltr">${escapeXml(match[0])}</bdi>`;
    last = start + match[0].length;
  }
  return html + escapeXml(text.slice(last));
}

/** A run that reads right to left: Arabic words, with the spaces and punctuation between them. */
const RTL_RUN = /\p{Script=Arabic}+(?:[\s،؛…«»“”"'\-–]+\p{Script=Arabic}+)*[…»”]?/gu;

/**
 * The mirror of `isolateLtrRuns`, for a left-to-right text quoting Arabic (an
 * English citation of an Arabic report): each Arabic run in its own
 * `<bdi dir="rtl">`, so the digits after it («(004-4a59…)») are not taken for
 * Arabic numbers and reordered.
 */
export function isolateRtlRuns(text: string): string {
  let html = "";
  let last = 0;
  for (const match of text.matchAll(RTL_RUN)) {
    const start = match.index ?? 0;
    html += escapeXml(text.slice(last, start)) + `<bdi dir="rtl">${escapeXml(match[0])}</bdi>`;
    last = start + match[0].length;
  }
  return html + escapeXml(text.slice(last));
}
