import type { Actor } from "../types.ts";
import { kindOf, shown, type ReviewChecker } from "./checker.ts";
import { placedEvidence } from "./check-evidence.ts";
import { nearestClause, type Candidate } from "./nearest.ts";
import type { YamlPath } from "./yaml-places.ts";

const FIELD = "actors";
const ACTOR_KEYS = ["id", "evidence"];
export const VOCABULARY = "data/actors.yaml";

/**
 * A review's `actors`: ids of the vocabulary (or of a party the machine read
 * outside it), each optionally `{id, evidence}`. An actor keeps the machine's
 * evidence where the machine found it, else the report's spellings of its
 * aliases; undefined when the value is not a list.
 */
export function checkActors(value: unknown, checker: ReviewChecker): Actor[] | undefined {
  if (value === null) return [];
  if (!Array.isArray(value)) {
    checker.error([FIELD], `actors must be a list of actor ids (got ${kindOf(value)})`, "review-shape", { expected: `a list of ids of ${VOCABULARY}` });
    return undefined;
  }
  const actors: Actor[] = [];
  value.forEach((item: unknown, index) => {
    const actor = checkActor(item, [FIELD, index], checker);
    if (!actor) return;
    if (actors.some((other) => other.id === actor.id)) {
      checker.error([FIELD, index], `${actor.id} is listed twice`, "review-actor-duplicate", { actual: actor.id });
      return;
    }
    actors.push(actor);
  });
  return actors;
}

function checkActor(item: unknown, path: YamlPath, checker: ReviewChecker): Actor | undefined {
  let id: unknown = item;
  let evidence: unknown;
  let idPath = path;
  if (item !== null && typeof item === "object" && !Array.isArray(item)) {
    const entry = item as Record<string, unknown>;
    for (const key of Object.keys(entry)) {
      if (!ACTOR_KEYS.includes(key)) checker.error([...path, key], `unknown key "${key}" in an actor`, "review-unknown-key", { atKey: true, expected: ACTOR_KEYS.join(", ") });
    }
    id = entry.id;
    evidence = entry.evidence;
    idPath = [...path, "id"];
  }
  const known = typeof id === "string" ? actorNamed(id.trim(), checker) : undefined;
  if (!known) {
    checker.error(idPath, `unknown actor id ${shown(id)}${nearestClause(String(id), actorCandidates(checker))}`, "review-actor-unknown", {
      actual: id,
      expected: `an id of ${VOCABULARY}`,
    });
    return undefined;
  }
  const machine = checker.context.record.actors.find((actor) => actor.id === known.id);
  const found = placedEvidence(checker, FIELD, path, evidence, known.name, () => machine?.evidence ?? checker.words.actorSpellings(known.id));
  return { id: known.id, name: known.name, evidence: found };
}

/** An actor of the vocabulary, or one the machine read outside it, by id. */
export function actorNamed(id: string, checker: ReviewChecker): { id: string; name: string } | undefined {
  return checker.context.knowledge.vocabulary.find((actor) => actor.id === id) ?? checker.context.record.actors.find((actor) => actor.id === id);
}

export function actorCandidates(checker: ReviewChecker, extra: readonly Candidate[] = []): Candidate[] {
  return [...extra, ...checker.context.knowledge.vocabulary.map((actor) => ({ id: actor.id, label: actor.name, names: [actor.name, ...actor.aliases] }))];
}
