import type { CasualtyLexicon } from "../../knowledge/casualty-lexicon.ts";
import type { CasualtyClaim, Outcome } from "../../types.ts";
import type { ActorFindings } from "../actors.ts";
import type { Layout } from "../layout.ts";
import type { Document, Line } from "../segment.ts";
import { combinedTollAt } from "./combined.ts";
import { coordinatedGroups, groupReading } from "./groups.ts";
import { inName } from "./names.ts";
import { isNegated, isNoNewHarm } from "./negation.ts";
import { resolveParty } from "./parties.ts";
import { perpetratorOf, type AgentEvidence, type AttackMemory } from "./perpetrators.ts";
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
  const memory: AttackMemory = { previous: null };
  for (let lineIndex = 0; lineIndex < lines.length; lineIndex++) {
    const line = lines[lineIndex]!;
    let first = 0;
    for (const span of line.sentences) {
      const sentence = sentenceOf(lexicon, document, line, span, first, actors);
      first = sentence.offset + sentence.tokens.length;
      const found = new SentenceClaims(sentence, { lines, nextLine: lineIndex + 1, earlier: claims, memory }).read();
      claims.push(...found);
      // only the sentence just before tells who an attack named again was by
      memory.previous = sentence.actors.length > 0 ? { sentence, parties: new Set(found.map((claim) => claim.party)) } : null;
    }
  }
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

/** The claims of one sentence, read word by word. */
class SentenceClaims {
  readonly #sentence: Sentence;
  readonly #context: Context;
  readonly #claims: CasualtyClaim[] = [];
  /** Tokens a claim has read. */
  readonly #used = new Set<number>();
  /** The last claim's reading and party. */
  #previous: { reading: Reading; party: string } | undefined;
  /** Where the last claim's words end. */
  #lastEnd = -1;

  constructor(sentence: Sentence, context: Context) {
    this.#sentence = sentence;
    this.#context = context;
  }

  read(): CasualtyClaim[] {
    const sentence = this.#sentence;
    const { lexicon, tokens } = sentence;
    // most sentences state no harm: nothing more to read in them
    const first = firstWordOfHarm(sentence);
    if (first < 0) return this.#claims;
    const toll = tollClaim(sentence, this.#used, this.#context.memory);
    if (toll) this.#claims.push(toll);
    for (let i = first; i < tokens.length; i++) {
      if (this.#used.has(i)) continue;
      const match = lexicon.triggers.matchAt(tokens, i);
      if (!match) continue;
      if (inName(sentence, i, match.value) || isNegated(sentence, i) || isNoNewHarm(sentence, i, match.value)) {
        // the people it speaks of are no one else's claim: «الذكرى السنوية لمقتل 40 مدنياً في المجزرة»
        const spoken = read(sentence, match.value, match.from, match.to, this.#used);
        for (let k = spoken?.from ?? i; k < (spoken?.to ?? match.to); k++) this.#used.add(k);
        i = Math.max(i, (spoken?.to ?? match.to) - 1);
        continue;
      }
      const evidenceFloor = this.#claims.length > 0 ? this.#lastEnd : -1;
      const combined = combinedTollAt(sentence, i, this.#used);
      if (combined) {
        this.#add("killed-or-injured", i, combined, evidenceFloor);
        this.#lastEnd = combined.to;
        i = Math.max(i, combined.to - 1);
        continue;
      }
      const shared = sharedWithPrevious(sentence, match.value, match.from, match.to, this.#previous?.reading, this.#lastEnd);
      // «القتلى والجرحى في صفوف قوات المعارضة»: the side named after both nouns is the first one's too
      const before = this.#claims.at(-1);
      if (shared?.party && before?.party === "unknown" && this.#previous?.reading.party === null) before.party = shared.party;
      const reading = shared ?? read(sentence, match.value, match.from, match.to, this.#used);
      if (!reading) {
        // «وأفاد مراسلنا أن القتلى هم "…" و"…"»: names for a claim made before
        if (match.value.role === "victims") nameEarlierVictims([...this.#context.earlier, ...this.#claims], match.value.outcome, namedVictims(sentence, match.to, this.#context.lines, this.#context.nextLine));
        continue;
      }
      // «أصيب 3 أطفال بمرض الحصبة»: illness, not a harm of the conflict
      if (lexicon.notViolence.matchAt(tokens, reading.to)) continue;
      const ownGroups = coordinatedGroups(sentence, reading);
      this.#add(match.value.outcome, i, reading, evidenceFloor);
      this.#lastEnd = reading.to;
      for (const group of ownGroups) {
        this.#add(match.value.outcome, i, groupReading(group), group.from);
        this.#lastEnd = group.to;
      }
      i = Math.max(i, this.#lastEnd - 1);
    }
    return this.#claims;
  }

  #add(outcome: Outcome, trigger: number, reading: Reading, evidenceFloor: number): void {
    const sentence = this.#sentence;
    const counted = countOf(reading, this.#claims.at(-1) ?? this.#context.earlier.at(-1));
    if (!counted) return;
    const party = resolveParty(sentence, reading, trigger, this.#previous?.party ?? null);
    const claim: CasualtyClaim = {
      party,
      outcome,
      count: counted.count,
      qualifier: counted.qualifier,
      perpetrator: perpetratorOf(sentence, party, agentEvidence(reading, trigger), this.#context.memory),
      evidence: evidenceOf(sentence, reading, evidenceFloor),
    };
    const victims = reading.names ?? namedVictims(sentence, reading.to, this.#context.lines, this.#context.nextLine);
    if (victims.length > 0) claim.victims = victims;
    this.#claims.push(claim);
    this.#previous = { reading, party };
    for (let k = reading.from; k < reading.to; k++) this.#used.add(k);
  }
}

/** Where the sentence's first word of harm stands, or -1. */
function firstWordOfHarm(sentence: Sentence): number {
  const { lexicon, tokens } = sentence;
  for (let i = 0; i < tokens.length; i++) {
    if (lexicon.triggers.mayStartAt(tokens[i]!) && lexicon.triggers.matchAt(tokens, i)) return i;
  }
  return -1;
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
