import type { VictimNoun } from "../../knowledge/casualty-lexicon.ts";
import { personAt } from "./people.ts";
import { roleOf } from "./perpetrators.ts";
import { mentionAt, type Sentence } from "./sentence.ts";

/**
 * The side named for the harmed, from token `index`: «من قوات النظام», «في صفوف
 * قوات المعارضة», «لقوات النظام», «التابعين لقسد», an allegiance word the actors
 * read («معارضين»), or «منهم» pointing back.
 */
export function partyPhrase(sentence: Sentence, index: number): { party: string; to: number } | undefined {
  const { lexicon, tokens } = sentence;
  if (!tokens[index]) return undefined;
  const antecedent = lexicon.antecedents.matchAt(tokens, index);
  if (antecedent) {
    const party = antecedentBefore(sentence, index);
    return party ? { party, to: antecedent.to } : undefined;
  }
  let k = lexicon.partyLinks.matchAt(tokens, index)?.to ?? index;
  // «من عناصر قوات النظام»; but «من عناصر داعش» is one name
  const noun = personAt(sentence, k);
  if (noun && noun.value.party === "context" && k > index && !mentionAt(sentence, k)) k = noun.to;
  // «لقوات النظام»: with no separate link word the preposition is glued to the actor's name
  const mention = mentionAt(sentence, k);
  return mention && !mention.namesNoOne ? { party: mention.id, to: mention.to - sentence.offset } : undefined;
}

/** Who «منهم» points back to: the last group of people named before it, else the last actor. */
function antecedentBefore(sentence: Sentence, index: number): string | undefined {
  for (let k = index - 1; k >= 0; k--) {
    if (personAt(sentence, k)?.value.party === "civilians") return "civilians";
  }
  return [...sentence.actors].reverse().find((m) => m.to - sentence.offset <= index && !m.namesNoOne)?.id;
}

/** What a reading says about who was harmed, before the sentence around it is asked. */
export interface PartyEvidence {
  /** Actor id named as the harmed («من قوات النظام»), or civilians via «منهم». */
  party: string | null;
  noun: VictimNoun | null;
}

/** The party harmed: named, implied by the victims' noun, the sentence's side, or the claim before. */
export function resolveParty(sentence: Sentence, reading: PartyEvidence, triggerIndex: number, previousParty: string | null): string {
  if (reading.party) return reading.party;
  if (reading.noun?.party === "civilians") return "civilians";
  if (reading.noun?.party === "context") {
    // «قتل مدني وجرح اثنان آخران»: with no side named, fighters or «others» are the claim before's
    return nearestSide(sentence, triggerIndex) ?? previousParty ?? "unknown";
  }
  if (reading.noun === null && previousParty !== null) return previousParty;
  if (mentionsCivilians(sentence)) return "civilians";
  return "unknown";
}

/** The actor the sentence speaks of before the trigger, preferring one that is not acting. */
export function nearestSide(sentence: Sentence, index: number): string | undefined {
  const before = sentence.actors.filter((m) => m.to - sentence.offset <= index && !m.namesNoOne);
  const notAgent = [...before].reverse().find((m) => roleOf(sentence, m) !== "agent");
  return (notAgent ?? before[before.length - 1])?.id;
}

/** Whether the sentence speaks of civilians anywhere: then people it does not place are theirs. */
export function mentionsCivilians(sentence: Sentence): boolean {
  sentence.civilians ??= sentence.tokens.some((_, k) => personAt(sentence, k)?.value.party === "civilians");
  return sentence.civilians;
}
