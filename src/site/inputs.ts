import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

const REPORT = /\.(txt|md)$/i;

/** The report files of an archive, sorted so every build sees them in one order. */
export function listReports(contentDir: string): string[] {
  const dir = join(contentDir, "reports");
  if (!existsSync(dir)) throw new Error(`${dir}: no reports folder (expected ${contentDir}/reports/*.txt or *.md)`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && REPORT.test(entry.name))
    .map((entry) => join(dir, entry.name))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
