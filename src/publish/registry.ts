import { existsSync, readFileSync } from "node:fs";
import yaml from "js-yaml";
import type { Message } from "../message.ts";
import { reportUrl } from "../routes.ts";
import { SLUG } from "../types.ts";
import { writeFileDurably } from "./durable-file.ts";
import type { PreviousSite } from "./previous-site.ts";
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
#   some-id: {archived: YYYY-MM-DD}              -> published; entered the archive that day
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
    throw new BuildRefused([{ file, ...(line === undefined ? {} : { start: { line, column } }), severity: "error", reason, ruleId }], "registry");
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
  for (const { line, written, read } of unquotedNonTextKeys(text)) {
    refuse(`${written} reads as ${read} in YAML, not as the id "${written}": quote it, "${written}": …`, "registry-id", line);
  }
  const lines = idLines(text);
  for (const [id, value] of Object.entries(raw)) {
    const line = lines.get(id);
    if (!SLUG.test(id)) refuse(`"${id}" is not a report id`, "registry-id", line);
    const entry = parseEntry(value);
    const target = value && typeof value === "object" ? (value as Record<string, unknown>)["merged-into"] : undefined;
    if (!entry && target !== undefined && typeof target !== "string") {
      refuse(`entry "${id}": merged-into ${String(target)} reads as a ${typeof target} in YAML, not an id: quote it, {merged-into: "${String(target)}"}`, "registry-entry", line);
    }
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

/**
 * Keys written without quotes that YAML reads as something else than the text
 * written: `0001` is the number 1, `0x1f` is 31, `1e3` is 1000, `true` a boolean.
 * Taken as they read, they would register another id than the one meant.
 */
function unquotedNonTextKeys(text: string): { line: number; written: string; read: string }[] {
  const found: { line: number; written: string; read: string }[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const written = /^([^"'\s#:{}[\],][^:#]*?)\s*:(?:\s|$)/.exec(line)?.[1];
    if (written === undefined) return;
    let read: unknown;
    try {
      read = yaml.load(written, { schema: yaml.CORE_SCHEMA });
    } catch {
      return; // not a plain scalar (an alias, a tag): the mapping's own checks judge it
    }
    if (typeof read !== "string") found.push({ line: index + 1, written, read: read === null ? "null (nothing)" : `the ${typeof read} ${String(read)}` });
  });
  return found;
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
  /** Ids published for the first time by this build (or again, when the registry had lost them). */
  newIds: string[];
  /** Ids already registered, published by this build, whose entry has no archived date yet: this build dates them. */
  undatedIds: string[];
  /** The day each id this build publishes entered the archive. */
  archived: Map<string, string>;
  /** Redirects the site this build replaces served and the registry had lost: registered as merges. */
  restoredRedirects: Redirect[];
  /** Why the build must stop; empty when the registry is satisfied. */
  errors: Message[];
  /** What the build says aloud about the registry (ids it had lost and gets back). */
  notes: Message[];
}

export interface PlanOptions {
  /** Redirects the build itself decided (a duplicate file's id points at the copy kept). */
  extraRedirects?: readonly Redirect[];
  /** The site this build replaces: an id it answered for is kept, registered or not. */
  previous?: PreviousSite;
  /** Ids that several files claim, and so none publishes: named when such an id would vanish. */
  contested?: ReadonlyMap<string, readonly string[]>;
  /** The build's day (`archiveDay` of its epoch): what ids the registry has no date for are dated. */
  today?: string;
}

/**
 * Squares the registry, and the site this build replaces, with the ids this build
 * publishes. An id either answers (a report, a tombstone, a redirect) or stops the
 * build, naming where it was recorded.
 */
export function planPermalinks(registry: Registry, published: ReadonlySet<string>, file: string, options: PlanOptions = {}): RegistryPlan {
  const plan: RegistryPlan = { tombstones: [], redirects: [], newIds: [], undatedIds: [], archived: new Map(), restoredRedirects: [], errors: [], notes: [] };
  const today = options.today ?? archiveDay(new Date(0));
  const extraRedirects = options.extraRedirects ?? [];
  const automatic = new Map(extraRedirects.map((r) => [r.id, r]));
  const error = (entry: RegistryEntry, reason: string, ruleId: string): Message => ({
    file,
    ...(entry.line === undefined ? {} : { start: { line: entry.line, column: 1 } }),
    severity: "error",
    reason,
    ruleId,
  });
  const contest = (id: string): string => {
    const files = options.contested?.get(id);
    return files ? `${files.join(" and ")} all claim it, so none of them is published; pin another id in all but one of them, or ` : "";
  };
  for (const [id, entry] of [...registry].sort(([a], [b]) => compare(a, b))) {
    if (published.has(id)) continue;
    if (entry.status === "withdrawn") plan.tombstones.push({ id, reason: entry.reason, on: entry.on });
    else if (entry.status === "merged") {
      if (!published.has(entry.into)) plan.errors.push(error(entry, `"${id}" is merged into "${entry.into}", which this build does not publish`, "permalink-merge-target"));
      else plan.redirects.push({ id, to: entry.into });
    } else if (automatic.has(id)) {
      plan.redirects.push(automatic.get(id)!);
    } else {
      const why = options.contested?.has(id) ? `${contest(id)}mark it` : `no report has that id any more; mark it`;
      plan.errors.push(error(entry, `"${id}" was published at ${reportUrl(id)} but ${why} {withdrawn: "reason"} or {merged-into: other-id} so its permalink keeps answering`, "permalink-vanished"));
    }
  }
  for (const redirect of extraRedirects) {
    if (!registry.has(redirect.id) && !published.has(redirect.id)) plan.redirects.push(redirect);
  }
  if (options.previous) checkPreviousSite(options.previous, registry, published, automatic, file, plan, contest);
  plan.redirects.sort((a, b) => compare(a.id, b.id));
  plan.newIds = [...published].filter((id) => !registry.has(id)).sort(compare);
  plan.undatedIds = [...published].filter((id) => registry.has(id) && registry.get(id)?.archived === undefined).sort(compare);
  for (const id of [...published].sort(compare)) plan.archived.set(id, registry.get(id)?.archived ?? today);
  return plan;
}

/**
/**
 * The ids the replaced site answered for that the registry does not list (it was
 * deleted, cut short, edited by hand): a report published again is registered
 * again, a redirect whose target is still published is registered as a merge, and
 * anything else would vanish, which stops the build like a registered id would.
 */
function checkPreviousSite(
  previous: PreviousSite,
  registry: Registry,
  published: ReadonlySet<string>,
  automatic: ReadonlyMap<string, Redirect>,
  registryFile: string,
  plan: RegistryPlan,
  contest: (id: string) => string,
): void {
  const unlisted = (id: string): boolean => !registry.has(id) && !published.has(id) && !automatic.has(id);
  const vanished = (id: string, served: string, fix: string): Message => ({
    file: previous.manifest,
    severity: "error",
    reason: `"${id}" ${served} in the site this build replaces, but ${registryFile} does not list it and ${contest(id) || "no report has that id any more; "}${fix}`,
    ruleId: "permalink-vanished",
  });
  const regained = [...previous.reports.keys()].filter((id) => !registry.has(id) && published.has(id)).sort(compare);
  if (regained.length) {
    plan.notes.push({
      file: registryFile,
      severity: "warning",
      reason: `did not list ${regained.length} id(s) that the site this build replaces published (${regained.slice(0, 10).join(", ")}${regained.length > 10 ? ", …" : ""}): they are registered again, from ${previous.manifest}`,
      ruleId: "registry-restored",
    });
  }
  for (const [id, fileName] of [...previous.reports].sort(([a], [b]) => compare(a, b))) {
    if (unlisted(id)) plan.errors.push(vanished(id, `was published at ${reportUrl(id)} (from ${fileName})`, `add it to the registry as {withdrawn: "reason"} or {merged-into: other-id}`));
  }
  for (const id of [...previous.tombstones].sort(compare)) {
    if (unlisted(id)) plan.errors.push(vanished(id, `answered with a tombstone at ${reportUrl(id)}`, `add its {withdrawn: "reason"} back to the registry`));
  }
  for (const [id, to] of [...previous.redirects].sort(([a], [b]) => compare(a, b))) {
    if (!unlisted(id)) continue;
    if (published.has(to)) {
      plan.redirects.push({ id, to });
      plan.restoredRedirects.push({ id, to });
      plan.notes.push({ file: registryFile, severity: "warning", reason: `did not list "${id}", which redirected to "${to}" in the site this build replaces: it is registered as {merged-into: ${to}}`, ruleId: "registry-restored" });
    } else {
      plan.errors.push(vanished(id, `redirected to "${to}"`, `add it to the registry as {merged-into: other-id} or {withdrawn: "reason"}`));
    }
  }
}

/**
 * Reports that claim an id the registry has closed: a withdrawn id keeps its
 * tombstone and a merged id its redirect, whether the file is new or was never
 * removed. Each such file is rejected, naming the id's state and where it is set.
 */
export function closedIdClaims(registry: Registry, reports: readonly { id: string; file: string }[], registryFile: string): Map<string, Message> {
  const claims = new Map<string, Message>();
  for (const { id, file } of reports) {
    const entry = registry.get(id);
    if (!entry || entry.status === "published") continue;
    const where = entry.line === undefined ? registryFile : `${registryFile}:${entry.line}`;
    const state = entry.status === "withdrawn" ? `withdrawn ("${entry.reason}")` : `merged into "${entry.into}"`;
    const kept = entry.status === "withdrawn" ? "its tombstone stays" : "its redirect stays";
    claims.set(file, {
      file,
      severity: "error",
      reason: `claims the id "${id}", which ${where} marks ${state}: ${kept} and this file is not published; remove the file, pin another id in it, or set the id back to \`published\` in the registry`,
      ruleId: entry.status === "withdrawn" ? "id-withdrawn" : "id-merged",
      actual: id,
    });
  }
  return claims;
}

/**
 * Adds newly published ids to the registry file with the day they entered the
 * archive, dates the `undated` entries (`id: published`, the registry's first
 * form) with that day, and registers the redirects the registry had lost, keeping
 * everything else there (comments included). Written durably: the registry holds
 * either what it held or all of this build's ids, never a part.
 */
export function registerIds(file: string, ids: readonly string[], day: string, undated: readonly string[] = [], redirects: readonly Redirect[] = []): void {
  if (ids.length === 0 && undated.length === 0 && redirects.length === 0) return;
  const before = existsSync(file) ? readFileSync(file, "utf8") : HEADER;
  writeFileDurably(file, registryText(before, ids, day, undated, redirects));
}

/** The registry file's new text: `undated` entries dated in place, `ids` and `redirects` appended. */
export function registryText(before: string, ids: readonly string[], day: string, undated: readonly string[] = [], redirects: readonly Redirect[] = []): string {
  const toDate = new Set(undated);
  const dated = toDate.size === 0 ? before : before.replace(/^(["']?)([a-z0-9-]+)\1(\s*):[ \t]*(?:published)?[ \t]*(#.*)?$/gm, (line, _quote: string, id: string, _space: string, comment: string | undefined) =>
    toDate.has(id) ? `${entryLine(id, day)}${comment ? ` ${comment}` : ""}` : line,
  );
  const separator = dated === "" || dated.endsWith("\n") ? "" : "\n";
  // Quoted, so that an id such as «000» or «0x1f» reads back as text, not a number.
  const lines = [...ids.map((id) => `${entryLine(id, day)}\n`), ...redirects.map(({ id, to }) => `"${id}": {merged-into: "${to}", archived: ${day}}\n`)];
  return dated + separator + lines.join("");
}

function entryLine(id: string, day: string): string {
  return `"${id}": {archived: ${day}}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
