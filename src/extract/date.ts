import type { Curated } from "../read/front-matter.ts";
import { cardinalAt, isYear, ordinalDayAt } from "../text/numbers.ts";
import { PhraseMatcher } from "../text/phrase-matcher.ts";
import { tokenize, type Token } from "../text/tokens.ts";
import type { DateField } from "../types.ts";
import { reportLines, type Layout } from "./layout.ts";
import type { Document, Line } from "./segment.ts";

export interface DateFindings {
  field: DateField;
  /** The publication date: curated, or revealed by the text («أمس الأول الـ 29 من تشرين الأول»). */
  published: string | null;
}

/** A time expression in the report, before it is resolved against an anchor. */
type Temporal =
  | { kind: "calendar"; day: number | null; month: number; year: number | null; start: number; end: number; to: number; line: Line }
  | { kind: "relative"; days: number; start: number; end: number; to: number; line: Line }
  | { kind: "weekday"; weekday: number; start: number; end: number; to: number; line: Line }
  | { kind: "monthDay"; day: number; monthsBack: number; start: number; end: number; to: number; line: Line }
  | { kind: "year"; year: number; current: boolean; start: number; end: number; to: number; line: Line };

const MONTHS: [string, number][] = [
  ["كانون الثاني", 1], ["شباط", 2], ["آذار", 3], ["نيسان", 4], ["أيار", 5], ["حزيران", 6], ["تموز", 7], ["آب", 8],
  ["أيلول", 9], ["تشرين الأول", 10], ["تشرين الثاني", 11], ["كانون الأول", 12],
  ["يناير", 1], ["جانفي", 1], ["فبراير", 2], ["فيفري", 2], ["مارس", 3], ["أبريل", 4], ["إبريل", 4], ["أفريل", 4],
  ["مايو", 5], ["ماي", 5], ["يونيو", 6], ["يونيه", 6], ["جوان", 6], ["يوليو", 7], ["يوليه", 7], ["جويلية", 7],
  ["أغسطس", 8], ["أوت", 8], ["سبتمبر", 9], ["أكتوبر", 10], ["نوفمبر", 11], ["ديسمبر", 12],
];
const monthMatcher = new PhraseMatcher<number>();
for (const [name, month] of MONTHS) monthMatcher.add(name, month);

/** Folded weekday names with the article, Sunday = 0. */
const WEEKDAYS: Record<string, number> = { الاحد: 0, الاثنين: 1, الثلاثاء: 2, الاربعاء: 3, الخميس: 4, الجمعه: 5, السبت: 6 };
const DAY_PARTS = new Set(["ليل", "ليله", "مساء", "صباح", "فجر", "ظهر", "عصر", "يوم", "نهار", "منتصف", "ظهيره"]);
const CURRENT = new Set(["جاري", "حالي"]);
const PAST = new Set(["ماضي", "فايت", "منصرم", "سابق"]);
const YEAR_WORDS = new Set(["عام", "سنه", "العام"]);

/**
 * The date of the reported events, as precise as the text allows and never guessed.
 * Relative expressions («أمس», «يوم الأحد الماضي») resolve only against a known
 * anchor: the curated publication date, a date stamp above the report, or a
 * relative expression the text itself pins to a date («أمس الأول الـ 29 من تشرين الأول»).
 */
export function extractDate(document: Document, layout: Layout, curated: Curated): DateFindings {
  const temporals = reportLines(layout).flatMap((line) => findTemporals(line));
  const stamps = layout.stampLines.flatMap((line) => findTemporals(line));
  const contextYear = currentYear(reportLines(layout));
  const anchor = curated.published ? parseIso(curated.published) : findAnchor(stamps, temporals, contextYear);
  const yearFor = (month: number): number | null => {
    if (contextYear !== null) return contextYear;
    if (!anchor) return null;
    // a month after the publication month was last year's
    return month > anchor.getUTCMonth() + 1 ? anchor.getUTCFullYear() - 1 : anchor.getUTCFullYear();
  };

  let yearOnly: { value: string; t: Temporal } | undefined;
  for (const t of temporals) {
    const resolved = resolveOne(t, anchor, yearFor);
    if (!resolved) continue;
    if (resolved.precision === "year") {
      yearOnly ??= { value: resolved.value, t };
      continue;
    }
    return {
      field: { value: resolved.value, precision: resolved.precision, evidence: document.text.slice(t.start, t.end) },
      published: anchor ? iso(anchor) : null,
    };
  }
  if (yearOnly) {
    return {
      field: { value: yearOnly.value, precision: "year", evidence: document.text.slice(yearOnly.t.start, yearOnly.t.end) },
      published: anchor ? iso(anchor) : null,
    };
  }
  return { field: { value: null, precision: "unknown", evidence: null }, published: anchor ? iso(anchor) : null };
}

function resolveOne(t: Temporal, anchor: Date | null, yearFor: (month: number) => number | null): { value: string; precision: "day" | "month" | "year" } | undefined {
  switch (t.kind) {
    case "calendar": {
      const year = t.year ?? yearFor(t.month);
      if (year === null) return undefined;
      if (t.day === null) return { value: `${year}-${pad(t.month)}`, precision: "month" };
      const date = new Date(Date.UTC(year, t.month - 1, t.day));
      if (date.getUTCDate() !== t.day) return undefined;
      return { value: iso(date), precision: "day" };
    }
    case "relative":
      return anchor ? { value: iso(addDays(anchor, t.days)), precision: "day" } : undefined;
    case "monthDay": {
      // «الثالث والعشرين من الشهر الحالي»: a date only once "this month" is known
      if (!anchor) return undefined;
      const date = new Date(Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth() - t.monthsBack, t.day));
      if (date.getUTCDate() !== t.day) return undefined;
      return { value: iso(date), precision: "day" };
    }
    case "weekday": {
      if (!anchor) return undefined;
      const back = (anchor.getUTCDay() - t.weekday + 7) % 7 || 7;
      return { value: iso(addDays(anchor, -back)), precision: "day" };
    }
    case "year":
      return { value: String(t.year), precision: "year" };
  }
}

/**
 * The publication date: a full date stamp above the report, or a relative
 * expression next to a full date in the text, which fixes "today".
 */
function findAnchor(stamps: readonly Temporal[], temporals: readonly Temporal[], contextYear: number | null): Date | null {
  for (const t of stamps) {
    if (t.kind === "calendar" && t.day !== null && t.year !== null) return new Date(Date.UTC(t.year, t.month - 1, t.day));
  }
  for (let i = 0; i + 1 < temporals.length; i++) {
    const relative = temporals[i]!;
    const calendar = temporals[i + 1]!;
    if (relative.kind !== "relative" || calendar.kind !== "calendar" || calendar.day === null) continue;
    if (relative.line !== calendar.line || calendar.start - relative.end > 6) continue;
    const year = calendar.year ?? contextYear;
    if (year === null) continue;
    return addDays(new Date(Date.UTC(year, calendar.month - 1, calendar.day)), -relative.days);
  }
  return null;
}

/** Words a date stamp carries besides the date: «الساعة 14:20 م». */
const STAMP_WORDS = new Set(["م", "ص", "مساء", "صباحا", "الساعه", "ه"]);
const STAMP_MAX_CHARS = 60;

/** A line that is only a date or time: «الثلاثاء 31 تشرين الأول 2017», «2017/10/31 - 14:20». */
export function isDateStamp(text: string): boolean {
  if (text.length > STAMP_MAX_CHARS) return false;
  const tokens = tokenize(text);
  if (!tokens.some((token) => /^\d{4}$/.test(token.folded))) return false;
  for (let i = 0; i < tokens.length; ) {
    const month = monthMatcher.matchAt(tokens, i);
    const token = tokens[i]!;
    if (month) i = month.to;
    else if (/^\d+$/.test(token.folded) || WEEKDAYS[token.folded] !== undefined || STAMP_WORDS.has(token.folded)) i++;
    else return false;
  }
  return true;
}

/** «العام الجاري 2017» anywhere in the report, even inside a longer date: the year "now" is. */
function currentYear(lines: readonly Line[]): number | null {
  for (const line of lines) {
    for (let i = 0; i < line.tokens.length; i++) {
      const t = yearAt(line, i);
      if (t?.kind === "year" && t.current) return t.year;
    }
  }
  return null;
}

/** Every time expression in a line, in order. */
export function findTemporals(line: Line): Temporal[] {
  const tokens = line.tokens;
  const found: Temporal[] = [];
  // a calendar date is built around a month name: look for one only near one
  const months = monthMatcher.findAll(tokens).map((m) => m.from);
  let nextMonth = 0;
  for (let i = 0; i < tokens.length; ) {
    while (nextMonth < months.length && months[nextMonth]! < i) nextMonth++;
    const nearMonth = nextMonth < months.length && months[nextMonth]! - i <= 6;
    const t =
      (nearMonth ? calendarAt(line, i) : undefined) ??
      numericDateAt(line, i) ??
      monthDayAt(line, i) ??
      relativeAt(line, i) ??
      weekdayAt(line, i) ??
      yearAt(line, i);
    if (t) {
      found.push(t);
      i = t.to;
    } else {
      i++;
    }
  }
  return found;
}

function span(line: Line, from: number, to: number): { start: number; end: number; to: number; line: Line } {
  return { start: line.tokens[from]!.start, end: line.tokens[to - 1]!.end, to, line };
}

function folded(tokens: readonly Token[], i: number): string {
  return tokens[i]?.folded ?? "";
}

function hasKey(token: Token | undefined, set: Set<string>): boolean {
  return token !== undefined && token.keys.some((key) => set.has(key));
}

/** «الـ 29 من تشرين الأول / أكتوبر الجاري», «الثالث والعشرين من أيلول 2017», «تشرين الأول 2017». */
function calendarAt(line: Line, index: number): Temporal | undefined {
  const tokens = line.tokens;
  let i = index;
  if (WEEKDAYS[folded(tokens, i).replace(/^[وف]/, "")] !== undefined) i++;
  if (folded(tokens, i) === "ال" && /^\d+$/.test(folded(tokens, i + 1))) i++;
  let day: number | null = null;
  const digits = /^\d{1,2}$/.test(folded(tokens, i)) ? Number(folded(tokens, i)) : undefined;
  const ordinal = digits === undefined ? ordinalDayAt(tokens, i) : undefined;
  if (digits !== undefined && digits >= 1 && digits <= 31) {
    day = digits;
    i++;
  } else if (ordinal && ordinal.value <= 31) {
    day = ordinal.value;
    i = ordinal.to;
  }
  if (day !== null && ["من", "شهر"].includes(folded(tokens, i))) i++;
  if (day !== null && folded(tokens, i) === "شهر") i++;
  if (day === null && folded(tokens, i) === "شهر") i++;
  const month = monthMatcher.matchAt(tokens, i);
  if (!month) return undefined;
  // «آب», «ماي», «مارس» are ordinary words too: a month needs a day or a year beside it
  i = month.to;
  // a second name for the same month: «تشرين الأول / أكتوبر»
  const second = monthMatcher.matchAt(tokens, i);
  if (second && second.value === month.value) i = second.to;
  let year: number | null = null;
  let current = false;
  for (let k = i; k < Math.min(tokens.length, i + 4); k++) {
    const word = tokens[k]!;
    if (/^\d{4}$/.test(word.folded)) {
      const value = Number(word.folded);
      if (isYear(value)) {
        year = value;
        i = k + 1;
      }
      break;
    }
    if (hasKey(word, CURRENT)) {
      current = true;
      i = k + 1;
      continue;
    }
    if (hasKey(word, PAST) || word.folded === "من" || YEAR_WORDS.has(word.folded) || hasKey(word, YEAR_WORDS)) continue;
    break;
  }
  if (day === null && year === null && !current) return undefined;
  if (year === null && !current && month.value === 8 && day === null) return undefined;
  return { kind: "calendar", day, month: month.value, year, ...span(line, index, i) };
}

/** «الثالث والعشرين من الشهر الحالي», «في 5 من الشهر الماضي». */
function monthDayAt(line: Line, index: number): Temporal | undefined {
  const tokens = line.tokens;
  let i = index;
  if (folded(tokens, i) === "ال" && /^\d+$/.test(folded(tokens, i + 1))) i++;
  const digits = /^\d{1,2}$/.test(folded(tokens, i)) ? Number(folded(tokens, i)) : undefined;
  const ordinal = digits === undefined ? ordinalDayAt(tokens, i) : undefined;
  const day = digits ?? ordinal?.value;
  if (day === undefined || day < 1 || day > 31) return undefined;
  i = digits !== undefined ? i + 1 : ordinal!.to;
  if (folded(tokens, i) === "من") i++;
  if (!tokens[i]?.keys.includes("شهر")) return undefined;
  const relation = tokens[i + 1];
  if (hasKey(relation, CURRENT)) return { kind: "monthDay", day, monthsBack: 0, ...span(line, index, i + 2) };
  if (hasKey(relation, PAST)) return { kind: "monthDay", day, monthsBack: 1, ...span(line, index, i + 2) };
  return undefined;
}

/** «31/10/2017», «2017-10-31», «31.10.2017». */
function numericDateAt(line: Line, index: number): Temporal | undefined {
  const tokens = line.tokens;
  const parts = [tokens[index], tokens[index + 1], tokens[index + 2]];
  if (parts.some((t) => !t || !/^\d+$/.test(t.folded))) return undefined;
  const [a, b, c] = parts as [Token, Token, Token];
  const text = line.text;
  const sep1 = text.slice(a.end - line.start, b.start - line.start);
  const sep2 = text.slice(b.end - line.start, c.start - line.start);
  if (!/^\s*[/.\-]\s*$/.test(sep1) || sep1.trim() !== sep2.trim()) return undefined;
  const [year, month, day] = a.folded.length === 4 ? [a, b, c].map((t) => Number(t.folded)) : [c, b, a].map((t) => Number(t.folded));
  if (!year || !isYear(year) || !month || month > 12 || !day || day > 31) return undefined;
  return { kind: "calendar", day, month, year, ...span(line, index, index + 3) };
}

/** «اليوم», «أمس», «ليل أمس», «أمس الأول», «أول من أمس», «قبل يومين», «قبل ثلاثة أيام». */
function relativeAt(line: Line, index: number): Temporal | undefined {
  const tokens = line.tokens;
  let i = index;
  if (DAY_PARTS.has(bareNoAnd(folded(tokens, i))) && isRelativeWord(tokens, i + 1)) i++;
  const word = bareNoAnd(folded(tokens, i));
  if (word === "اليوم" && !/^(ذات|ذلك|التالي)$/.test(folded(tokens, i + 1))) return { kind: "relative", days: 0, ...span(line, index, i + 1) };
  if (word === "امس" || word === "البارحه") {
    if (folded(tokens, i + 1) === "الاول") return { kind: "relative", days: -2, ...span(line, index, i + 2) };
    return { kind: "relative", days: -1, ...span(line, index, i + 1) };
  }
  if (word === "اول" && folded(tokens, i + 1) === "امس") return { kind: "relative", days: -2, ...span(line, index, i + 2) };
  if (word === "اول" && folded(tokens, i + 1) === "من" && folded(tokens, i + 2) === "امس") return { kind: "relative", days: -2, ...span(line, index, i + 3) };
  if (word === "قبل") {
    if (folded(tokens, i + 1) === "يومين") return { kind: "relative", days: -2, ...span(line, index, i + 2) };
    const count = cardinalAt(tokens, i + 1);
    if (count && count.value <= 10 && /^(ايام|يوما|يوم)$/.test(folded(tokens, count.to))) {
      return { kind: "relative", days: -count.value, ...span(line, index, count.to + 1) };
    }
  }
  return undefined;
}

function isRelativeWord(tokens: readonly Token[], i: number): boolean {
  return ["اليوم", "امس", "البارحه"].includes(bareNoAnd(folded(tokens, i)));
}

/** A word without a leading conjunction: «وأمس» → «امس». */
const AND_TIME_WORD = /^[وف](اليوم|امس|البارحه|ليل|ليله|مساء|صباح|فجر|ظهر|يوم|اول|قبل)$/;

function bareNoAnd(word: string): string {
  // Every token passes through here: only a word that starts with و or ف can lose it.
  const first = word.charCodeAt(0);
  return (first === 0x0648 || first === 0x0641) && AND_TIME_WORD.test(word) ? word.slice(1) : word;
}

/** «يوم الأحد الماضي», «الأحد الفائت». */
function weekdayAt(line: Line, index: number): Temporal | undefined {
  const tokens = line.tokens;
  let i = index;
  if (bareNoAnd(folded(tokens, i)) === "يوم") i++;
  const weekday = WEEKDAYS[folded(tokens, i)];
  if (weekday === undefined) return undefined;
  // «الأحد» alone is also «the one»: without «يوم» it needs «الماضي»
  const past = hasKey(tokens[i + 1], PAST);
  if (i === index && !past) return undefined;
  return { kind: "weekday", weekday, ...span(line, index, past ? i + 2 : i + 1) };
}

/** «العام الجاري 2017», «في عام 2016»: a year, for context or as the events' year. */
function yearAt(line: Line, index: number): Temporal | undefined {
  const tokens = line.tokens;
  if (!YEAR_WORDS.has(bareNoAnd(folded(tokens, index))) && !hasKey(tokens[index], YEAR_WORDS)) return undefined;
  let i = index + 1;
  let current = false;
  if (hasKey(tokens[i], CURRENT)) {
    current = true;
    i++;
  }
  const value = /^\d{4}$/.test(folded(tokens, i)) ? Number(folded(tokens, i)) : NaN;
  if (!isYear(value)) return undefined;
  if (!current && hasKey(tokens[i + 1], CURRENT)) current = true;
  // «منذ عام 2011» is a start, not when the events happened
  if (folded(tokens, index - 1) === "منذ") return undefined;
  return { kind: "year", year: value, current, ...span(line, index, i + 1) };
}

function parseIso(value: string): Date {
  const [y, m, d] = value.split("-").map(Number);
  return new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

function iso(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
