import { fold, hasArticle } from "./normalise.ts";
import type { Token } from "./tokens.ts";

/**
 * Arabic numbers in words, folded (أ→ا, ة→ه, ى→ي) and without clitics.
 * Feminine and masculine, nominative and oblique forms all count.
 */
const UNITS = table({
  واحد: 1, واحده: 1, احد: 1, احدي: 1,
  اثنان: 2, اثنين: 2, اثنتان: 2, اثنتين: 2, اثنا: 2, اثني: 2, اثنتا: 2, اثنتي: 2,
  ثلاث: 3, ثلاثه: 3, اربع: 4, اربعه: 4, خمس: 5, خمسه: 5, ست: 6, سته: 6, سبع: 7, سبعه: 7,
  ثمان: 8, ثماني: 8, ثمانيه: 8, تسع: 9, تسعه: 9,
});
/** Keys are written as Arabic is spelled and folded here, the way report words are. */
function table(entries: Record<string, number>): ReadonlyMap<string, number> {
  return new Map(Object.entries(entries).map(([word, value]) => [fold(word), value]));
}

/** «أحد», «إحدى» with the article are no number: «الأحد» is Sunday. */
const NOT_WITH_ARTICLE = new Set(["احد", "احدي"]);

const TEN = new Set(["عشر", "عشره"]);
const TENS = table({
  عشرون: 20, عشرين: 20, ثلاثون: 30, ثلاثين: 30, اربعون: 40, اربعين: 40, خمسون: 50, خمسين: 50,
  ستون: 60, ستين: 60, سبعون: 70, سبعين: 70, ثمانون: 80, ثمانين: 80, تسعون: 90, تسعين: 90,
});
const HUNDREDS = table({
  مئه: 100, مائه: 100, مئتان: 200, مئتين: 200, مائتان: 200, مائتين: 200, مئتا: 200, مئتي: 200, مائتا: 200, مائتي: 200,
  ثلاثمئه: 300, ثلاثمائه: 300, اربعمئه: 400, اربعمائه: 400, خمسمئه: 500, خمسمائه: 500, ستمئه: 600, ستمائه: 600,
  سبعمئه: 700, سبعمائه: 700, ثمانمئه: 800, ثمانمائه: 800, تسعمئه: 900, تسعمائه: 900,
});
const THOUSANDS = table({ الف: 1000, الفا: 1000, الفان: 2000, الفين: 2000, الفي: 2000, الاف: 1000 });

const NUMBER_WORDS = new Set([...UNITS.keys(), ...TEN, ...TENS.keys(), ...HUNDREDS.keys(), ...THOUSANDS.keys()]);

/** Ordinals for days of the month: «الثالث والعشرين». */
const ORDINAL_UNITS = table({
  اول: 1, حادي: 1, ثاني: 2, ثالث: 3, رابع: 4, خامس: 5, سادس: 6, سابع: 7, ثامن: 8, تاسع: 9, عاشر: 10,
});

export interface NumberMatch {
  value: number;
  /** Token index past the number. */
  to: number;
}

function lookup(token: Token | undefined, numbers: ReadonlyMap<string, number>): number | undefined {
  if (!token) return undefined;
  const direct = numbers.get(token.folded);
  if (direct !== undefined) return direct;
  for (const key of token.keys) {
    const value = numbers.get(key);
    if (value !== undefined) return value;
  }
  return undefined;
}

function isTen(token: Token | undefined): boolean {
  return token !== undefined && (TEN.has(token.folded) || token.keys.some((key) => TEN.has(key)));
}

/** Whether a number may start at this token: digits, or a number word. A cheap test before `cardinalAt`. */
export function mayStartNumber(token: Token): boolean {
  const code = token.folded.charCodeAt(0);
  if (code >= 48 && code <= 57) return true;
  return token.keys.some((key) => NUMBER_WORDS.has(key)) || NUMBER_WORDS.has(token.folded);
}

/** A cardinal number at token `index`, in digits or words: «18», «عشرين», «ثلاثة وثلاثين», «أحد عشر». */
export function cardinalAt(tokens: readonly Token[], index: number): NumberMatch | undefined {
  const token = tokens[index];
  if (!token) return undefined;
  if (/^\d+$/.test(token.folded)) {
    // «1,200», «1.200», «١٬٢٠٠»: groups of three digits right after a one-character separator
    let digits = token.folded;
    let to = index + 1;
    while (digits.length <= 3 || /^\d{1,3}(\d{3})+$/.test(digits)) {
      const group = tokens[to];
      const previous = tokens[to - 1]!;
      if (!group || !/^\d{3}$/.test(group.folded) || group.start - previous.end !== 1 || !/^\d{1,3}$/.test(token.folded)) break;
      digits += group.folded;
      to++;
    }
    return { value: Number(digits), to };
  }
  let total = 0;
  let to = index;
  let matched = false;
  for (;;) {
    const here = tokens[to];
    if (!here) break;
    const joined = matched && here.folded.startsWith("و");
    if (matched && !joined) {
      // «ثلاثة آلاف», «ثلاث مئة»: a multiplier straight after a unit
      const thousand = lookup(here, THOUSANDS);
      if (thousand !== undefined && total > 0 && total < 1000) {
        total = total * 1000;
        to++;
        continue;
      }
      const hundred = lookup(here, HUNDREDS);
      if (hundred === 100 && total > 0 && total < 10) {
        total = total * 100;
        to++;
        continue;
      }
      break;
    }
    const unit = hasArticle(here.folded) && here.keys.some((key) => NOT_WITH_ARTICLE.has(key)) ? undefined : lookup(here, UNITS);
    if (unit !== undefined) {
      if (isTen(tokens[to + 1])) {
        total += unit + 10;
        to += 2;
      } else {
        total += unit;
        to++;
      }
      matched = true;
      continue;
    }
    if (!matched && isTen(here)) {
      total += 10;
      to++;
      matched = true;
      continue;
    }
    const tens = lookup(here, TENS) ?? lookup(here, HUNDREDS) ?? lookup(here, THOUSANDS);
    if (tens !== undefined) {
      total += tens;
      to++;
      matched = true;
      continue;
    }
    break;
  }
  return matched ? { value: total, to } : undefined;
}

/** A day of the month as an ordinal word: «الثالث والعشرين», «العاشر», «الحادي عشر». */
export function ordinalDayAt(tokens: readonly Token[], index: number): NumberMatch | undefined {
  const unit = lookup(tokens[index], ORDINAL_UNITS);
  if (unit === undefined) {
    const tens = lookup(tokens[index], TENS);
    return tens !== undefined && tens <= 30 ? { value: tens, to: index + 1 } : undefined;
  }
  if (isTen(tokens[index + 1])) return { value: unit + 10, to: index + 2 };
  const tens = tokens[index + 1]?.folded.startsWith("و") ? lookup(tokens[index + 1], TENS) : undefined;
  if (tens !== undefined && tens <= 30) return { value: unit + tens, to: index + 2 };
  return { value: unit, to: index + 1 };
}

/** A year a report may speak of: four digits in the span of modern reporting. */
export function isYear(value: number): boolean {
  return Number.isInteger(value) && value >= 1900 && value <= 2100;
}
