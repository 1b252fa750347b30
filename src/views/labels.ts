import type { DatePrecision, Outcome, PlaceType, Qualifier } from "../types.ts";

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

/** The place index's group of places that lie in no city. */
export const OUTSIDE_CITIES_AR = "خارج المدن";

export const MAP_TITLE_AR = "خريطة {name}";

export const TIMELINE_TITLE_AR = "عدد التقارير في كل شهر";

export const HOME_TOTALS_AR = { reports: "تقارير", places: "أماكن", actors: "جهات", claims: "ادعاءات إصابات" } as const;

/** Under the timeline, when some reports cannot be drawn on it. */
export const UNDATED_NOTE_AR = `{n} من التقارير لا يُعرف شهرها (${UNKNOWN_DATE} أو السنة فقط)، فلا تظهر في الرسم.`;

/** A count the text does not give. */
export const UNKNOWN_COUNT_AR = "؟";

/** The server's answer when not even the site's own 404 page is there. */
export const NOT_FOUND_PAGE_AR = '<!doctype html><html lang="ar" dir="rtl"><title>غير موجود</title><p>الصفحة غير موجودة.</p></html>';

/** The search page's words. */
export const SEARCH_AR = {
  filters: { place: "المكان", actor: "الجهة", outlet: "المصدر", year: "السنة" },
  empty: "اكتب كلمة للبحث، أو اختر مرشّحاً.",
  searching: "جارٍ البحث…",
  none: "لا نتائج.",
  count: "عدد النتائج: {n}",
  firstShown: " (تُعرض أول {n})",
  within: " في {place}",
  placeResults: "«{name}» ({type}{within}): {total} من التقارير تذكره أو تذكر مكاناً داخله{shown}.",
  searchTextsFor: "ابحث عن «{query}» كلمةً في نصوص التقارير",
  sharedName: "«{query}» اسم لأكثر من مكان ({n}). اختر أحدها:",
  placeChoice: "{name} ({type}{within}، {total})",
  orSearchTexts: "أو ابحث عن الكلمة في نصوص التقارير",
  placePage: "صفحة {name}",
  derivedTitle: " (عنوان مشتق من النص)",
  failed: "تعذّر تحميل البحث. تصفح الأرشيف حسب الأماكن أو الجهات أو الأشهر.",
} as const;

/** The note a citation carries (CSL `note`, BibTeX `note`, RIS `N1`): what its other fields cannot say. */
export const CITATION_NOTE_AR = {
  eventsDate: "تاريخ الأحداث: {date}.",
  eventsUndated: "تاريخ الأحداث غير معروف.",
  derivedTitle: "لا عنوان للتقرير؛ ما بين المعقوفين كلماته الأولى.",
  original: "الأصل: {url}",
  copy: "نسخة في {archive}، المعرّف {id}، بصمة SHA-256: {sha256}.",
} as const;

/** The report page's copy buttons; `{format}` is the citation format's name. */
export const COPY_AR = {
  button: "نسخ {format}",
  copied: "نُسخ {format}.",
  failed: "تعذّر النسخ: حدّد النص وانسخه.",
} as const;
