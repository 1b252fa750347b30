import type { DatePrecision, Outcome, PlaceType, Qualifier } from "../types.ts";

/** Arabic wording for the record's enumerations: what a reader sees in place of a code. */

/** Levantine month names, as Syrian outlets write them. */
export const MONTHS_AR = [
  "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
  "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول",
] as const;

export const UNKNOWN_DATE = "التاريخ غير معروف";

export const OUTCOMES_AR: Record<Outcome, string> = {
  killed: "قتلى",
  injured: "جرحى",
  "killed-or-injured": "قتلى وجرحى",
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
