import { dataError, stringList } from "./data-files.ts";

export interface OutletEntry {
  /** How the record states the outlet. */
  name: string;
  /** Other spellings datelines and bylines use. */
  aliases: string[];
}

/** The outlets (`outlets.yaml`), from its parsed YAML; `file` names it in errors. */
export function outletsFrom(raw: unknown, file: string): OutletEntry[] {
  if (raw === null || raw === undefined) return [];
  if (!Array.isArray(raw)) throw dataError(file, "top level", "expected a list of outlets");
  return raw.flatMap((entry: { name?: unknown; aliases?: unknown }, index) =>
    typeof entry.name === "string" ? [{ name: entry.name, aliases: stringList(entry.aliases, file, `entry ${index + 1}`) }] : [],
  );
}
