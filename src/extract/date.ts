import type { DateLexicon } from "../knowledge/dates.ts";
import type { Curated } from "../read/front-matter.ts";
import { cardinalAt, isYear, ordinalDayAt } from "../text/numbers.ts";
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
  | { kind: "weekday"; weekday: number; past: boolean; start: number; end: number; to: number; line: Line }
  | { kind: "monthDay"; day: number; monthsBack: number; start: number; end: number; to: number; line: Line }
  | { kind: "year"; year: number; current: boolean; start: number; end: number; to: number; line: Line };

/**
 * The date of the reported events, as precise as the text allows and never guessed.
 * Relative expressions («أمس», «يوم الأحد الماضي») resolve only against a known
 * anchor: the curated publication date, a date stamp above the report, or a
 * relative expression the text itself pins to a date («أمس الأول الـ 29 من تشرين الأول»).
 */
export function extractDate(document: Document, layout: Layout, curated: Curated, dates: DateLexicon): DateFindings {
  const temporals = reportLines(layout).flatMap((line) => findTemporals(line, dates));
  const stamps = layout.stampLines.flatMap((line) => findTemporals(line, dates));
  const contextYear = currentYear(reportLines(layout), dates);
  const anchor = curated.published ? parseIso(curated.published) : findAnchor(stamps, temporals, contextYear);
  const yearFor = (month: number): number | null => {
    if (contextYear !== null) return contextYear;
    if (!anchor) return null;
    // a month after the publication month was last year's
    return month > anchor.getUTCMonth() + 1 ? anchor.getUTCFullYear() - 1 : anchor.getUTCFullYear();
  };

  let yearOnly: { value: string; t: Temporal } | undefined;
  for (const t of temporals) {
    // a date the text recalls («منذ آذار 2011», «وكانت … قد … في 2016») is not the events'
    if (isBackground(t, dates)) continue;
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
      // the publication's own weekday is that day, unless the text says «الماضي»
      const back = (anchor.getUTCDay() - t.weekday + 7) % 7 || (t.past ? 7 : 0);
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

const STAMP_MAX_CHARS = 60;

/** A line that is only a date or time: «الثلاثاء 31 تشرين الأول 2017», «2017/10/31 - 14:20». */
export function isDateStamp(text: string, dates: DateLexicon): boolean {
  if (text.length > STAMP_MAX_CHARS) return false;
  const tokens = tokenize(text);
  if (!tokens.some((token) => /^\d{4}$/.test(token.folded))) return false;
  for (let i = 0; i < tokens.length; ) {
    const month = dates.months.matchAt(tokens, i);
    const token = tokens[i]!;
    if (month) i = month.to;
    else if (/^\d+$/.test(token.folded) || weekdayNameAt(tokens, i, dates) !== undefined || dates.stampWords.has(token.folded)) i++;
    else return false;
  }
  return true;
}

/** A weekday's name at token `i` (clitics allowed, the article required): «الأحد», «والجمعة». */
function weekdayNameAt(tokens: readonly Token[], i: number, dates: DateLexicon): { weekday: number; ambiguous: boolean } | undefined {
  const match = dates.weekdays.matchAt(tokens, i);
  return match && !match.articleMissing ? match.value : undefined;
}

/**
 * Whether the text recalls this date rather than dating the events by it: a
 * marker a few words before it («منذ», «تأسست عام», «في وقت سابق»), or a sentence
 * that opens as background does («يذكر أن», «وكانت القوات قد …»).
 */
function isBackground(t: Temporal, dates: DateLexicon): boolean {
  // «وكان طفل قد قتل أمس الأول»: a relative day is counted from the report, never recalled
  if (t.kind === "relative" || t.kind === "weekday") return false;
  const tokens = t.line.tokens;
  const at = tokens.findIndex((token) => token.start === t.start);
  for (let k = Math.max(0, at - 3); k < at; k++) if (hasKey(tokens[k], dates.backgroundBefore)) return true;
  const sentence = t.line.sentences.find((span) => span.start <= t.start && t.start < span.end);
  if (!sentence) return false;
  const first = tokens.findIndex((token) => token.start >= sentence.start);
  if (first < 0) return false;
  const opener = dates.backgroundOpeners.matchAt(tokens, first);
  if (!opener) return false;
  // «وكان مدني قتل …» is no recollection; «وكانت القوات قد سيطرت …» is
  if (!tokens[first]!.keys.some((key) => dates.pluperfectOpeners.has(key))) return true;
  for (let k = first + 1; k < Math.min(at, first + 6); k++) if (tokens[k]!.folded === dates.pluperfectParticle) return true;
  return false;
}

/** «العام الجاري 2017» anywhere in the report, even inside a longer date: the year "now" is. */
function currentYear(lines: readonly Line[], dates: DateLexicon): number | null {
  for (const line of lines) {
    for (let i = 0; i < line.tokens.length; i++) {
      const t = yearAt(line, i, dates);
      if (t?.kind === "year" && t.current) return t.year;
    }
  }
  return null;
}

/** Every time expression in a line, in order. */
export function findTemporals(line: Line, dates: DateLexicon): Temporal[] {
  const tokens = line.tokens;
  const found: Temporal[] = [];
  // a calendar date is built around a month name: look for one only near one
  const months = dates.months.findAll(tokens).map((m) => m.from);
  let nextMonth = 0;
  for (let i = 0; i < tokens.length; ) {
    while (nextMonth < months.length && months[nextMonth]! < i) nextMonth++;
    const nearMonth = nextMonth < months.length && months[nextMonth]! - i <= 8;
    const t =
      (nearMonth ? calendarAt(line, i, dates) : undefined) ??
      numericDateAt(line, i) ??
      monthDayAt(line, i, dates) ??
      relativeAt(line, i, dates) ??
      weekdayAt(line, i, dates) ??
      yearAt(line, i, dates);
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

function hasKey(token: Token | undefined, set: ReadonlySet<string>): boolean {
  return token !== undefined && token.keys.some((key) => set.has(key));
}

/**
 * «الـ 29 من تشرين الأول / أكتوبر الجاري», «الثالث والعشرين من أيلول 2017»,
 * «تشرين الأول 2017», and a weekday before its date: «الأحد 3 آذار», «يوم الأحد
 * (3 آذار)», «ليل الإثنين الموافق 4 آذار 2019».
 */
function calendarAt(line: Line, index: number, dates: DateLexicon): Temporal | undefined {
  const tokens = line.tokens;
  let i = index;
  // «ليل الإثنين 4 آذار»; but «اليوم الأحد 3 آذار» is «today», then the date
  if (hasKey(tokens[i], dates.dayParts) && !relativeDayAt(tokens, i, dates) && weekdayNameAt(tokens, i + 1, dates)) i++;
  if (weekdayNameAt(tokens, i, dates)) {
    i++;
    const link = dates.dateLinks.matchAt(tokens, i);
    if (link) i = link.to;
  }
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
  const month = dates.months.matchAt(tokens, i);
  if (!month) return undefined;
  // «آب», «ماي», «مارس» are ordinary words too: a month needs a day or a year beside it
  i = month.to;
  // a second name for the same month: «تشرين الأول / أكتوبر»
  const second = dates.months.matchAt(tokens, i);
  if (second && second.value.month === month.value.month) i = second.to;
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
    if (hasKey(word, dates.current)) {
      current = true;
      i = k + 1;
      continue;
    }
    if (hasKey(word, dates.past) || word.folded === "من" || dates.yearWords.has(word.folded) || hasKey(word, dates.yearWords)) continue;
    break;
  }
  if (day === null && year === null && !current) return undefined;
  if (year === null && !current && month.value.ambiguous && day === null) return undefined;
  return { kind: "calendar", day, month: month.value.month, year, ...span(line, index, i) };
}

/** «الثالث والعشرين من الشهر الحالي», «في 5 من الشهر الماضي». */
function monthDayAt(line: Line, index: number, dates: DateLexicon): Temporal | undefined {
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
  if (hasKey(relation, dates.current)) return { kind: "monthDay", day, monthsBack: 0, ...span(line, index, i + 2) };
  if (hasKey(relation, dates.past)) return { kind: "monthDay", day, monthsBack: 1, ...span(line, index, i + 2) };
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
function relativeAt(line: Line, index: number, dates: DateLexicon): Temporal | undefined {
  const tokens = line.tokens;
  let i = index;
  if (hasKey(tokens[i], dates.dayParts) && relativeDayAt(tokens, i + 1, dates)) i++;
  const match = relativeDayAt(tokens, i, dates);
  if (match) {
    // «اليوم ذاته», «اليوم التالي» are no «today»
    if (match.value === 0 && dates.notToday.has(folded(tokens, match.to))) return undefined;
    return { kind: "relative", days: match.value, ...span(line, index, match.to) };
  }
  if (tokens[i]?.keys.includes(dates.daysAgo)) {
    const count = cardinalAt(tokens, i + 1);
    if (count && count.value <= 10 && dates.dayNouns.has(folded(tokens, count.to))) {
      return { kind: "relative", days: -count.value, ...span(line, index, count.to + 1) };
    }
  }
  return undefined;
}

/** A relative day's words at token `at`: «أمس», «اليوم» (but «يوم» is not «اليوم»). */
function relativeDayAt(tokens: readonly Token[], at: number, dates: DateLexicon): { value: number; to: number } | undefined {
  const match = dates.relativeDays.matchAt(tokens, at);
  return match && !match.articleMissing ? match : undefined;
}

/**
 * «يوم الأحد الماضي», «الأحد الفائت», «ليل الإثنين», «، الثلاثاء،». A weekday that is
 * also a word («الأحد» the one) needs «يوم», a part of the day, «الماضي», or commas
 * or parentheses around it.
 */
function weekdayAt(line: Line, index: number, dates: DateLexicon): Temporal | undefined {
  const tokens = line.tokens;
  let i = index;
  if (hasKey(tokens[i], dates.dayParts)) i++;
  const weekday = weekdayNameAt(tokens, i, dates);
  if (weekday === undefined) return undefined;
  const past = hasKey(tokens[i + 1], dates.past);
  const introduced = i > index || past;
  if (!introduced) {
    const text = line.text;
    const before = text.slice(0, tokens[i]!.start - line.start).trimEnd();
    const after = text.slice(tokens[i]!.end - line.start).trimStart();
    const setOff = /[،,(]$/u.test(before) && /^[،,)]/u.test(after);
    if (weekday.ambiguous ? !setOff : !(setOff || /[،,(]$/u.test(before) || /^[،,)]/u.test(after))) return undefined;
  }
  return { kind: "weekday", weekday: weekday.weekday, past, ...span(line, index, past ? i + 2 : i + 1) };
}

/** «العام الجاري 2017», «في عام 2016»: a year, for context or as the events' year. */
function yearAt(line: Line, index: number, dates: DateLexicon): Temporal | undefined {
  const tokens = line.tokens;
  if (!hasKey(tokens[index], dates.yearWords)) return undefined;
  let i = index + 1;
  let current = false;
  if (hasKey(tokens[i], dates.current)) {
    current = true;
    i++;
  }
  const value = /^\d{4}$/.test(folded(tokens, i)) ? Number(folded(tokens, i)) : NaN;
  if (!isYear(value)) return undefined;
  if (!current && hasKey(tokens[i + 1], dates.current)) current = true;
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
