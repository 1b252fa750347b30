import type { DateField } from "../types.ts";
import { MONTHS_AR, UNKNOWN_DATE } from "./labels.ts";

/**
 * A date exactly as precise as the record knows it: «31 تشرين الأول 2017»,
 * «تشرين الأول 2017», «2017», or «التاريخ غير معروف». Never a day without its month.
 */
export function formatDate(date: Pick<DateField, "value" | "precision">): string {
  const parts = parseDateValue(date.value);
  if (!parts || date.precision === "unknown") return UNKNOWN_DATE;
  const month = parts.month ? MONTHS_AR[parts.month - 1] : undefined;
  if (date.precision === "day" && month && parts.day) return `${parts.day} ${month} ${parts.year}`;
  if ((date.precision === "day" || date.precision === "month") && month) return `${month} ${parts.year}`;
  return String(parts.year);
}

export interface DateParts {
  year: number;
  month: number | null;
  day: number | null;
}

export function parseDateValue(value: string | null): DateParts | null {
  const match = value ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value) : null;
  if (!match) return null;
  return { year: Number(match[1]), month: match[2] ? Number(match[2]) : null, day: match[3] ? Number(match[3]) : null };
}

/** «تشرين الأول 2017» for a `YYYY-MM` key. */
export function formatMonthKey(key: string): string {
  return formatDate({ value: key, precision: "month" });
}
