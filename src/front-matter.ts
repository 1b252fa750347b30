import matter from "gray-matter";
import yaml from "js-yaml";
import { ReportError } from "./report-error.ts";

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

export interface FrontMatterWarning {
  message: string;
  line: number;
  column: number;
  rule: string;
}

export interface SplitReport {
  curated: Curated;
  /** The report text after the front matter. */
  body: string;
  /** Where `body` starts in the whole text. */
  bodyOffset: number;
  warnings: FrontMatterWarning[];
}

const STRING_KEYS = ["url", "title", "outlet", "author", "dateline"] as const;
const KNOWN_KEYS = new Set<string>(["id", "published", "date", ...STRING_KEYS]);
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function refuseCode(language: string): never {
  throw new Error(`front matter in ${language} is refused: only YAML is read, and code in a report never runs`);
}

// gray-matter looks engines up as `engines[name] || engines[alias(name)]`, so a falsy
// value does not disable its eval-based JavaScript engine: both names must throw.
const ENGINES = {
  yaml: (source: string): object => {
    const data = yaml.load(source, { schema: yaml.CORE_SCHEMA, json: false });
    if (data === null || data === undefined) return {};
    if (typeof data !== "object" || Array.isArray(data)) throw new Error("front matter must be a mapping of keys to values");
    return data;
  },
  js: (): never => refuseCode("JavaScript"),
  javascript: (): never => refuseCode("JavaScript"),
  coffee: (): never => refuseCode("CoffeeScript"),
  coffeescript: (): never => refuseCode("CoffeeScript"),
};

/** Separates curated front matter from the report text. Throws `ReportError` on bad front matter. */
export function splitFrontMatter(text: string, file: string): SplitReport {
  if (!/^---[^\S\r\n]*[a-z]*[^\S\r\n]*\r?\n/i.test(text)) return { curated: {}, body: text, bodyOffset: 0, warnings: [] };
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, { engines: ENGINES, language: "yaml" });
  } catch (error) {
    throw frontMatterError(error, file);
  }
  const body = parsed.content;
  const bodyOffset = text.endsWith(body) ? text.length - body.length : 0;
  const header = text.slice(0, bodyOffset);
  const warnings: FrontMatterWarning[] = [];
  const curated: Curated = {};
  for (const [key, value] of Object.entries(parsed.data as Record<string, unknown>)) {
    const place = keyPlace(header, key);
    const invalid = (why: string): ReportError =>
      new ReportError("front-matter-invalid", `${file}:${place.line}:${place.column}: ${why}`, place);
    if (!KNOWN_KEYS.has(key)) {
      warnings.push({ message: `unknown front-matter key "${key}" is ignored`, ...place, rule: "front-matter-unknown-key" });
      continue;
    }
    if (value === null || value === undefined || value === "") continue;
    if (typeof value !== "string" && typeof value !== "number") throw invalid(`"${key}" must be a plain value`);
    const text = String(value).trim();
    if (key === "id") {
      if (!ID.test(text)) throw invalid(`"id" must be lowercase letters, digits and single hyphens (got "${text}")`);
      curated.id = text;
    } else if (key === "published") {
      if (!isCalendarDay(text)) throw invalid(`"published" must be a real date written YYYY-MM-DD (got "${text}")`);
      curated.published = text;
    } else if (key === "date") {
      if (!PARTIAL_DATE.test(text) || (text.length === 10 && !isCalendarDay(text)) || !validMonth(text)) {
        throw invalid(`"date" must be YYYY, YYYY-MM or YYYY-MM-DD (got "${text}")`);
      }
      curated.date = text;
    } else if (key === "url") {
      if (!/^https?:\/\/\S+$/i.test(text)) throw invalid(`"url" must be an http(s) address (got "${text}")`);
      curated.url = text;
    } else {
      curated[key as (typeof STRING_KEYS)[number]] = text;
    }
  }
  return { curated, body, bodyOffset, warnings };
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

function keyPlace(header: string, key: string): { line: number; column: number } {
  const lines = header.split(/\r?\n/);
  const index = lines.findIndex((line) => line.replace(/^\s+/, "").startsWith(`${key}:`));
  if (index < 0) return { line: 1, column: 1 };
  const line = lines[index] ?? "";
  return { line: index + 1, column: line.length - line.replace(/^\s+/, "").length + 1 };
}

function frontMatterError(error: unknown, file: string): ReportError {
  if (error instanceof yaml.YAMLException) {
    // js-yaml counts from 0 within the block; the block starts on line 2 of the file.
    const line = error.mark.line + 2;
    const column = error.mark.column + 1;
    return new ReportError("front-matter-yaml", `${file}:${line}:${column}: front matter is not valid YAML: ${error.reason}`, { line, column }, { cause: error });
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new ReportError("front-matter-refused", `${file}:1:1: ${reason}`, { line: 1, column: 1 }, { cause: error });
}
