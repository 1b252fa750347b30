import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { Message } from "../message.ts";

/**
 * What the site a build is about to replace answered for, read from its
 * `build-report.json`: the permalinks a reader may have saved. The registry is
 * the record of them, but a registry deleted or cut short by hand would otherwise
 * let those addresses vanish unnoticed.
 */
export interface PreviousSite {
  /** The manifest it was read from, to name in messages. */
  manifest: string;
  /** Each report id it published, and the name (in `reports/`) of the file that had it. */
  reports: Map<string, string>;
  /** Ids it answered with a tombstone. */
  tombstones: Set<string>;
  /** Ids it answered with a redirect, and where to. */
  redirects: Map<string, string>;
}

interface ManifestShape {
  files?: { file?: unknown; status?: unknown; id?: unknown }[];
  tombstones?: unknown[];
  redirects?: { id?: unknown; to?: unknown }[];
}

/**
 * The site in `outDir`, or none when there is none. A manifest that cannot be read
 * is reported, and the build goes on knowing only the registry.
 */
export function readPreviousSite(outDir: string): { site?: PreviousSite; warning?: Message } {
  const manifest = join(outDir, "build-report.json");
  let text: string;
  try {
    text = readFileSync(manifest, "utf8");
  } catch {
    return {};
  }
  let value: ManifestShape;
  try {
    value = JSON.parse(text) as ManifestShape;
    if (!value || typeof value !== "object" || !Array.isArray(value.files)) throw new Error("no list of files");
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { warning: { file: manifest, severity: "warning", reason: `the published site's report cannot be read (${why}): only the registry says which permalinks exist`, ruleId: "previous-site-unreadable" } };
  }
  const site: PreviousSite = { manifest, reports: new Map(), tombstones: new Set(), redirects: new Map() };
  for (const entry of value.files ?? []) {
    if ((entry.status === "published" || entry.status === "published-with-warnings") && typeof entry.id === "string" && typeof entry.file === "string") {
      site.reports.set(entry.id, basename(entry.file));
    }
  }
  for (const id of value.tombstones ?? []) if (typeof id === "string") site.tombstones.add(id);
  for (const redirect of value.redirects ?? []) {
    if (typeof redirect.id === "string" && typeof redirect.to === "string") site.redirects.set(redirect.id, redirect.to);
  }
  return { site };
}
