import type { CasualtyLexicon } from "../../knowledge/casualty-lexicon.ts";
import type { CasualtyClaim } from "../../types.ts";
import type { ActorFindings } from "../actors.ts";
import type { Layout } from "../layout.ts";
import type { Document, Line } from "../segment.ts";
import { resolveParty } from "./parties.ts";
import { perpetratorOf } from "./perpetrators.ts";
import { coordinated, read } from "./readings.ts";
import { evidenceOf, sentenceOf, type Sentence } from "./sentence.ts";
import { tollClaim } from "./tolls.ts";
import { nameEarlierVictims, namedVictims } from "./victims.ts";

/**
 * One claim per statement of harm: the outcome, how many and how bounded, who
 * was harmed and, where the sentence says, by whom. A number that does not
 * count people («28 غارة», «الـ 24 ساعة») never becomes a claim.
 */
export function extractCasualties(document: Document, layout: Layout, actors: ActorFindings, lexicon: CasualtyLexicon): CasualtyClaim[] {
  const claims: CasualtyClaim[] = [];
  const lines = layout.body;
  lines.forEach((line, lineIndex) => {
    let first = 0;
    for (const span of line.sentences) {
      const sentence = sentenceOf(lexicon, document, line, span, first, actors);
      first = sentence.offset + sentence.tokens.length;
      claims.push(...claimsInSentence(sentence, lines, lineIndex + 1, claims));
    }
  });
  return claims;
}

function claimsInSentence(sentence: Sentence, lines: readonly Line[], nextLine: number, earlier: readonly CasualtyClaim[]): CasualtyClaim[] {
  const { lexicon } = sentence;
  const { tokens } = sentence;
  const claims: CasualtyClaim[] = [];
  const used = new Set<number>();
  const toll = tollClaim(sentence, used);
  if (toll) claims.push(toll);
  let previousParty: string | null = null;
  let lastEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (used.has(i)) continue;
    const trigger = lexicon.triggers.matchAt(tokens, i);
    if (!trigger) continue;
    const reading = coordinated(sentence, trigger.value, trigger.from, trigger.to, claims.at(-1), lastEnd) ?? read(sentence, trigger.value, trigger.from, trigger.to, used);
    if (!reading) {
      // «وأفاد مراسلنا أن القتلى هم "…" و"…"»: names for a claim made before
      if (trigger.value.role === "victims") nameEarlierVictims([...earlier, ...claims], trigger.value.outcome, namedVictims(sentence, trigger.to, lines, nextLine));
      continue;
    }
    // «أصيب 3 أطفال بمرض الحصبة»: illness, not a harm of the conflict
    if (lexicon.notViolence.matchAt(tokens, reading.to)) continue;
    const previousEnd = lastEnd;
    lastEnd = reading.to;
    for (let k = reading.from; k < reading.to; k++) used.add(k);
    const party = resolveParty(sentence, reading, trigger.from, previousParty);
    previousParty = party;
    const claim: CasualtyClaim = {
      party,
      outcome: trigger.value.outcome,
      count: reading.count,
      qualifier: reading.qualifier,
      perpetrator: perpetratorOf(sentence, party, reading),
      evidence: evidenceOf(sentence, reading, claims.length > 0 ? previousEnd : -1),
    };
    const victims = namedVictims(sentence, reading.to, lines, nextLine);
    if (victims.length > 0) claim.victims = victims;
    claims.push(claim);
    i = Math.max(i, reading.to - 1);
  }
  return claims;
}
