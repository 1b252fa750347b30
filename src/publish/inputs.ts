import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

const REPORT = /\.(txt|md)$/i;

export interface ReportFiles {
  /** `.txt` and `.md` files, the reports. */
  reports: string[];
  /** Every other file in the folder: listed as not published, never silently skipped. */
  others: string[];
}

/** The files of an archive's reports folder, sorted so every build sees them in one order. */
export function listReports(contentDir: string): ReportFiles {
  const dir = join(contentDir, "reports");
  if (!existsSync(dir)) throw new Error(`${dir}: no reports folder (expected ${contentDir}/reports/*.txt or *.md)`);
  const files = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
    .map((entry) => join(dir, entry.name))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { reports: files.filter((file) => REPORT.test(file)), others: files.filter((file) => !REPORT.test(file)) };
}
