/** Where the place index and a place's result files are published; the build writes them, the search page reads them. */
export const PLACE_SEARCH_INDEX = "/search/places.json";

export function placeResultsFile(placeUrl: string, number: number): string {
  return `${placeUrl}results-${number}.json`;
}
