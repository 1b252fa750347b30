import { dataError, readDataFile, stringList } from "./data-file.ts";

export interface ActorEntry {
  id: string;
  name: string;
  aliases: string[];
  /** Words that refer to the actor only after the report has named it. */
  anaphora: string[];
}

const FILE = "actors.yaml";
let cached: ActorEntry[] | undefined;

/** The actor vocabulary (`content/data/actors.yaml`). */
export function loadVocabulary(): readonly ActorEntry[] {
  if (cached) return cached;
  const raw = readDataFile(FILE);
  if (!Array.isArray(raw)) throw dataError(FILE, "top level", "expected a list of actors");
  const seen = new Set<string>();
  cached = raw.map((entry: Record<string, unknown>, index) => {
    const where = `entry ${index + 1}`;
    if (typeof entry.id !== "string" || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(entry.id)) throw dataError(FILE, where, "`id` must be a slug");
    if (seen.has(entry.id)) throw dataError(FILE, where, `duplicate id ${entry.id}`);
    seen.add(entry.id);
    if (typeof entry.name !== "string") throw dataError(FILE, where, "`name` is required");
    return {
      id: entry.id,
      name: entry.name,
      aliases: stringList(entry.aliases, FILE, where),
      anaphora: stringList(entry.anaphora, FILE, where),
    };
  });
  return cached;
}
