import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-csl";
import { parseDateValue, type DateParts } from "../views/dates.ts";
import { ARCHIVE_NAME_AR, CITATION_NOTE_AR, fill } from "../views/labels.ts";
import { oneLine, texEscaped } from "./escape.ts";

/**
 * What a report is cited as. Two dates are kept apart: the outlet's publication
 * date is the citation's date; the events' date is a fact about the report's
 * content and only goes in a note.
 */
export interface CitationInput {
  id: string;
  /** The archive's copy: the report's permalink. */
  url: string;
  /** The report's own headline; null when it has none. */
  title: string | null;
  /** The opening words that stand in for a missing headline; cited in brackets, as a description. */
  derivedTitle: string;
  outlet: string | null;
  author: string | null;
  /** The outlet's publication date, `YYYY-MM-DD` (curated, or a date stamp the page carries); null when unknown. */
  published: string | null;
  /** The events' date, `YYYY[-MM[-DD]]`: for the note, never the citation's date. */
  eventsDate: string | null;
  /** The day the report entered the archive (`YYYY-MM-DD`, from the permalink registry): the access date. */
  archived: string;
  originalUrl: string | null;
  sha256: string;
}

/** The formats a reference manager imports, each also a file beside the report's page. */
export interface CitationFormats {
  bibtex: string;
  ris: string;
  cslJson: string;
}

/** A report's plain citation in each language the archive cites in. */
export interface PlainCitation {
  /** APA, with the Arabic CSL locale: for Arabic writing. */
  ar: string;
  /** APA, with the English locale: for English-language papers. */
  en: string;
}

export interface Citations extends CitationFormats {
  plain: PlainCitation;
}

/** A CSL-JSON item: the one description every format is written from. */
export interface CslItem {
  id: string;
  type: "article-newspaper" | "webpage";
  title: string;
  "container-title"?: string;
  author?: { literal: string }[];
  issued?: { "date-parts": number[][] };
  accessed: { "date-parts": number[][] };
  URL: string;
  archive: string;
  archive_location: string;
  language: "ar";
  note: string;
}

/**
 * The title a citation gives: the report's own, or the words it opens with in
 * square brackets, the way citation styles describe an untitled work, so the
 * archive's description is never taken for the outlet's headline.
 */
export function citedTitle(input: Pick<CitationInput, "title" | "derivedTitle">): string {
  return input.title ?? `[${input.derivedTitle}]`;
}

/**
 * The report as CSL-JSON. With an outlet it is a newspaper article in that
 * outlet; without one, a web page. The archive holding the copy is the item's
 * `archive` and the report's id its place there, so styles name the archive.
 */
export function cslItem(input: CitationInput): CslItem {
  const issued = dateParts(input.published);
  const accessed = dateParts(input.archived);
  if (!accessed) throw new Error(`${input.id}: the archived date "${input.archived}" is not YYYY-MM-DD`);
  return {
    id: input.id,
    type: input.outlet ? "article-newspaper" : "webpage",
    title: citedTitle(input),
    ...(input.outlet ? { "container-title": input.outlet } : {}),
    ...(input.author ? { author: [{ literal: input.author }] } : {}),
    ...(issued ? { issued } : {}),
    accessed,
    URL: input.url,
    archive: ARCHIVE_NAME_AR,
    archive_location: input.id,
    language: "ar",
    note: citationNote(input),
  };
}

function dateParts(value: string | null): { "date-parts": number[][] } | null {
  const parts = parseDateValue(value);
  return parts ? { "date-parts": [numbers(parts)] } : null;
}

function numbers(parts: DateParts): number[] {
  return [parts.year, parts.month, parts.day].filter((n): n is number => n !== null);
}

/** What the citation's fields cannot say: the events' date, the original's address, the copy's fingerprint. */
function citationNote(input: CitationInput): string {
  return [
    input.eventsDate ? fill(CITATION_NOTE_AR.eventsDate, { date: input.eventsDate }) : fill(CITATION_NOTE_AR.eventsUndated, {}),
    input.title === null ? CITATION_NOTE_AR.derivedTitle : null,
    input.originalUrl ? fill(CITATION_NOTE_AR.original, { url: input.originalUrl }) : null,
    fill(CITATION_NOTE_AR.copy, { archive: ARCHIVE_NAME_AR, id: input.id, sha256: input.sha256 }),
  ]
    .filter((line): line is string => line !== null)
    .join(" ");
}

/** BibTeX, RIS and CSL-JSON for one report, written from its CSL item. */
export function citationFormats(input: CitationInput): CitationFormats {
  const item = cslItem(input);
  return { bibtex: bibtex(item), ris: ris(item), cslJson: JSON.stringify([item], null, 2) };
}

const BIBTEX_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;

/**
 * BibTeX written here rather than by citation-js, which turned the month into
 * `{oct 31}` and the key `000-2f3…` into `0002f3…`. The entry is biblatex's
 * `@online`: Zotero's BibTeX import files `@article` as a journal article and
 * `@misc` as a "document", but `@online` as a web page, and biblatex prints
 * `@online` with its organisation, date, URL and visit date. The key is the
 * report's id, hyphens kept. `date` holds the full publication date (biblatex,
 * Zotero and citation-js read it); `year` and `month` (a real month macro) say it
 * again for classic BibTeX styles, which know no `date`. `organization` is the
 * outlet as biblatex prints it; `journaltitle` repeats it because it is the field
 * Zotero's import makes the web page's "Website Title" (biblatex's `@online`
 * ignores it). The author is braced whole: the record has a name, not a
 * surname and given names, and an Arabic name must not be cut and inverted.
 */
export function bibtex(item: CslItem): string {
  const fields: [string, string][] = [];
  const text = (name: string, value: string): void => {
    fields.push([name, `{${bibtexText(value)}}`]);
  };
  if (item.author) fields.push(["author", `{${item.author.map((a) => `{${bibtexText(a.literal)}}`).join(" and ")}}`]);
  text("title", item.title);
  if (item["container-title"]) {
    text("organization", item["container-title"]);
    text("journaltitle", item["container-title"]);
  }
  const issued = item.issued?.["date-parts"][0];
  if (issued) {
    fields.push(["date", `{${isoDate(issued)}}`], ["year", `{${issued[0]}}`]);
    const month = issued[1];
    if (month !== undefined) fields.push(["month", BIBTEX_MONTHS[month - 1] ?? String(month)]);
  }
  fields.push(["url", `{${bibtexUrl(item.URL)}}`], ["urldate", `{${isoDate(item.accessed["date-parts"][0] ?? [])}}`], ["langid", "{arabic}"]);
  text("note", item.note);
  return `@online{${item.id},\n${fields.map(([name, value]) => `  ${name} = ${value},`).join("\n")}\n}`;
}

/**
 * A text field's value, for inside braces: the characters BibTeX and LaTeX treat
 * specially are escaped, line breaks become spaces. The one place BibTeX text is
 * escaped.
 */
export function bibtexText(value: string): string {
  return texEscaped(oneLine(value));
}

/** A URL for a `url` field, which biblatex reads verbatim: only what would end the field is escaped. */
export function bibtexUrl(value: string): string {
  return value.replace(/[\r\n\s]+/g, "").replace(/([{}%])/g, "\\$1");
}

function isoDate(parts: readonly number[]): string {
  return parts.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, "0"))).join("-");
}

/**
 * RIS written here rather than by citation-js, which dropped the author of a
 * newspaper article, wrapped the title mid-word at 70 characters, cut the id to
 * 20 and kept only the year. Tags as Zotero's RIS translator reads them:
 * `NEWS` (newspaper article) or `ELEC` (web page); `AU` author; `TI` the whole
 * title on one line; `T2` the outlet (its publication title); `DA` the full date
 * and `PY` its year; `Y2` the access date; `DB` the archive ("name of database")
 * and `AN` the report's id there; `ID` the whole id; `N1` the note.
 */
export function ris(item: CslItem): string {
  const lines: [string, string][] = [["TY", item.type === "article-newspaper" ? "NEWS" : "ELEC"]];
  for (const author of item.author ?? []) lines.push(["AU", author.literal]);
  lines.push(["TI", item.title]);
  if (item["container-title"]) lines.push(["T2", item["container-title"]]);
  const issued = item.issued?.["date-parts"][0];
  if (issued) lines.push(["PY", String(issued[0])], ["DA", risDate(issued)]);
  lines.push(
    ["Y2", risDate(item.accessed["date-parts"][0] ?? [])],
    ["UR", item.URL],
    ["DB", item.archive],
    ["AN", item.archive_location],
    ["ID", item.id],
    ["LA", item.language],
    ["N1", item.note],
  );
  return [...lines.map(([tag, value]) => `${tag}  - ${risValue(value)}`), "ER  - "].join("\n");
}

/** RIS dates are `YYYY/MM/DD/other`, with empty parts where the date is less precise. */
function risDate(parts: readonly number[]): string {
  const [year, month, day] = parts;
  return `${year ?? ""}/${month === undefined ? "" : String(month).padStart(2, "0")}/${day === undefined ? "" : String(day).padStart(2, "0")}/`;
}

/** A RIS value: one line, whatever the text holds. The one place RIS text is escaped. */
export function risValue(value: string): string {
  return oneLine(value).trim();
}

/** Reports per citeproc run: one engine serves many. */
const BATCH = 500;

interface CslConfig {
  styles: { get(name: string): string; add(name: string, xml: string): void };
  locales: { add(name: string, xml: string): void };
}
const cslConfig = plugins.config.get("@csl") as unknown as CslConfig;

/** The Arabic CSL locale, vendored as data (see `csl/README.md`). */
export const ARABIC_LOCALE_FILE = fileURLToPath(new URL("./csl/locales-ar.xml", import.meta.url));
cslConfig.locales.add("ar", readFileSync(ARABIC_LOCALE_FILE, "utf8"));

/**
 * citation-js's APA, less what only makes sense in a reference list: sorting, and
 * the disambiguation that turns two of one author's undated reports into
 * "(n.d.-a)" and "(n.d.-b)". Each report is cited on its own, so its citation
 * must not depend on which other reports share its batch or the archive; and
 * without them citeproc does half the work.
 */
const STYLE = "apa-standalone";
cslConfig.styles.add(
  STYLE,
  cslConfig.styles
    .get("apa")
    .replace(/<sort>[\s\S]*?<\/sort>/g, "")
    .replace(/disambiguate-add-(givenname|names|year-suffix)="true"/g, 'disambiguate-add-$1="false"'),
);

/** The CSL locale of each language a report is cited in. */
const LOCALES: Record<keyof PlainCitation, string> = { ar: "ar", en: "en-US" };

/**
 * The plain (APA) citations of each report, in Arabic and in English, by id.
 * citeproc builds an engine per call, which dominates a large build when done
 * per report, so reports are formatted in batches.
 */
export function plainCitations(inputs: readonly CitationInput[]): Map<string, PlainCitation> {
  const plain = new Map<string, PlainCitation>();
  for (let start = 0; start < inputs.length; start += BATCH) {
    const cite = new Cite(inputs.slice(start, start + BATCH).map(cslItem));
    const rendered = (lang: string): Map<string, string> =>
      new Map((cite.format("bibliography", { format: "text", template: STYLE, lang, asEntryArray: true }) as unknown as [string, string][]).map(([id, text]) => [id, text.trim()]));
    const ar = rendered(LOCALES.ar);
    const en = rendered(LOCALES.en);
    for (const [id, text] of ar) plain.set(id, { ar: text, en: en.get(id) ?? "" });
  }
  return plain;
}
