import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ReportRecord } from "../types.ts";
import { withdrawnFactsUrl, routes } from "../routes.ts";
import { formatDate } from "../views/dates.ts";
import { summarise } from "../views/report-view.ts";
import type { TombstoneFacts } from "../views/site-data.ts";
import type { Tombstone } from "./registry.ts";

/**
 * What a tombstone can still say of a withdrawn report: its title, outlet and
 * date. The registry keeps only the reason (and the day, when the archivist
 * writes it), so they come from the site this build replaces: from the record
 * it published while the report was there (`data/reports.json`), or, once the
 * report is gone, from what the tombstone itself kept (`withdrawn.json` beside
 * it). A build without the previous site (a fresh checkout) cannot know them,
 * and its tombstone says so.
 */
export function tombstoneFacts(tombstones: readonly Tombstone[], previousSite: string | undefined): Map<string, TombstoneFacts> {
  const facts = new Map<string, TombstoneFacts>();
  if (!previousSite || !tombstones.length) return facts;
  const missing = new Set<string>();
  for (const { id } of tombstones) {
    const kept = readKept(join(previousSite, withdrawnFactsUrl(id)));
    if (kept) facts.set(id, kept);
    else missing.add(id);
  }
  if (missing.size) {
    for (const record of previousRecords(join(previousSite, routes.reportsJson))) {
      if (missing.has(record.id)) facts.set(record.id, factsOf(record));
    }
  }
  return facts;
}

/** Keeps each tombstone's facts in the site, for the next build to find. */
export function keepTombstoneFacts(siteDir: string, facts: ReadonlyMap<string, TombstoneFacts>): void {
  for (const [id, known] of facts) {
    const file = join(siteDir, withdrawnFactsUrl(id));
    mkdirSync(join(file, ".."), { recursive: true });
    writeFileSync(file, `${JSON.stringify(known)}\n`);
  }
}

function factsOf(record: ReportRecord): TombstoneFacts {
  return { title: summarise(record).title, outlet: record.source.outlet, dateText: record.date.value ? formatDate(record.date) : null };
}

function readKept(file: string): TombstoneFacts | null {
  if (!existsSync(file)) return null;
  try {
    const value = JSON.parse(readFileSync(file, "utf8")) as Partial<Record<keyof TombstoneFacts, unknown>>;
    const text = (v: unknown): string | null => (typeof v === "string" ? v : null);
    return { title: text(value.title), outlet: text(value.outlet), dateText: text(value.dateText) };
  } catch {
    return null; // a file this build did not write; the records may still know
  }
}

function previousRecords(file: string): ReportRecord[] {
  if (!existsSync(file)) return [];
  try {
    const records = JSON.parse(readFileSync(file, "utf8")) as unknown;
    return Array.isArray(records) ? (records as ReportRecord[]).filter((r) => typeof r?.id === "string" && typeof r.source === "object" && r.date !== undefined) : [];
  } catch {
    return [];
  }
}
