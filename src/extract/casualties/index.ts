import type { CasualtyLexicon } from "../../knowledge/casualty-lexicon.ts";
import type { CasualtyClaim, Outcome } from "../../types.ts";
import type { ActorFindings } from "../actors.ts";
import type { Layout } from "../layout.ts";
import type { Document, Line } from "../segment.ts";
import { combinedTollAt } from "./combined.ts";
import { groupReading, joinGroups, separateGroups } from "./groups.ts";
import { namedHarmWords } from "./names.ts";
import { negatedHarm } from "./negation.ts";
import { resolveParty } from "./parties.ts";
import { attackerOf, perpetratorOf, type AgentEvidence, type AttackMemory } from "./perpetrators.ts";
import { read, sharedWithPrevious, type Reading } from "./readings.ts";
import { evidenceOf, sentenceOf, type Sentence } from "./sentence.ts";
import { tollClaim } from "./tolls.ts";
import { nameEarlierVictims, namedVictims } from "./victims.ts";

/**
 * One claim per statement of harm: the outcome, how many and how bounded, who
 * was harmed and, where the text says, by whom. A number that does not count
 * people («28 غارة», «الـ 24 ساعة») never becomes a claim; nor does a negated
 * harm («دون وقوع إصابات») or a word of harm in a name («لواء شهداء الإسلام»).
 */
export function extractCasualties(document: Document, layout: Layout, actors: ActorFindings, lexicon: CasualtyLexicon): CasualtyClaim[] {
  const claims: CasualtyClaim[] = [];
  const lines = layout.body;
  const memory: AttackMemory = { attacker: null };
  lines.forEach((line, lineIndex) => {
    let first = 0;
    for (const span of line.sentences) {
      const sentence = sentenceOf(lexicon, document, line, span, first, actors);
      first = sentence.offset + sentence.tokens.length;
      const found = claimsInSentence(sentence, { lines, nextLine: lineIndex + 1, earlier: claims, memory });
      claims.push(...found);
      const attacker = attackerOf(sentence, new Set(found.map((claim) => claim.party)));
      if (attacker !== undefined) memory.attacker = attacker;
    }
  });
  return claims;
}

/** What a sentence's claims may draw on beyond the sentence. */
interface Context {
  lines: readonly Line[];
  nextLine: number;
  /** The claims of the sentences before. */
  earlier: readonly CasualtyClaim[];
  memory: AttackMemory;
}

function claimsInSentence(sentence: Sentence, context: Context): CasualtyClaim[] {
  const { lexicon, tokens } = sentence;
  const claims: CasualtyClaim[] = [];
  const used = new Set<number>();
  const noHarm = new Set([...namedHarmWords(sentence), ...negatedHarm(sentence)]);
  const toll = tollClaim(sentence, used, context.memory);
  if (toll) claims.push(toll);
  let previous: { reading: Reading; party: string } | undefined;
  let lastEnd = -1;
  const claimBefore = (): CasualtyClaim | undefined => claims.at(-1) ?? context.earlier.at(-1);
  const add = (outcome: Outcome, trigger: number, reading: Reading, evidenceFloor: number): CasualtyClaim | undefined => {
    const counted = countOf(reading, claimBefore());
    if (!counted) return undefined;
    const party = resolveParty(sentence, reading, trigger, previous?.party ?? null);
    const claim: CasualtyClaim = {
      party,
      outcome,
      count: counted.count,
      qualifier: counted.qualifier,
      perpetrator: perpetratorOf(sentence, party, agentEvidence(reading, trigger), context.memory),
      evidence: evidenceOf(sentence, reading, evidenceFloor),
    };
    const victims = reading.names ?? namedVictims(sentence, reading.to, context.lines, context.nextLine);
    if (victims.length > 0) claim.victims = victims;
    claims.push(claim);
    previous = { reading, party };
    for (let k = reading.from; k < reading.to; k++) used.add(k);
    return claim;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (used.has(i)) continue;
    const match = lexicon.triggers.matchAt(tokens, i);
    if (!match) continue;
    if (noHarm.has(i)) {
      i = match.to - 1;
      continue;
    }
    const evidenceFloor = claims.length > 0 ? lastEnd : -1;
    const combined = combinedTollAt(sentence, i, used);
    if (combined) {
      add("killed-or-injured", i, combined, evidenceFloor);
      lastEnd = combined.to;
      i = Math.max(i, combined.to - 1);
      continue;
    }
    const shared = sharedWithPrevious(sentence, match.value, match.from, match.to, previous?.reading, lastEnd);
    // «القتلى والجرحى في صفوف قوات المعارضة»: the side named after both nouns is the first one's too
    const first = claims.at(-1);
    if (shared?.party && first?.party === "unknown" && previous?.reading.party === null) first.party = shared.party;
    const reading = shared ?? read(sentence, match.value, match.from, match.to, used);
    if (!reading) {
      // «وأفاد مراسلنا أن القتلى هم "…" و"…"»: names for a claim made before
      if (match.value.role === "victims") nameEarlierVictims([...context.earlier, ...claims], match.value.outcome, namedVictims(sentence, match.to, context.lines, context.nextLine));
      continue;
    }
    // «أصيب 3 أطفال بمرض الحصبة»: illness, not a harm of the conflict
    if (lexicon.notViolence.matchAt(tokens, reading.to)) continue;
    joinGroups(sentence, reading);
    add(match.value.outcome, i, reading, evidenceFloor);
    lastEnd = reading.to;
    for (const group of separateGroups(sentence, reading)) {
      add(match.value.outcome, i, groupReading(group), group.from);
      lastEnd = group.to;
    }
    i = Math.max(i, lastEnd - 1);
  }
  return claims;
}

/** What the perpetrator is read from: the claim's words, its verb's subject, the words naming the harmed. */
function agentEvidence(reading: Reading, trigger: number): AgentEvidence {
  const evidence: AgentEvidence = { from: reading.from, to: reading.to, trigger };
  if (reading.agent) evidence.agent = reading.agent;
  // a group before its verb: the words up to the verb are the group's («… والميليشيات الموالية لها قتلوا»)
  if (reading.group) evidence.harmed = { from: reading.group.from, to: reading.group.to <= trigger ? trigger : reading.group.to };
  return evidence;
}

/** The count and bound a claim states: its own, or «العدد ذاته» the claim before's. */
function countOf(reading: Reading, before: CasualtyClaim | undefined): Pick<CasualtyClaim, "count" | "qualifier"> | undefined {
  if (!reading.sameAsBefore) return { count: reading.count, qualifier: reading.qualifier };
  return before ? { count: before.count, qualifier: before.qualifier } : undefined;
}

