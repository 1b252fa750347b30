import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ReportView } from "../views/report-view.ts";
import type { PlaceView } from "../views/site-data.ts";
import { casualtiesCsv } from "./exports.ts";

/**
 * Each place's claims as CSV beside its page (`placeClaimsCsvUrl`): the rows of
 * `casualties.csv` for the reports that name the place or a place inside it, the
 * reports its page lists.
 */
export function writePlaceClaims(siteDir: string, places: readonly PlaceView[], reports: readonly ReportView[], baseUrl: string): void {
  const byId = new Map(reports.map((report) => [report.id, report]));
  for (const place of places) {
    if (!place.casualties) continue;
    const views = place.reports.flatMap((summary) => byId.get(summary.id) ?? []);
    writeFileSync(join(siteDir, place.casualties.csvUrl), casualtiesCsv(views, baseUrl));
  }
}
