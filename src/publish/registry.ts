import { existsSync, readFileSync, writeFileSync } from "node:fs";
import yaml from "js-yaml";
import type { Message } from "../message.ts";
import { SLUG } from "../types.ts";
import { BuildRefused } from "./refusal.ts";

/**
 * The permalink registry (`content/permalinks.yaml`): every report id ever
 * published. An id never leaves it. When a report goes, its entry says what its
 * URL serves from then on: a tombstone (`withdrawn: reason`) or a redirect
 * (`merged-into: other-id`). The build refuses to let a registered id vanish.
 */
export type RegistryEntry = (
  | { status: "published" }
  | { status: "withdrawn"; reason: string; /** The day it was withdrawn, `YYYY-MM-DD`, when the registry says. */ on: string | null }
  | { status: "merged"; into: string }
) & {
  /** Where the id stands in the registry file. */
  line?: number;
  /**
   * The day (`YYYY-MM-DD`) the report entered the archive: what citations give as
   * the access date. Entries written before the registry kept dates have none;
   * the next build that publishes them gives them its own day, once.
   */
  archived?: string;
};

export type Registry = Map<string, RegistryEntry>;

export const REGISTRY_FILE = "permalinks.yaml";

const HEADER = `# Every report id ever published at /reports/<id>/. The build adds new ids here;
# commit this file. Never delete a line: when a report is removed, say what its
# URL serves instead, and the permalink keeps answering.
#   some-id: {archived: 2026-12-01}              -> published; entered the archive that day
#   some-id: {withdrawn: "why it was withdrawn", on: YYYY-MM-DD}   -> a tombstone page (the day optional)
#   some-id: {merged-into: other-id}              -> a redirect page
# The archived date is what citations give as the access date: never change it.
`;

/** Reads the registry; a file it cannot trust refuses the build, naming the line. */
export function loadRegistry(file: string): Registry {
  const registry: Registry = new Map();
  if (!existsSync(file)) return registry;
  const text = readFileSync(file, "utf8");
  const refuse = (reason: string, ruleId: string, line?: number, column = 1): never => {
    throw new BuildRefused([{ file, ...(line === undefined ? {} : { start: { line, column } }), severity: "error", reason, ruleId }]);
  };
  let raw: unknown;
  try {
    raw = yaml.load(text, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    return refuse(`not valid YAML: ${error.reason}`, "registry-yaml", error.mark.line + 1, error.mark.column + 1);
  }
  if (raw === null || raw === undefined) return registry;
  if (typeof raw !== "object" || Array.isArray(raw)) return refuse("expected a mapping of id to status", "registry-shape");
  const lines = idLines(text);
  for (const [id, value] of Object.entries(raw)) {
    const line = lines.get(id);
    if (!SLUG.test(id)) refuse(`"${id}" is not a report id`, "registry-id", line);
    const entry = parseEntry(value);
    if (!entry) refuse(`entry "${id}" must be \`published\`, {archived: YYYY-MM-DD}, {withdrawn: "reason", on: YYYY-MM-DD} (the day optional) or {merged-into: other-id} (each may say when it was archived)`, "registry-entry", line);
    else registry.set(id, line === undefined ? entry : { ...entry, line });
  }
  return registry;
}

function parseEntry(value: unknown): RegistryEntry | undefined {
  // The registry's first form, `id: published`, is still read: it has no date.
  if (value === "published" || value === null) return { status: "published" };
  if (!value || typeof value !== "object" || Array.isArray(value)) return undefined;
  const entry = value as Record<string, unknown>;
  if (entry.archived !== undefined && !isArchiveDay(entry.archived)) return undefined;
  const archived = typeof entry.archived === "string" ? { archived: entry.archived } : {};
  if (typeof entry.withdrawn === "string" && entry.withdrawn.trim()) {
    if (entry.on !== undefined && !isArchiveDay(entry.on)) return undefined;
    return { status: "withdrawn", reason: entry.withdrawn.trim(), on: typeof entry.on === "string" ? entry.on : null, ...archived };
  }
  if (typeof entry["merged-into"] === "string" && SLUG.test(entry["merged-into"])) return { status: "merged", into: entry["merged-into"], ...archived };
  if (entry.withdrawn === undefined && entry["merged-into"] === undefined && entry.archived !== undefined) return { status: "published", ...archived };
  return undefined;
}

/** A real calendar day, `YYYY-MM-DD` (the core schema reads it as text, not a timestamp). */
function isArchiveDay(value: unknown): value is string {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
}

/** The build's day, from its pinned epoch: the date a report registered by this build entered the archive. */
export function archiveDay(epoch: Date): string {
  return epoch.toISOString().slice(0, 10);
}

/** The line each id opens, quoted or not: `"some-id": published`. */
function idLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  text.split(/\r?\n/).forEach((line, index) => {
    const id = /^["']?([^"'\s:#][^"':]*?)["']?\s*:/.exec(line)?.[1];
    if (id !== undefined && !lines.has(id)) lines.set(id, index + 1);
  });
  return lines;
}

export interface Tombstone {
  id: string;
  reason: string;
  /** The day of withdrawal, as the registry gives it. */
  on: string | null;
}

export interface Redirect {
  id: string;
  to: string;
}

export interface RegistryPlan {
  tombstones: Tombstone[];
  redirects: Redirect[];
  /** Ids published for the first time by this build. */
  newIds: string[];
  /** Ids already registered, published by this build, whose entry has no archived date yet: this build dates them. */
  undatedIds: string[];
  /** The day each id this build publishes entered the archive. */
  archived: Map<string, string>;
  /** Why the build must stop; empty when the registry is satisfied. */
  errors: Message[];
}

/**
 * Squares the registry with the ids this build publishes. `extraRedirects` are
 * redirects the build itself decided (a duplicate file's id points at the copy kept).
 * `today` (`archiveDay` of the build's epoch) dates the ids the registry has no date for.
 */
export function planPermalinks(
  registry: Registry,
  published: ReadonlySet<string>,
  file: string,
  extraRedirects: readonly Redirect[] = [],
  today = archiveDay(new Date(0)),
): RegistryPlan {
  const plan: RegistryPlan = { tombstones: [], redirects: [], newIds: [], undatedIds: [], archived: new Map(), errors: [] };
  const automatic = new Map(extraRedirects.map((r) => [r.id, r]));
  const error = (entry: RegistryEntry, reason: string, ruleId: string): Message => ({
    file,
    ...(entry.line === undefined ? {} : { start: { line: entry.line, column: 1 } }),
    severity: "error",
    reason,
    ruleId,
  });
  for (const [id, entry] of [...registry].sort(([a], [b]) => compare(a, b))) {
    if (published.has(id)) continue;
    if (entry.status === "withdrawn") plan.tombstones.push({ id, reason: entry.reason, on: entry.on });
    else if (entry.status === "merged") {
      if (!published.has(entry.into)) plan.errors.push(error(entry, `"${id}" is merged into "${entry.into}", which this build does not publish`, "permalink-merge-target"));
      else plan.redirects.push({ id, to: entry.into });
    } else if (automatic.has(id)) {
      plan.redirects.push(automatic.get(id)!);
    } else {
      plan.errors.push(
        error(entry, `"${id}" was published at /reports/${id}/ but no report has that id any more; mark it {withdrawn: "reason"} or {merged-into: other-id} so its permalink keeps answering`, "permalink-vanished"),
      );
    }
  }
  for (const redirect of extraRedirects) {
    if (!registry.has(redirect.id) && !published.has(redirect.id)) plan.redirects.push(redirect);
  }
  plan.redirects.sort((a, b) => compare(a.id, b.id));
  plan.newIds = [...published].filter((id) => !registry.has(id)).sort(compare);
  plan.undatedIds = [...published].filter((id) => registry.has(id) && registry.get(id)?.archived === undefined).sort(compare);
  for (const id of [...published].sort(compare)) plan.archived.set(id, registry.get(id)?.archived ?? today);
  return plan;
}

/**
 * Adds newly published ids to the registry file with the day they entered the
 * archive, and dates the `undated` entries (`id: published`, the registry's first
 * form) with that day, keeping everything else there (comments included).
 */
export function registerIds(file: string, ids: readonly string[], day: string, undated: readonly string[] = []): void {
  if (ids.length === 0 && undated.length === 0) return;
  const before = existsSync(file) ? readFileSync(file, "utf8") : HEADER;
  writeFileSync(file, registryText(before, ids, day, undated));
}

/** The registry file's new text: `undated` entries dated in place, `ids` appended. */
export function registryText(before: string, ids: readonly string[], day: string, undated: readonly string[] = []): string {
  const toDate = new Set(undated);
  const dated = toDate.size === 0 ? before : before.replace(/^(["']?)([a-z0-9-]+)\1(\s*):[ \t]*(?:published)?[ \t]*(#.*)?$/gm, (line, _quote: string, id: string, _space: string, comment: string | undefined) =>
    toDate.has(id) ? `${entryLine(id, day)}${comment ? ` ${comment}` : ""}` : line,
  );
  const separator = dated === "" || dated.endsWith("\n") ? "" : "\n";
  return dated + separator + ids.map((id) => `${entryLine(id, day)}\n`).join("");
}

// Quoted, so that an id such as «000» or «0x1f» reads back as text, not a number.
function entryLine(id: string, day: string): string {
  return `"${id}": {archived: ${day}}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
