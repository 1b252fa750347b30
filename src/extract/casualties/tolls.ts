import type { VictimNoun } from "../../knowledge/casualty-lexicon.ts";
import type { CasualtyClaim, Outcome } from "../../types.ts";
import { harmPairAt } from "./combined.ts";
import { isYearToken, peopleNumberAt } from "./counts.ts";
import { nearestSide, partyPhrase } from "./parties.ts";
import { personAt } from "./people.ts";
import { perpetratorOf, type AttackMemory } from "./perpetrators.ts";
import { clauseRange, evidenceOf, type Sentence } from "./sentence.ts";

/**
 * A running toll: «ارتفع إلى 25 عدد المدنيين الذين قتلوا», «بلغت حصيلة القتلى 30
 * قتيلاً», «بلغت حصيلة التفجير 43 قتيلاً وجريحاً». The count is the toll's new
 * figure; the victims' nouns give outcome and side. The tokens it reads are added to `used`.
 */
export function tollClaim(sentence: Sentence, used: Set<number>, memory: AttackMemory): CasualtyClaim | undefined {
  const { lexicon, tokens } = sentence;
  const verb = tokens.findIndex((token, k) => lexicon.tollVerbs.mayStartAt(token) && lexicon.tollVerbs.matchAt(tokens, k) !== undefined);
  if (verb < 0) return undefined;
  // «حصيلة التفجير الذي ضرب المدينة بلغت 43»: the toll's noun anywhere in the verb's clause
  const verbClause = clauseRange(sentence, { from: verb, to: verb + 1 }, -1);
  const noun = tokens.findIndex((token, k) => token.start >= verbClause.start && token.end <= verbClause.end && lexicon.tollNouns.matchAt(tokens, k) !== undefined);
  if (noun < 0) return undefined;
  const first = Math.min(verb, noun);
  let outcome: Outcome | undefined;
  let trigger: number | undefined;
  const victims: VictimNoun[] = [];
  let named: string | undefined;
  let count: number | undefined;
  let last = noun;
  for (let k = first; k < tokens.length && tokens[k]!.end <= verbClause.end; k++) {
    const harm = lexicon.triggers.matchAt(tokens, k);
    if (harm && !outcome) {
      outcome = harmPairAt(sentence, k) ? "killed-or-injured" : harm.value.outcome;
      trigger = k;
    }
    const person = personAt(sentence, k);
    if (person) victims.push(person.value);
    // «عدد القتلى من عناصر قوات النظام»: the side named after the toll's people
    if ((harm || person) && named === undefined) named = partyPhrase(sentence, (harm ?? person)!.to)?.party;
    // «ارتفعت حصيلة القتلى في 2017 إلى 300»: a year is not the toll
    const number = count === undefined && !isYearToken(tokens[k]!) ? peopleNumberAt(sentence, k) : undefined;
    if (number) count = number.value;
    if (harm || person || number) last = k + 1;
  }
  if (count === undefined || !outcome || trigger === undefined) return undefined;
  for (let k = first; k < last; k++) used.add(k);
  // «عدد الضحايا المدنيين»: civilians named anywhere in the toll are its side
  const party =
    named ??
    (victims.some((v) => v.party === "civilians")
      ? "civilians"
      : victims.some((v) => v.party === "context")
        ? (nearestSide(sentence, noun) ?? "unknown")
        : "unknown");
  const range = { from: first, to: last };
  return { party, outcome, count, qualifier: "exact", perpetrator: perpetratorOf(sentence, party, { ...range, trigger }, memory), evidence: evidenceOf(sentence, range, -1) };
}
