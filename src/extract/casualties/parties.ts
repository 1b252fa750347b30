import type { VictimNoun } from "../../knowledge/casualty-lexicon.ts";
import type { ActorMention } from "../actors.ts";
import { roleOf } from "./perpetrators.ts";
import { mentionAt, type Sentence } from "./sentence.ts";

// «بينهم» opens a breakdown («6 أشخاص بينهم امرأتان»), not a reference back
const ANTECEDENT = new Set(["منهم", "منهن"]);
const PARTY_LINKS = new Set(["من", "في", "صفوف"]);

/** «من قوات النظام», «في صفوف قوات المعارضة», «لقوات النظام», «منهم». */
export function partyPhrase(sentence: Sentence, index: number): { party: string; to: number } | undefined {
  const { tokens } = sentence;
  const token = tokens[index];
  if (!token) return undefined;
  if (ANTECEDENT.has(token.folded)) {
    const antecedent = antecedentBefore(sentence, index);
    return antecedent ? { party: antecedent, to: index + 1 } : undefined;
  }
  let k = index;
  if (token.folded === "في" && tokens[k + 1]?.keys.includes("صفوف")) k += 2;
  else if (token.keys.some((key) => PARTY_LINKS.has(key))) k += 1;
  // «من عناصر قوات النظام»
  const noun = sentence.lexicon.victims.matchAt(tokens, k);
  if (noun && noun.value.party === "context" && k > index) k = noun.to;
  // «لقوات النظام»: with no separate link word the preposition is glued to the actor's name
  const mention = mentionAt(sentence, k);
  return mention ? { party: mention.id, to: mention.to - sentence.offset } : undefined;
}

/** Who «منهم» points back to: the last group of people named before it, else the last actor. */
function antecedentBefore(sentence: Sentence, index: number): string | undefined {
  const { lexicon } = sentence;
  for (let k = index - 1; k >= 0; k--) {
    if (lexicon.victims.matchAt(sentence.tokens, k)?.value.party === "civilians") return "civilians";
  }
  return [...sentence.actors].reverse().find((m) => m.to - sentence.offset <= index)?.id;
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
  const before = sentence.actors.filter((m) => m.to - sentence.offset <= index);
  const notAgent = [...before].reverse().find((m: ActorMention) => roleOf(sentence, m) !== "agent");
  return (notAgent ?? before[before.length - 1])?.id;
}

function mentionsCivilians(sentence: Sentence): boolean {
  const { lexicon } = sentence;
  return sentence.tokens.some((_, k) => lexicon.victims.matchAt(sentence.tokens, k)?.value.party === "civilians");
}
