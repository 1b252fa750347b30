import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ManifestEntry } from "./collate.ts";
import { formatMessage } from "../message.ts";
import type { RegistryPlan } from "./registry.ts";

/** `_site/build-report.json`: what became of every input file. No timestamps, so rebuilds match. */
export interface Manifest {
  counts: Record<ManifestEntry["status"], number>;
  files: ManifestEntry[];
  tombstones: string[];
  redirects: { id: string; to: string }[];
  newlyRegistered: string[];
  /** Registered ids that had no archived date: this build gave them its day. */
  newlyDated: string[];
  /** What the build said about the registry rather than a file (ids it had lost and got back). */
  notes: string[];
}

export function manifest(entries: readonly ManifestEntry[], plan: RegistryPlan): Manifest {
  const counts: Manifest["counts"] = { published: 0, "published-with-warnings": 0, duplicate: 0, rejected: 0 };
  for (const entry of entries) counts[entry.status]++;
  return {
    counts,
    files: [...entries],
    tombstones: plan.tombstones.map((t) => t.id),
    redirects: plan.redirects.map(({ id, to }) => ({ id, to })),
    newlyRegistered: plan.newIds,
    newlyDated: plan.undatedIds,
    notes: plan.notes.map(formatMessage),
  };
}

export function writeManifest(outDir: string, value: Manifest): void {
  writeFileSync(join(outDir, "build-report.json"), JSON.stringify(value, null, 2) + "\n");
}

/**
 * The terminal summary: counts, then every file that did not simply publish (with
 * `frail`, every warning too). Files are named inside the content folder, which the
 * first line names as the user gave it.
 */
export function summary(value: Manifest, contentDir: string, frail = false): string {
  const { counts } = value;
  const lines = [
    `${contentDir.replace(/\/*$/, "/")}: published ${counts.published + counts["published-with-warnings"]} (${counts["published-with-warnings"]} with warnings), duplicates ${counts.duplicate}, rejected ${counts.rejected}`,
  ];
  for (const entry of value.files) {
    // a rejected review file lists each of its errors: all of them are the archivist's to fix
    if (entry.status === "rejected") lines.push(`  rejected ${entry.reason ?? entry.file}`, ...entry.messages.map((m) => `    ${m}`));
    else if (entry.status === "duplicate") lines.push(...entry.messages.slice(-1).map((m) => `  duplicate ${m}`));
    else if (frail && entry.status === "published-with-warnings") lines.push(...entry.messages.map((m) => `  ${m}`));
  }
  lines.push(...value.notes.map((note) => `  ${note}`));
  if (value.tombstones.length) lines.push(`tombstones: ${value.tombstones.join(", ")}`);
  if (value.redirects.length) lines.push(`redirects: ${value.redirects.map((r) => `${r.id} -> ${r.to}`).join(", ")}`);
  return lines.join("\n");
}
