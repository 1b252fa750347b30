/**
 * The filters every search record carries and the search page offers, in the
 * order it shows them. Each holds ids, not names, so that two places of one name
 * stay two. A new filter is one more key here, its words in `SEARCH_AR.filters`,
 * and its values in `recordFilters`. Nothing here may import Node modules: the
 * search page's script bundles it.
 */
export const SEARCH_FILTERS = ["place", "actor", "outlet", "review"] as const;

export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/**
 * The filter a date range selects on: the month of the events (`YYYY-MM`), or
 * of the publication when the events' date is unknown, as the month pages have
 * it; the year (`YYYY`) when only that is known.
 */
export const PERIOD_FILTER = "period";
