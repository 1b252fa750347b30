import { fold } from "../text/normalise.ts";

/** Something a mistyped value may have meant: its id, and the names it is known by. */
export interface Candidate {
  id: string;
  /** Shown beside the id: «الحويقة». */
  label?: string;
  names: readonly string[];
}

/** Suggestions shown for a value nobody knows: enough to spot the one meant. */
const SUGGESTIONS = 3;

/**
 * The candidates nearest to `value`, by edit distance over their ids and names
 * (names folded as the extractor folds them, so «الحويقه» is «الحويقة»), written
 * `huweiqa (الحويقة)`. Nearest first; ties keep the candidates' order.
 */
export function nearest(value: string, candidates: readonly Candidate[], count = SUGGESTIONS): string[] {
  const query = normalised(value);
  return candidates
    .map((candidate, index) => ({ candidate, index, distance: Math.min(...[candidate.id, ...candidate.names].map((name) => editDistance(query, normalised(name)))) }))
    .sort((a, b) => a.distance - b.distance || a.index - b.index)
    .slice(0, count)
    .map(({ candidate }) => (candidate.label ? `${candidate.id} (${candidate.label})` : candidate.id));
}

/** `, nearest: a, b, c` for a message, or nothing when there is nothing to suggest. */
export function nearestClause(value: string, candidates: readonly Candidate[]): string {
  const found = nearest(value, candidates);
  return found.length ? `; nearest: ${found.join(", ")}` : "";
}

function normalised(text: string): string {
  return fold(text.trim().toLowerCase());
}

/** Levenshtein distance, in code points, with one row of memory. */
export function editDistance(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  let previous = Array.from({ length: right.length + 1 }, (_, j) => j);
  for (let i = 1; i <= left.length; i++) {
    const current = [i];
    for (let j = 1; j <= right.length; j++) {
      const substitution = previous[j - 1]! + (left[i - 1] === right[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[right.length]!;
}
