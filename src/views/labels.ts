import type { DatePrecision, Outcome, PlaceType, Qualifier } from "../types.ts";
import type { NounForms } from "./arabic.ts";

/**
 * Every Arabic string the archive's code puts on a page: the record's
 * enumerations as a reader sees them, and the site's own words. Templates hold
 * their own prose; the search page's script takes its words from here too.
 * A string with `{n}` or `{name}` is filled in by `fill`.
 */

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** Levantine month names, as Syrian outlets write them. */
export const MONTHS_AR = [
  "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
  "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول",
] as const;

export const UNKNOWN_DATE = "التاريخ غير معروف";

export const OUTCOMES_AR: Record<Outcome, string> = {
  killed: "قتلى",
  injured: "جرحى",
  captured: "أسرى",
  detained: "معتقلون",
  missing: "مفقودون",
};

/** How a count is shown for each qualifier; `{n}` is the number. */
export const QUALIFIED_COUNT_AR: Record<Qualifier, string> = {
  exact: "{n}",
  "at-least": "{n} على الأقل",
  "more-than": "أكثر من {n}",
  about: "نحو {n}",
  tens: "عشرات",
  many: "عدد كبير",
  unspecified: "عدد غير محدد",
};

export const QUALIFIERS_AR: Record<Qualifier, string> = {
  exact: "عدد محدد",
  "at-least": "حد أدنى",
  "more-than": "أكثر من",
  about: "تقريبي",
  tens: "عشرات",
  many: "كثيرون",
  unspecified: "غير محدد",
};

/** Parties that are not actors in the vocabulary. */
export const PARTIES_AR: Record<string, string> = {
  civilians: "مدنيون",
  unknown: "جهة غير معروفة",
};

export const PLACE_TYPES_AR: Record<PlaceType, string> = {
  city: "مدن",
  neighbourhood: "أحياء",
  village: "قرى",
  town: "بلدات",
  district: "مناطق ونواحٍ",
  region: "محافظات وأرياف",
  landmark: "معالم",
  facility: "منشآت",
  other: "أماكن أخرى",
};

/** One place's kind, as a chip beside its name. */
export const PLACE_TYPE_AR: Record<PlaceType, string> = {
  city: "مدينة",
  neighbourhood: "حي",
  village: "قرية",
  town: "بلدة",
  district: "منطقة",
  region: "منطقة واسعة",
  landmark: "معلم",
  facility: "منشأة",
  other: "مكان",
};

/** Arabic agrees with the noun a place is: «حي … يذكره», «مدينة … تذكرها». */
export type Gender = "masculine" | "feminine";

/** The gender of each kind of place, as the noun `PLACE_TYPE_AR` names it. */
export const PLACE_TYPE_GENDER_AR: Record<PlaceType, Gender> = {
  city: "feminine",
  neighbourhood: "masculine",
  village: "feminine",
  town: "feminine",
  district: "feminine",
  region: "feminine",
  landmark: "masculine",
  facility: "feminine",
  other: "masculine",
};

/** Counted nouns: each in the form Arabic gives it after a number (see `counted`). */
export const NOUNS_AR = {
  claim: { zero: "ادعاء", one: "ادعاء", two: "ادعاءان", few: "ادعاءات", many: "ادعاءً", other: "ادعاء" },
  report: { zero: "تقرير", one: "تقرير", two: "تقريران", few: "تقارير", many: "تقريراً", other: "تقرير" },
  name: { zero: "اسم", one: "اسم", two: "اسمان", few: "أسماء", many: "اسماً", other: "اسم" },
  place: { zero: "مكان", one: "مكان", two: "مكانان", few: "أماكن", many: "مكاناً", other: "مكان" },
} as const satisfies Record<string, NounForms>;

export const PRECISION_AR: Record<DatePrecision, string> = {
  day: "باليوم",
  month: "بالشهر",
  year: "بالسنة",
  unknown: "غير معروف",
};

/** Record fields as the provenance list names them. */
export const FIELDS_AR: Record<string, string> = {
  id: "المعرّف",
  url: "رابط المصدر",
  published: "تاريخ النشر",
  date: "تاريخ الأحداث",
  title: "العنوان",
  outlet: "الوسيلة الإعلامية",
  author: "الكاتب",
  dateline: "مكان الإرسال",
  locations: "الأماكن",
  actors: "الجهات",
  casualties: "ادعاءات الإصابات",
};

/** The archive's own name, in the feed and wherever the site names itself. */
export const ARCHIVE_NAME_AR = "أرشيف الحوادث المفتوح";

/** The link from a highlighted claim in the text back to its row. */
export const BACK_TO_CLAIM_AR = "العودة إلى الادعاء {n}";

/** After a list's name from its second page on. */
export const PAGE_OF_AR = " (الصفحة {n} من {count})";

/** On a report's page, when other ids were merged into it. */
export const ABSORBED_AR = {
  one: "دُمج في هذا التقرير تقرير كان منشوراً برابط آخر، ورابطه القديم يحيل إلى هنا:",
  other: "دُمجت في هذا التقرير تقارير أخرى ({n}) كانت منشورة بروابط أخرى، وروابطها القديمة تحيل إلى هنا:",
} as const;

/** The list of every report, at `/reports/`. */
export const ALL_REPORTS_AR = "كل التقارير";

/** The place index's group of places that lie in no city. */
export const OUTSIDE_CITIES_AR = "خارج المدن";

export const MAP_TITLE_AR = "خريطة {name}";

export const TIMELINE_TITLE_AR = "عدد التقارير في كل شهر";

/** A bar of the timeline, for a screen reader and as its tooltip. */
export const TIMELINE_BAR_AR = "{month}: {reports}";

/** A dot on a place's map. */
export const MAP_DOT_AR = "{name}: {reports}";

/** Under a map, the places whose dots had no room for their names: named when few, counted when many. */
export const MAP_UNLABELLED_AR = " بلا اسم على الخريطة لضيق المكان: {names}.";
export const MAP_MANY_UNLABELLED_AR = " {places} بلا اسم على الخريطة لضيق المكان؛ اسم كل نقطة يظهر عند الإشارة إليها.";

/** A sum of stated numbers when no claim states one. */
export const NONE_STATED_AR = "—";

/** A place page's counts, in the place's gender. */
export const PLACE_COUNTS_AR: Record<Gender, { direct: string; withSubPlaces: string; subPlaces: string; withoutPosition: string }> = {
  masculine: {
    direct: "تقارير تذكره مباشرة",
    withSubPlaces: "مع الأماكن الواقعة فيه",
    subPlaces: "أماكن تقع فيه",
    withoutPosition: "أماكن فيه لا يُعرف موقعها",
  },
  feminine: {
    direct: "تقارير تذكرها مباشرة",
    withSubPlaces: "مع الأماكن الواقعة فيها",
    subPlaces: "أماكن تقع فيها",
    withoutPosition: "أماكن فيها لا يُعرف موقعها",
  },
};


export const HOME_TOTALS_AR = { reports: "تقارير", places: "أماكن", actors: "جهات", claims: "ادعاءات إصابات" } as const;

/** Under the timeline, when some reports cannot be drawn on it. */
export const UNDATED_NOTE_AR = `{n} من التقارير لا يُعرف شهرها (${UNKNOWN_DATE} أو السنة فقط)، فلا تظهر في الرسم.`;

/** A count the text does not give. */
export const UNKNOWN_COUNT_AR = "؟";

/** The server's answer when not even the site's own 404 page is there. */
export const NOT_FOUND_PAGE_AR = '<!doctype html><html lang="ar" dir="rtl"><title>غير موجود</title><p>الصفحة غير موجودة.</p></html>';

/** The search page's words. */
export const SEARCH_AR = {
  filters: { place: "المكان", actor: "الجهة", outlet: "المصدر" },
  period: "التاريخ",
  from: "من",
  to: "إلى",
  anyTime: "أي تاريخ",
  periodNote: "بحسب تاريخ الأحداث، أو تاريخ النشر إن لم يُعرف؛ التقرير المعروفة سنته فقط يدخل حين يشمل النطاق السنة كلها.",
  actorType: "جهة",
  empty: "اكتب كلمة للبحث، أو اختر مرشّحاً.",
  searching: "جارٍ البحث…",
  none: "لا نتائج.",
  count: "عدد النتائج: {n}",
  firstShown: " (تُعرض أول {n})",
  within: " في {place}",
  placeResults: {
    masculine: "«{name}» ({type}{within}): {total} من التقارير تذكره أو تذكر مكاناً داخله{shown}.",
    feminine: "«{name}» ({type}{within}): {total} من التقارير تذكرها أو تذكر مكاناً داخلها{shown}.",
  } satisfies Record<Gender, string>,
  actorResults: "«{name}» (جهة): {total} من التقارير تذكرها{shown}.",
  searchTextsFor: "ابحث عن «{query}» كلمةً في نصوص التقارير",
  sharedName: "«{query}» اسم لأكثر من مكان ({n}). اختر أحدها:",
  sharedNameWithActor: "«{query}» اسم لأكثر من مكان أو جهة ({n}). اختر أحدها:",
  placeChoice: "{name} ({type}{within}، {total})",
  orSearchTexts: "أو ابحث عن الكلمة في نصوص التقارير",
  placePage: "صفحة {name}",
  filterValue: "{label} ({n})",
  derivedTitle: " (عنوان مشتق من النص)",
  failed: "تعذّر تحميل البحث. تصفح الأرشيف حسب الأماكن أو الجهات أو الأشهر.",
} as const;
