import { SLUG } from "../types.ts";
import { dataError, stringList } from "./data-files.ts";

/** What an actor is, as data: a state is a country, everything else an organisation (for schema.org and other tools). */
export const ACTOR_KINDS = ["organization", "country"] as const;

export type ActorKind = (typeof ACTOR_KINDS)[number];

export interface ActorEntry {
  id: string;
  name: string;
  /** `kind:` in actors.yaml; `organization` when not given. */
  kind: ActorKind;
  aliases: string[];
  /** Words that refer to the actor only after the report has named it. */
  anaphora: string[];
  /** Words that name the actor only right after a noun for fighters: «مقاتلين معارضين». */
  adjectives: string[];
  /** Speaks of someone unidentified («مسلحون مجهولون»): never listed as an actor nor given as a perpetrator. */
  namesNoOne: boolean;
  /** Ids the actor had before (`formerly:`): their pages, once published, point to this one's. */
  formerly: string[];
}

/** The actor vocabulary (`actors.yaml`), from its parsed YAML; `file` names it in errors. */
export function vocabularyFrom(raw: unknown, file: string): ActorEntry[] {
  if (!Array.isArray(raw)) throw dataError(file, "top level", "expected a list of actors");
  const seen = new Set<string>();
  const entries = raw.map((entry: Record<string, unknown>, index): ActorEntry => {
    const where = `entry ${index + 1}`;
    if (typeof entry.id !== "string" || !SLUG.test(entry.id)) throw dataError(file, where, "`id` must be a slug");
    if (seen.has(entry.id)) throw dataError(file, where, `duplicate id ${entry.id}`);
    seen.add(entry.id);
    if (typeof entry.name !== "string") throw dataError(file, where, "`name` is required");
    const kind = entry.kind ?? "organization";
    if (!ACTOR_KINDS.includes(kind as ActorKind)) throw dataError(file, where, `\`kind\` must be one of ${ACTOR_KINDS.join(", ")}`);
    if (entry.names_no_one !== undefined && typeof entry.names_no_one !== "boolean") throw dataError(file, where, "`names_no_one` must be true or false");
    return {
      id: entry.id,
      name: entry.name,
      kind: kind as ActorKind,
      aliases: stringList(entry.aliases, file, where),
      anaphora: stringList(entry.anaphora, file, where),
      adjectives: stringList(entry.adjectives, file, `${where}.adjectives`),
      namesNoOne: entry.names_no_one === true,
      formerly: stringList(entry.formerly, file, `${where}.formerly`),
    };
  });
  return entries;
}
