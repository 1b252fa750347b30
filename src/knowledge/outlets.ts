import { fold } from "../text/normalise.ts";
import { slugForName } from "../text/transliterate.ts";
import { SLUG } from "../types.ts";
import { dataError, stringList } from "./data-files.ts";

export interface OutletEntry {
  /** How the record states the outlet. */
  name: string;
  /** Other spellings datelines and bylines use. */
  aliases: string[];
  /** The outlet's address under `/outlets/`; null for an archive's file that gives none. */
  slug: string | null;
}

/** The outlets (`outlets.yaml`), from its parsed YAML; `file` names it in errors. */
export function outletsFrom(raw: unknown, file: string): OutletEntry[] {
  if (raw === null || raw === undefined) return [];
  if (!Array.isArray(raw)) throw dataError(file, "top level", "expected a list of outlets");
  const slugs = new Set<string>();
  return raw.flatMap((entry: { name?: unknown; aliases?: unknown; slug?: unknown }, index) => {
    if (typeof entry.name !== "string") return [];
    const where = `entry ${index + 1} (${entry.name})`;
    if (entry.slug !== undefined && (typeof entry.slug !== "string" || !SLUG.test(entry.slug))) throw dataError(file, where, "`slug` must be a slug");
    const slug = typeof entry.slug === "string" ? entry.slug : null;
    if (slug !== null && slugs.has(slug)) throw dataError(file, where, `duplicate slug ${slug}`);
    if (slug !== null) slugs.add(slug);
    return [{ name: entry.name, aliases: stringList(entry.aliases, file, where), slug }];
  });
}

/**
 * The slug an outlet's page has: the one `outlets.yaml` gives it (under its name
 * or any alias), else one made from its name, as every outlet had before slugs
 * were data (`slugForName`, which the old addresses keep answering under).
 */
export function outletSlugs(outlets: readonly OutletEntry[]): (name: string) => string {
  const given = new Map<string, string>();
  for (const outlet of outlets) {
    if (outlet.slug === null) continue;
    for (const spelling of [outlet.name, ...outlet.aliases]) given.set(fold(spelling).trim(), outlet.slug);
  }
  return (name) => given.get(fold(name).trim()) ?? slugForName(name);
}
