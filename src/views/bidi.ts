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
