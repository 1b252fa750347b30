import type { ReviewChecker } from "./checker.ts";
import { kindOf } from "./checker.ts";
import type { FieldKey } from "./review-fields.ts";
import type { YamlPath } from "./yaml-places.ts";

/**
 * The evidence of a place or an actor a review lists: the `evidence:` it gives
 * (one string or a list, each words of the report), else what `found` finds in
 * the report. Every string returned stands in the report; an empty list means
 * there was none, and the checker has said so.
 */
export function placedEvidence(checker: ReviewChecker, field: FieldKey, path: YamlPath, given: unknown, name: string, found: () => string[]): string[] {
  if (given === undefined || given === null) {
    const spellings = found();
    if (spellings.length === 0) {
      checker.missingEvidence(field, path, name, `«${name}» is not named in the report: add \`evidence:\` with the words of the report it rests on`);
    }
    return spellings;
  }
  const list = Array.isArray(given) ? given : [given];
  const evidence: string[] = [];
  list.forEach((words: unknown, index) => {
    const at = Array.isArray(given) ? [...path, "evidence", index] : [...path, "evidence"];
    if (typeof words !== "string" || words === "") {
      checker.error(at, `evidence must be words of the report (got ${kindOf(words)})`, "review-evidence", { expected: "text copied exactly from the report" });
    } else if (!checker.words.contains(words)) {
      checker.missingEvidence(field, at, words, `«${words}» is not in the report`);
    } else if (!evidence.includes(words)) {
      evidence.push(words);
    }
  });
  return evidence;
}
