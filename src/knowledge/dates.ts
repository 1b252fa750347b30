import { fold } from "../text/normalise.ts";
import { PhraseMatcher, phraseWords } from "../text/phrase-matcher.ts";
import { dataError, stringList } from "./data-files.ts";

/** A month name: its number, and whether it is an ordinary word too («آب»). */
export interface MonthName {
  month: number;
  ambiguous: boolean;
}

/** A weekday name: Sunday = 0; «الأحد» and «الاثنين» are ordinary words too. */
export interface WeekdayName {
  weekday: number;
  ambiguous: boolean;
}

/** The words dates are read with (`dates.yaml`). */
export interface DateLexicon {
  months: PhraseMatcher<MonthName>;
  weekdays: PhraseMatcher<WeekdayName>;
  /** Bare folded words: «ليل», «فجر», «يوم». */
  dayParts: Set<string>;
  current: Set<string>;
  past: Set<string>;
  /** Folded words, with and without the article: «عام», «سنه», «العام». */
  yearWords: Set<string>;
  /** «أمس» → -1, «أمس الأول» → -2. */
  relativeDays: PhraseMatcher<number>;
  notToday: Set<string>;
  daysAgo: string;
  dayNouns: Set<string>;
  /** Folded words a date stamp may carry: «الساعه», «م». */
  stampWords: Set<string>;
  dateLinks: PhraseMatcher<true>;
  /** Bare words shortly before a date that make it one the text recalls: «منذ», «تأسست». */
  backgroundBefore: Set<string>;
  backgroundOpeners: PhraseMatcher<true>;
  pluperfectOpeners: Set<string>;
  pluperfectParticle: string;
}

/** The date lexicon, from `dates.yaml`'s parsed YAML; `file` names it in errors. */
export function dateLexiconFrom(data: unknown, file: string): DateLexicon {
  const raw = (data ?? {}) as Record<string, unknown>;
  const list = (key: string): string[] => stringList(raw[key], file, key);
  const words = (key: string): Set<string> => new Set(list(key).flatMap(phraseWords));
  const matcher = (key: string): PhraseMatcher<true> => {
    const m = new PhraseMatcher<true>();
    for (const phrase of list(key)) m.add(phrase, true);
    return m;
  };
  const months = new PhraseMatcher<MonthName>();
  const ambiguousMonths = new Set(list("ambiguous_months").map(fold));
  const monthTable = (raw.months ?? {}) as Record<string, unknown>;
  for (const [number, names] of Object.entries(monthTable)) {
    const month = Number(number);
    if (!Number.isInteger(month) || month < 1 || month > 12) throw dataError(file, `months.${number}`, "a month is a number from 1 to 12");
    for (const name of stringList(names, file, `months.${number}`)) months.add(name, { month, ambiguous: ambiguousMonths.has(fold(name)) });
  }
  const weekdays = new PhraseMatcher<WeekdayName>();
  const ambiguousWeekdays = new Set(list("ambiguous_weekdays").map(fold));
  const weekdayNames = list("weekdays");
  if (weekdayNames.length !== 7) throw dataError(file, "weekdays", "expected the seven weekdays, Sunday first");
  weekdayNames.forEach((name, weekday) => weekdays.add(name, { weekday, ambiguous: ambiguousWeekdays.has(fold(name)) }));
  const relativeDays = new PhraseMatcher<number>();
  const relative = raw.relative_days;
  if (!Array.isArray(relative)) throw dataError(file, "relative_days", "expected a list of {words, days}");
  relative.forEach((entry: { words?: unknown; days?: unknown }, index) => {
    if (typeof entry.days !== "number") throw dataError(file, `relative_days ${index + 1}`, "`days` must be a number");
    for (const phrase of stringList(entry.words, file, `relative_days ${index + 1}`)) relativeDays.add(phrase, entry.days);
  });
  const yearWords = new Set(list("year_words").flatMap((word) => [fold(word), ...phraseWords(word)]));
  return {
    months,
    weekdays,
    dayParts: words("day_parts"),
    current: words("current"),
    past: words("past"),
    yearWords,
    relativeDays,
    notToday: new Set(list("not_today").map(fold)),
    daysAgo: fold(String(raw.days_ago ?? "قبل")),
    dayNouns: new Set(list("day_nouns").map(fold)),
    stampWords: new Set(list("stamp_words").map(fold)),
    dateLinks: matcher("date_links"),
    backgroundBefore: words("background_before"),
    backgroundOpeners: matcher("background_sentence_openers"),
    pluperfectOpeners: words("pluperfect_openers"),
    pluperfectParticle: fold(String(raw.pluperfect_particle ?? "قد")),
  };
}
