import type { VictimNoun } from "../../knowledge/casualty-lexicon.ts";
import { cardinalAt } from "../../text/numbers.ts";
import type { CasualtyClaim } from "../../types.ts";
import { MAX_COUNT, isYearToken } from "./counts.ts";
import { nearestSide } from "./parties.ts";
import { perpetratorOf } from "./perpetrators.ts";
import { clauseRange, evidenceOf, type Sentence } from "./sentence.ts";

/**
 * A running toll: «ارتفع إلى 25 عدد المدنيين الذين قتلوا», «بلغت حصيلة القتلى 30
 * قتيلاً». The count is the toll's new figure; the victims' noun gives outcome and side.
 * The tokens it reads are added to `used`.
 */
export function tollClaim(sentence: Sentence, used: Set<number>): CasualtyClaim | undefined {
  const { lexicon } = sentence;
  const { tokens } = sentence;
  const verb = tokens.findIndex((_, k) => lexicon.tollVerbs.matchAt(tokens, k) !== undefined);
  if (verb < 0) return undefined;
  const noun = tokens.findIndex((_, k) => k > verb - 3 && lexicon.tollNouns.matchAt(tokens, k) !== undefined);
  if (noun < 0) return undefined;
  const clause = clauseRange(sentence, { from: Math.min(verb, noun), to: noun + 1 }, -1);
  const inClause = (k: number): boolean => tokens[k]!.start >= clause.start && tokens[k]!.end <= clause.end;
  let outcome: CasualtyClaim["outcome"] | undefined;
  let victim: VictimNoun | undefined;
  let count: number | undefined;
  let last = noun;
  for (let k = Math.min(verb, noun); k < tokens.length && inClause(k); k++) {
    const trigger = lexicon.triggers.matchAt(tokens, k);
    if (trigger && !outcome) outcome = trigger.value.outcome;
    const person = lexicon.victims.matchAt(tokens, k);
    if (person && !victim) victim = person.value;
    // «ارتفعت حصيلة القتلى في 2017 إلى 300»: a year is not the toll
    const number = count === undefined && !isYearToken(tokens[k]!) && !lexicon.notPeople.matchAt(tokens, k + 1) ? cardinalAt(tokens, k) : undefined;
    if (number && number.value <= MAX_COUNT) count = number.value;
    if (trigger || person || number) last = k + 1;
  }
  if (count === undefined || !outcome) return undefined;
  for (let k = Math.min(verb, noun); k < last; k++) used.add(k);
  const party = victim?.party === "civilians" ? "civilians" : victim?.party === "context" ? nearestSide(sentence, noun) ?? "unknown" : "unknown";
  const range = { from: Math.min(verb, noun), to: last };
  return { party, outcome, count, qualifier: "exact", perpetrator: perpetratorOf(sentence, party, range), evidence: evidenceOf(sentence, range, -1) };
}
