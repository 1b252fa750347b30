import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ReportRecord } from "../../src/types.ts";

const SKELETON = fileURLToPath(new URL("./hugo/", import.meta.url));

/**
 * Writes a Hugo site with one Markdown page per record (JSON front matter, which
 * needs no YAML quoting, then the body paragraphs) and the baseline's trivial layouts.
 */
export function writeHugoSite(siteDir: string, records: Iterable<ReportRecord>): number {
  rmSync(siteDir, { recursive: true, force: true });
  cpSync(SKELETON, siteDir, { recursive: true });
  const contentDir = join(siteDir, "content", "reports");
  mkdirSync(contentDir, { recursive: true });
  let count = 0;
  for (const record of records) {
    const frontMatter = {
      title: record.title ?? record.id,
      dateline: record.source.dateline ?? "",
      incident_date: record.date.value ?? "",
      places: record.locations.map((place) => place.name),
    };
    writeFileSync(join(contentDir, `${record.id}.md`), `${JSON.stringify(frontMatter, null, 1)}\n\n${record.body.join("\n\n")}\n`);
    count++;
  }
  return count;
}
