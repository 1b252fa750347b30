import { OUTCOMES, QUALIFIERS, type Actor, type CasualtyClaim, type Outcome, type Qualifier } from "../types.ts";
import { actorCandidates, actorNamed, VOCABULARY } from "./check-actors.ts";
import { kindOf, shown, type ReviewChecker } from "./checker.ts";
import { nearestClause, type Candidate } from "./nearest.ts";
import type { YamlPath } from "./yaml-places.ts";

const FIELD = "casualties";
export const CLAIM_KEYS = ["party", "outcome", "count", "qualifier", "perpetrator", "evidence", "victims"];
/** Parties that are not actors. */
export const PARTIES = ["civilians", "unknown"];

/**
 * A review's `casualties`: claims as the record holds them, each with the
 * evidence it rests on, words of the report. `actors` are the review's own
 * actors when it gives them: a party or perpetrator may be one of those too.
 * Undefined when the value is not a list.
 */
export function checkClaims(value: unknown, checker: ReviewChecker, actors: readonly Actor[] = []): CasualtyClaim[] | undefined {
  if (value === null) return [];
  if (!Array.isArray(value)) {
    checker.error([FIELD], `casualties must be a list of claims (got ${kindOf(value)})`, "review-shape", { expected: "a list" });
    return undefined;
  }
  const claims: CasualtyClaim[] = [];
  value.forEach((item: unknown, index) => {
    const claim = checkClaim(item, [FIELD, index], checker, actors);
    if (claim) claims.push(claim);
  });
  return claims;
}

function checkClaim(item: unknown, path: YamlPath, checker: ReviewChecker, actors: readonly Actor[]): CasualtyClaim | undefined {
  if (item === null || typeof item !== "object" || Array.isArray(item)) {
    checker.error(path, `a claim must be a mapping of ${CLAIM_KEYS.join(", ")} (got ${kindOf(item)})`, "review-shape", { expected: "a mapping" });
    return undefined;
  }
  const entry = item as Record<string, unknown>;
  for (const key of Object.keys(entry)) {
    if (!CLAIM_KEYS.includes(key)) {
      checker.error([...path, key], `unknown key "${key}" in a claim${nearestClause(key, CLAIM_KEYS.map((id) => ({ id, names: [] })))}`, "review-unknown-key", { atKey: true, expected: CLAIM_KEYS.join(", ") });
    }
  }
  const knownActor = (id: string): boolean => actors.some((actor) => actor.id === id) || actorNamed(id, checker) !== undefined;
  const party = checkParty(entry.party, [...path, "party"], checker, knownActor);
  const outcome = checkChoice<Outcome>(entry.outcome, [...path, "outcome"], checker, "outcome", OUTCOMES, "review-outcome");
  const count = checkCount(entry.count, [...path, "count"], checker);
  const qualifier = entry.qualifier === undefined ? (count === null ? "unspecified" : "exact") : checkChoice<Qualifier>(entry.qualifier, [...path, "qualifier"], checker, "qualifier", QUALIFIERS, "review-qualifier");
  const perpetrator = checkPerpetrator(entry.perpetrator, [...path, "perpetrator"], checker, knownActor);
  const evidence = checkClaimEvidence(entry.evidence, [...path, "evidence"], path, checker);
  const victims = checkVictims(entry.victims, [...path, "victims"], checker);
  if (party === undefined || outcome === undefined || count === undefined || qualifier === undefined || perpetrator === undefined || evidence === undefined || victims === undefined) return undefined;
  return { party, outcome, count, qualifier, perpetrator, evidence, ...(victims.length ? { victims } : {}) };
}

function checkParty(value: unknown, path: YamlPath, checker: ReviewChecker, knownActor: (id: string) => boolean): string | undefined {
  if (typeof value === "string" && (PARTIES.includes(value.trim()) || knownActor(value.trim()))) return value.trim();
  const reason = value === undefined ? "a claim needs its party" : `unknown party ${shown(value)}`;
  checker.error(path, `${reason}: civilians, unknown, or an actor id of ${VOCABULARY}${nearestClause(String(value ?? ""), partyCandidates(checker))}`, "review-party", {
    ...(value === undefined ? {} : { actual: value }),
    expected: `civilians, unknown, or an id of ${VOCABULARY}`,
  });
  return undefined;
}

function checkPerpetrator(value: unknown, path: YamlPath, checker: ReviewChecker, knownActor: (id: string) => boolean): string | null | undefined {
  if (value === undefined || value === null) return null;
  if (typeof value === "string" && knownActor(value.trim())) return value.trim();
  checker.error(path, `unknown perpetrator ${shown(value)}: an actor id of ${VOCABULARY}, or null when the text names none${nearestClause(String(value), actorCandidates(checker))}`, "review-perpetrator", {
    actual: value,
    expected: `an id of ${VOCABULARY}, or null`,
  });
  return undefined;
}

function checkChoice<T extends string>(value: unknown, path: YamlPath, checker: ReviewChecker, key: string, choices: readonly T[], ruleId: string): T | undefined {
  if (typeof value === "string" && (choices as readonly string[]).includes(value.trim())) return value.trim() as T;
  const reason = value === undefined ? `a claim needs its ${key}` : `unknown ${key} ${shown(value)}`;
  checker.error(path, `${reason}: one of ${choices.join(", ")}`, ruleId, { ...(value === undefined ? {} : { actual: value }), expected: choices.join(", ") });
  return undefined;
}

/** A whole number of people, or null when the text gives none. */
function checkCount(value: unknown, path: YamlPath, checker: ReviewChecker): number | null | undefined {
  if (value === undefined || value === null) return null;
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return value;
  checker.error(path, `count must be a whole number ≥ 0, or null when the text gives none (got ${shown(value)})`, "review-count", { actual: value, expected: "a whole number ≥ 0, or null" });
  return undefined;
}

function checkClaimEvidence(value: unknown, path: YamlPath, claimPath: YamlPath, checker: ReviewChecker): string | undefined {
  if (typeof value !== "string" || value === "") {
    checker.error(value === undefined ? claimPath : path, "a claim needs its evidence: the sentence or clause of the report it rests on, copied exactly", "review-evidence", {
      ...(value === undefined ? {} : { actual: value }),
      expected: "text copied exactly from the report",
    });
    return undefined;
  }
  if (!checker.words.contains(value)) {
    checker.missingEvidence(FIELD, path, value, `the claim's evidence «${value}» is not in the report`);
    return checker.stale ? value : undefined;
  }
  return value;
}

function checkVictims(value: unknown, path: YamlPath, checker: ReviewChecker): string[] | undefined {
  if (value === undefined || value === null) return [];
  // kept as written: a name is the report's spelling of it
  if (Array.isArray(value) && value.every((name) => typeof name === "string" && name.trim() !== "")) return value as string[];
  checker.error(path, `victims must be a list of names as the report writes them (got ${kindOf(value)})`, "review-shape", { expected: "a list of names" });
  return undefined;
}

function partyCandidates(checker: ReviewChecker): Candidate[] {
  return actorCandidates(checker, PARTIES.map((id) => ({ id, names: [] })));
}
