import matter from "gray-matter";
import type { Message, Point } from "../message.ts";
import { ReportError } from "./report-error.ts";
import { loadSafeYaml, YamlError } from "./safe-yaml.ts";
import { SLUG } from "../types.ts";
import { MAX_ID_LENGTH } from "./report-id.ts";
import { codePoint, describeBidiControl, visibleMark } from "../text/controls.ts";

/** What an archivist may state in front matter; each value wins over the extracted one. */
export interface Curated {
  id?: string;
  url?: string;
  published?: string;
  date?: string;
  title?: string;
  outlet?: string;
  author?: string;
  dateline?: string;
}

export interface SplitReport {
  curated: Curated;
  /** The report text after the front matter. */
  body: string;
  /** Where `body` starts in the whole text. */
  bodyOffset: number;
  warnings: Message[];
}

/** The keys front matter may set; a review file may set them too. */
export const CURATED_KEYS = ["id", "url", "published", "date", "title", "outlet", "author", "dateline"] as const;

export type CuratedKey = (typeof CURATED_KEYS)[number];

const KNOWN_KEYS = new Set<string>(CURATED_KEYS);
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
/** The languages a front-matter block may be tagged with; everything else is refused. */
const YAML_TAGS = new Set(["", "yaml", "yml"]);
/** Enough to see the problem; more would bury the rest of the build's messages. */
const MAX_UNKNOWN_KEY_WARNINGS = 20;

/** `---` at the very start, optionally tagged with a language (`---yaml`, `--- js`). */
const OPENING = /^(\ufeff?)---[^\S\r\n]*([A-Za-z][\w-]*)?[^\S\r\n]*\r?\n/;
const CLOSING = /^---[^\S\r\n]*(\r?\n|$)/gm;

/**
 * Separates curated front matter from the report text. Throws `ReportError` on bad
 * front matter, with the line and column in the file.
 *
 * The block is found here, so that its language is checked before anything
 * reads it and its offsets are known; gray-matter then reads it with engines of
 * ours. Its own `---js` engine runs the block as code, and a falsy engine does
 * not disable it (it falls back to the alias), so `js` and `javascript` throw.
 * YAML is read with js-yaml's core schema, which has no merge keys (`<<`), no
 * timestamps and no custom types: front matter can neither run code nor reach
 * an object's prototype.
 */
export function splitFrontMatter(text: string, file: string): SplitReport {
  const opening = OPENING.exec(text);
  if (!opening) return { curated: {}, body: text, bodyOffset: 0, warnings: [] };
  const bom = opening[1] ?? "";
  const language = opening[2] ?? "";
  if (!YAML_TAGS.has(language.toLowerCase())) {
    const column = text.indexOf(language, bom.length) - bom.length + 1;
    throw new ReportError({
      file,
      start: { line: 1, column },
      end: { line: 1, column: column + language.length },
      ruleId: "front-matter-refused",
      reason: `front matter in "${language}" is refused: only YAML front matter is read, and nothing in a report is ever run`,
      actual: language,
      expected: "yaml",
    });
  }
  const blockStart = opening[0].length;
  CLOSING.lastIndex = blockStart;
  const closing = CLOSING.exec(text);
  if (!closing) {
    throw new ReportError({
      file,
      start: { line: 1, column: 1 },
      ruleId: "front-matter-unclosed",
      reason: `front matter opened on line 1 is never closed by a "---" line`,
    });
  }
  const block = text.slice(blockStart, closing.index);
  const bodyOffset = closing.index + closing[0].length;
  const data = readBlock(text.slice(bom.length, bodyOffset), file);
  const places = topLevelKeyPlaces(block);
  const placeOf = (key: string): Point => places.get(key)?.point ?? { line: 2, column: 1 };
  const writtenAs = (key: string): string | undefined => places.get(key)?.written;
  return { ...curate(data, file, placeOf, writtenAs), body: text.slice(bodyOffset), bodyOffset };
}

/** The block's first line is line 2 of the file. */
const BLOCK_FIRST_LINE = 2;

function refuseCode(): never {
  throw new Error("front matter that is code is refused: only YAML is read");
}

/** Reads the front matter with gray-matter, through our engines only. */
function readBlock(frontMatter: string, file: string): Record<string, unknown> {
  const engines = {
    yaml: (block: string): object => parseYaml(block, file),
    js: refuseCode,
    javascript: refuseCode,
  };
  // with options given, gray-matter keeps no cache of every text it has seen
  return matter(frontMatter, { language: "yaml", engines }).data as Record<string, unknown>;
}

/** gray-matter hands the block over from the end of the opening line: its line 0 is the file's line 1. */
const GRAY_MATTER_FIRST_LINE = 1;

function parseYaml(block: string, file: string): Record<string, unknown> {
  let data: unknown;
  try {
    data = loadSafeYaml(block);
  } catch (error) {
    if (!(error instanceof YamlError)) throw error;
    const line = error.mark.line + GRAY_MATTER_FIRST_LINE;
    const column = error.mark.column + 1;
    throw new ReportError({ file, start: { line, column }, ruleId: "front-matter-yaml", reason: `front matter is not valid YAML: ${error.reason}` }, { cause: error });
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new ReportError({ file, start: { line: BLOCK_FIRST_LINE, column: 1 }, ruleId: "front-matter-yaml", reason: "front matter must be a mapping of keys to values" });
  }
  return data as Record<string, unknown>;
}

type PlaceOf = (key: string) => Point;

/** Checks each key and value; the curated object only ever receives known keys. */
function curate(data: Record<string, unknown>, file: string, placeOf: PlaceOf, writtenAs: (key: string) => string | undefined): Pick<SplitReport, "curated" | "warnings"> {
  const curated: Curated = {};
  const warnings: Message[] = [];
  const unknown: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    const place = placeOf(key);
    if (!KNOWN_KEYS.has(key)) {
      unknown.push(key);
      if (unknown.length <= MAX_UNKNOWN_KEY_WARNINGS) {
        warnings.push({ file, start: place, severity: "warning", reason: `unknown front-matter key "${key}" is ignored`, ruleId: "front-matter-unknown-key", actual: key });
      }
      continue;
    }
    if (value === null || value === undefined) continue;
    if (key === "id" && typeof value === "number") {
      // YAML reads 0001 as 1, 0x1f as 31 and 1e3 as 1000: taken as read, the permalink would not be the one written.
      const written = writtenAs(key) ?? String(value);
      throw new ReportError({ file, start: place, ruleId: "front-matter-invalid", reason: `"id" must be text, but YAML reads ${written} as the number ${String(value)}: quote it, id: "${written}"`, actual: written, expected: "a quoted id" });
    }
    if (typeof value === "string" && value.trim() === "") {
      warnings.push({ file, start: place, severity: "warning", reason: `"${key}" is blank and is taken as absent`, ruleId: "front-matter-blank", actual: value });
      continue;
    }
    const checked = checkCuratedValue(key as CuratedKey, value);
    if ("problem" in checked) {
      const { reason, expected } = checked.problem;
      throw new ReportError({ file, start: place, ruleId: "front-matter-invalid", reason, actual: String(value), ...(expected ? { expected } : {}) });
    }
    // Written as YAML escapes ("\u202e"), a bidi control is in no line of the file: it is named at its key.
    const control = /[\u202a-\u202e\u2066-\u2069]/.exec(checked.value)?.[0];
    if (control) warnings.push({ file, start: place, severity: "warning", reason: `"${key}" holds ${describeBidiControl(control)}, an invisible character that can make it read in another order than it is written; pages show it as ${visibleMark(control)}`, ruleId: "bidi-control", actual: codePoint(control) });
    curated[key as CuratedKey] = checked.value;
  }
  if (unknown.length > MAX_UNKNOWN_KEY_WARNINGS) {
    warnings.push({
      file,
      start: placeOf(unknown[MAX_UNKNOWN_KEY_WARNINGS] ?? ""),
      severity: "warning",
      reason: `${unknown.length - MAX_UNKNOWN_KEY_WARNINGS} more unknown front-matter keys are ignored`,
      ruleId: "front-matter-unknown-key",
    });
  }
  return { curated, warnings };
}

export interface CuratedValueProblem {
  reason: string;
  expected?: string;
}

/**
 * Checks one curated value and trims it: the same rules wherever an archivist
 * gives it, in front matter or in a review file.
 */
export function checkCuratedValue(key: CuratedKey, value: unknown): { value: string } | { problem: CuratedValueProblem } {
  const problem = (reason: string, expected?: string): { problem: CuratedValueProblem } => ({ problem: { reason, ...(expected ? { expected } : {}) } });
  if (typeof value !== "string" && typeof value !== "number") return problem(`"${key}" must be a single text value (got ${describe(value)})`);
  const text = String(value).trim();
  if (key === "id") {
    if (!SLUG.test(text)) return problem(`"id" must be lowercase Latin letters, digits and single hyphens (got "${text}")`, SLUG.source);
    if (text.length > MAX_ID_LENGTH) return problem(`"id" must be at most ${MAX_ID_LENGTH} characters (got ${text.length})`);
  } else if (key === "published") {
    if (!isCalendarDay(text)) return problem(`"published" must be a real date written YYYY-MM-DD (got "${text}")`, "YYYY-MM-DD");
  } else if (key === "date") {
    if (!PARTIAL_DATE.test(text) || (text.length === 10 && !isCalendarDay(text)) || !validMonth(text)) {
      return problem(`"date" must be a real date written YYYY, YYYY-MM or YYYY-MM-DD (got "${text}")`, "YYYY, YYYY-MM or YYYY-MM-DD");
    }
  } else if (key === "url") {
    const address = webAddress(text);
    if (!address.ok) return problem(`"url" ${address.why} (got "${text}")`, "http:// or https://");
    return { value: address.url };
  }
  return { value: text };
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object" && value !== null) return "a mapping";
  return `a ${typeof value}`;
}

/** Characters a URL may not hold as they are: each closes or breaks a field in one of the formats the archive writes (BibTeX, RIS, CSV, XML, HTML). */
const URL_SPECIAL = /[{}|\\^`"<>]/g;
/** Controls and bidi marks: invisible in an address, and a way to show one address and link to another. */
const URL_INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

/**
 * A curated `url`: http or https, a host, no user name or password (a link that
 * reads as one site and goes to another), nothing invisible; its special
 * characters percent-encoded, which names the same address in every format.
 */
function webAddress(text: string): { ok: true; url: string } | { ok: false; why: string } {
  if (!/^https?:\/\/\S+$/i.test(text)) return { ok: false, why: "must be an http:// or https:// address" };
  if (URL_INVISIBLE.test(text)) return { ok: false, why: "holds an invisible or control character" };
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return { ok: false, why: "must be an http:// or https:// address" };
  }
  if (parsed.hostname === "") return { ok: false, why: "must name a host" };
  if (parsed.username !== "" || parsed.password !== "") return { ok: false, why: "must not hold a user name or password (before an @)" };
  return { ok: true, url: text.replace(URL_SPECIAL, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`) };
}

function validMonth(value: string): boolean {
  const month = value.length >= 7 ? Number(value.slice(5, 7)) : 1;
  return month >= 1 && month <= 12;
}

export function isCalendarDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Where each key of a report's front matter stands in the file: for messages
 * that name a front-matter key from elsewhere (a review setting it too).
 */
export function frontMatterKeyPlaces(text: string): Map<string, Point> {
  const block = frontMatterBlock(text);
  if (!block) return new Map();
  return new Map([...topLevelKeyPlaces(text.slice(block.start, block.end))].map(([key, place]) => [key, place.point]));
}

/** The report's own text after its front matter, for a report already read once (nothing is checked). */
export function splitBody(text: string): { body: string; bodyOffset: number } {
  const bodyOffset = frontMatterBlock(text)?.bodyOffset ?? 0;
  return { body: text.slice(bodyOffset), bodyOffset };
}

/** Where the front-matter block's YAML starts and ends, and where the body starts; undefined when there is none. */
function frontMatterBlock(text: string): { start: number; end: number; bodyOffset: number } | undefined {
  const opening = OPENING.exec(text);
  if (!opening) return undefined;
  CLOSING.lastIndex = opening[0].length;
  const closing = CLOSING.exec(text);
  return closing ? { start: opening[0].length, end: closing.index, bodyOffset: closing.index + closing[0].length } : undefined;
}

/** A top-level key as it opens a line: `key:`, `"key":` or `'key':`. */
const TOP_LEVEL_KEY = /^(?:"([^"]*)"|'([^']*)'|([^\s"'#:][^:]*?))[^\S\r\n]*:(?:\s|$)/;

/**
 * Where each top-level key of the block stands in the file (first occurrence), and
 * its value as written on that line (for messages about what YAML made of it).
 */
function topLevelKeyPlaces(block: string): Map<string, { point: Point; written: string }> {
  const places = new Map<string, { point: Point; written: string }>();
  block.split(/\r?\n/).forEach((line, index) => {
    const m = TOP_LEVEL_KEY.exec(line);
    const key = m?.[1] ?? m?.[2] ?? m?.[3];
    if (key === undefined || places.has(key)) return;
    const written = line.slice(m![0].length).replace(/\s+#.*$/, "").trim();
    places.set(key, { point: { line: index + BLOCK_FIRST_LINE, column: 1 }, written });
  });
  return places;
}
