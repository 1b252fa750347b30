import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import "@citation-js/plugin-csl";
import { parseDateValue } from "../views/dates.ts";
import { escapedFor, needsEscaping, risText } from "./escape.ts";

// Arabic titles must survive BibTeX export, and the key is the permanent id.
const bibtexConfig = plugins.config.get("@bibtex");
bibtexConfig.format.asciiOnly = false;
bibtexConfig.format.useIdAsLabel = true;

export interface CitationInput {
  id: string;
  url: string;
  title: string;
  outlet: string | null;
  author: string | null;
  /** The events' date or the publication date, `YYYY[-MM[-DD]]`. */
  issued: string | null;
  originalUrl: string | null;
}

/** The formats a reference manager imports. */
export interface CitationFormats {
  bibtex: string;
  ris: string;
  cslJson: string;
}

export interface Citations extends CitationFormats {
  plain: string;
}

/** CSL-JSON is the one description; every other format is citation-js's rendering of it. */
export function cslItem(input: CitationInput): Record<string, unknown> {
  const issued = parseDateValue(input.issued);
  return {
    id: input.id,
    type: "article-newspaper",
    title: input.title,
    ...(input.outlet ? { "container-title": input.outlet, publisher: input.outlet } : {}),
    ...(input.author ? { author: [{ literal: input.author }] } : {}),
    ...(issued ? { issued: { "date-parts": [[issued.year, issued.month, issued.day].filter((n): n is number => n !== null)] } } : {}),
    URL: input.url,
    language: "ar",
    ...(input.originalUrl ? { note: `Original: ${input.originalUrl}` } : {}),
  };
}

/** BibTeX, RIS and CSL-JSON for one report; the plain citation comes from `plainCitations`. */
export function citationFormats(input: CitationInput): CitationFormats {
  const item = cslItem(input);
  const cite = new Cite(item);
  // Each format gets its special characters escaped (escape.ts); CSL-JSON is JSON, which escapes its own.
  const escaping = needsEscaping(input);
  return {
    bibtex: (escaping ? new Cite(cslItem(escapedFor("bibtex", input))) : cite).format("bibtex").trim(),
    ris: risText((escaping ? new Cite(cslItem(escapedFor("ris", input))) : cite).format("ris", { format: "object" }) as unknown as Record<string, unknown>[]).trim(),
    cslJson: JSON.stringify([item], null, 2),
  };
}

/** Reports per citeproc run: one engine serves many. */
const BATCH = 500;

/**
 * citation-js's APA, less what only makes sense in a reference list: sorting, and
 * the disambiguation that turns two of one author's undated reports into
 * "(n.d.-a)" and "(n.d.-b)". Each report is cited on its own, so its citation
 * must not depend on which other reports share its batch or the archive; and
 * without them citeproc does half the work.
 */
const STYLE = "apa-standalone";
const cslConfig = plugins.config.get("@csl") as unknown as { styles: { get(name: string): string; add(name: string, xml: string): void } };
cslConfig.styles.add(
  STYLE,
  cslConfig.styles
    .get("apa")
    .replace(/<sort>[\s\S]*?<\/sort>/g, "")
    .replace(/disambiguate-add-(givenname|names|year-suffix)="true"/g, 'disambiguate-add-$1="false"'),
);

/**
 * The plain (APA) citation of each report, by id. citeproc builds an engine per
 * call, which dominates a large build when done per report, so reports are
 * formatted in batches.
 */
export function plainCitations(inputs: readonly CitationInput[]): Map<string, string> {
  const plain = new Map<string, string>();
  for (let start = 0; start < inputs.length; start += BATCH) {
    const items = inputs.slice(start, start + BATCH).map(cslItem);
    const entries = new Cite(items).format("bibliography", { format: "text", template: STYLE, lang: "en-US", asEntryArray: true }) as unknown as [string, string][];
    for (const [id, text] of entries) plain.set(id, text.trim());
  }
  return plain;
}
