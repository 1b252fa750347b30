import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ReportView } from "../views/report-view.ts";
import type { PlaceView } from "../views/site-data.ts";
import type { Codebook } from "./codebook.ts";
import { casualtiesCsv } from "./exports.ts";

/**
 * Each place's claims as CSV beside its page (`placeClaimsCsvUrl`): the rows of
 * `casualties.csv` for the reports that name the place or a place inside it, the
 * reports its page lists. A report's rows are written once and reused for every
 * place it is listed under (its places and all they lie in).
 */
export function writePlaceClaims(siteDir: string, places: readonly PlaceView[], reports: readonly ReportView[], baseUrl: string, codebook: Codebook): void {
  const header = casualtiesCsv(codebook, [], baseUrl);
  const byId = new Map(reports.map((report) => [report.id, report]));
  const rows = new Map<string, string>();
  const rowsOf = (id: string): string => {
    let text = rows.get(id);
    if (text === undefined) {
      const report = byId.get(id);
      text = report && report.record.casualties.length ? casualtiesCsv(codebook, [report], baseUrl).slice(header.length) : "";
      rows.set(id, text);
    }
    return text;
  };
  for (const place of places) {
    if (!place.casualties) continue;
    writeFileSync(join(siteDir, place.casualties.csvUrl), header + place.reports.map((summary) => rowsOf(summary.id)).join(""));
  }
}
