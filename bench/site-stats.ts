import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export interface SiteStats {
  bytes: number;
  files: number;
  htmlPages: number;
}

/** Size on disk of a built site (file sizes, not blocks), its files and its HTML pages. */
export function siteStats(dir: string): SiteStats {
  const stats: SiteStats = { bytes: 0, files: 0, htmlPages: 0 };
  for (const name of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
    const info = statSync(join(dir, name));
    if (!info.isFile()) continue;
    stats.bytes += info.size;
    stats.files++;
    if (name.endsWith(".html")) stats.htmlPages++;
  }
  return stats;
}
