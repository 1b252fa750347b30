/**
 * Arabic as a reader expects it: names in dictionary order, and a counted noun in
 * the form its number takes. Nothing here may import Node modules: the search
 * page's script bundles it.
 */

const collator = new Intl.Collator("ar");

/**
 * Arabic dictionary order (ICU's), then code units, so that two spellings the
 * collator holds equal still come out in one order on every build.
 */
export function compareArabic(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * A noun's forms for each of the plural categories Arabic has (CLDR's): one
 * «ادعاء», two «ادعاءان», few (3–10) «ادعاءات», many (11–99) «ادعاءً», other
 * (100, 101, …) «ادعاء». `zero` is said of none.
 */
export type NounForms = Record<Intl.LDMLPluralRule, string>;

const plural = new Intl.PluralRules("ar");

/** «1 ادعاء», «2 ادعاءان», «3 ادعاءات», «11 ادعاءً»: the number, then the noun in its form. */
export function counted(n: number, forms: NounForms): string {
  return `${n} ${forms[plural.select(n)]}`;
}
