/**
 * What the archive says about itself wherever it names its terms: the licence of
 * its own data (the records, the exports, the citations' metadata) and who it
 * credits. The reports' texts are not the archive's: they stay their outlets'.
 * Arabic wording is in `views/labels.ts`; this module holds the facts.
 */
export const ARCHIVE_LICENCE = {
  /** SPDX id, as Frictionless data packages name licences. */
  name: "CC-BY-4.0",
  title: "Creative Commons Attribution 4.0 International",
  url: "https://creativecommons.org/licenses/by/4.0/",
} as const;

/** The place data many coordinates come from (the gazetteer names each place's source). */
export const GEONAMES = {
  title: "GeoNames",
  url: "https://www.geonames.org/",
  licence: { name: "CC-BY-4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
} as const;

/** The Arabic citation locale's project, which its licence asks to be named. */
export const CSL_PROJECT = {
  title: "Citation Style Language (CSL) locales",
  url: "https://citationstyles.org/",
  licence: { name: "CC-BY-SA-3.0", url: "https://creativecommons.org/licenses/by-sa/3.0/" },
} as const;
