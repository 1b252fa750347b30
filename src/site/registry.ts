import { existsSync, readFileSync, writeFileSync } from "node:fs";
import yaml from "js-yaml";

/**
 * The permalink registry (`content/permalinks.yaml`): every report id ever
 * published. An id never leaves it. When a report goes, its entry says what its
 * URL serves from then on: a tombstone (`withdrawn: reason`) or a redirect
 * (`merged-into: other-id`). The build refuses to let a registered id vanish.
 */
export type RegistryEntry =
  | { status: "published" }
  | { status: "withdrawn"; reason: string }
  | { status: "merged"; into: string };

export type Registry = Map<string, RegistryEntry>;

export const REGISTRY_FILE = "permalinks.yaml";
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const HEADER = `# Every report id ever published at /reports/<id>/. The build adds new ids here;
# commit this file. Never delete a line: when a report is removed, say what its
# URL serves instead, and the permalink keeps answering.
#   some-id: {withdrawn: "why it was withdrawn"}   -> a tombstone page
#   some-id: {merged-into: other-id}              -> a redirect page
`;

export function loadRegistry(file: string): Registry {
  const registry: Registry = new Map();
  if (!existsSync(file)) return registry;
  let raw: unknown;
  try {
    raw = yaml.load(readFileSync(file, "utf8"), { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    throw new Error(`${file}: not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (raw === null || raw === undefined) return registry;
  if (typeof raw !== "object" || Array.isArray(raw)) throw new Error(`${file}: expected a mapping of id to status`);
  for (const [id, value] of Object.entries(raw)) {
    if (!ID.test(id)) throw new Error(`${file}: "${id}" is not a report id`);
    registry.set(id, parseEntry(file, id, value));
  }
  return registry;
}

function parseEntry(file: string, id: string, value: unknown): RegistryEntry {
  if (value === "published" || value === null) return { status: "published" };
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const entry = value as Record<string, unknown>;
    if (typeof entry.withdrawn === "string" && entry.withdrawn.trim()) return { status: "withdrawn", reason: entry.withdrawn.trim() };
    if (typeof entry["merged-into"] === "string" && ID.test(entry["merged-into"])) return { status: "merged", into: entry["merged-into"] };
  }
  throw new Error(`${file}: entry "${id}" must be \`published\`, {withdrawn: "reason"} or {merged-into: other-id}`);
}

export interface Tombstone {
  id: string;
  reason: string;
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
  /** Why the build must stop; empty when the registry is satisfied. */
  errors: string[];
}

/**
 * Squares the registry with the ids this build publishes. `extraRedirects` are
 * redirects the build itself decided (a duplicate file's id points at the copy kept).
 */
export function planPermalinks(registry: Registry, published: ReadonlySet<string>, file: string, extraRedirects: readonly Redirect[] = []): RegistryPlan {
  const plan: RegistryPlan = { tombstones: [], redirects: [], newIds: [], errors: [] };
  const automatic = new Map(extraRedirects.map((r) => [r.id, r]));
  for (const [id, entry] of [...registry].sort(([a], [b]) => compare(a, b))) {
    if (published.has(id)) continue;
    if (entry.status === "withdrawn") plan.tombstones.push({ id, reason: entry.reason });
    else if (entry.status === "merged") {
      if (!published.has(entry.into)) plan.errors.push(`${file}: "${id}" is merged into "${entry.into}", which this build does not publish`);
      else plan.redirects.push({ id, to: entry.into });
    } else if (automatic.has(id)) {
      plan.redirects.push(automatic.get(id)!);
    } else {
      plan.errors.push(`${file}: "${id}" was published at /reports/${id}/ but no report has that id any more; mark it {withdrawn: "reason"} or {merged-into: other-id} so its permalink keeps answering`);
    }
  }
  for (const redirect of extraRedirects) {
    if (!registry.has(redirect.id) && !published.has(redirect.id)) plan.redirects.push(redirect);
  }
  plan.redirects.sort((a, b) => compare(a.id, b.id));
  plan.newIds = [...published].filter((id) => !registry.has(id)).sort(compare);
  return plan;
}

/** Adds newly published ids to the registry file, keeping what is there (comments included). */
export function registerIds(file: string, ids: readonly string[]): void {
  if (ids.length === 0) return;
  const before = existsSync(file) ? readFileSync(file, "utf8") : HEADER;
  const separator = before === "" || before.endsWith("\n") ? "" : "\n";
  // quoted, so that an id such as «000» or «0x1f» reads back as text, not a number
  writeFileSync(file, before + separator + ids.map((id) => `"${id}": published\n`).join(""));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
