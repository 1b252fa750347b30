import { hasArticle } from "../../text/normalise.ts";
import { cardinalAt } from "../../text/numbers.ts";
import type { Token } from "../../text/tokens.ts";
import type { ActorMention } from "../actors.ts";
import { clauseRange, plainBetween, type Sentence, type TokenRange } from "./sentence.ts";

/**
 * What the sentence has an actor doing: acting («طيران النظام», «بقصف لداعش»,
 * «داعش أعدم»), acted on («باستهداف …»), holding a place («مناطق سيطرة قسد»),
 * telling («أعلنت قسد …») or none of these.
 */
export type Role = "agent" | "target" | "territory" | "claimant" | "neutral";

/** How far before an actor a cue may stand: «برصاص عناصر حاجز لقوات النظام». */
const CUE_REACH = 4;
/** How far after an actor its verb may stand: «وكانت قوات التحالف قد شنت غارات». */
const VERB_REACH = 2;

export function roleOf(sentence: Sentence, mention: ActorMention): Role {
  const { lexicon } = sentence;
  const { tokens } = sentence.line;
  const has = (token: Token, cues: ReadonlySet<string>): boolean => token.keys.some((key) => cues.has(key));
  const first = tokens[mention.from];
  if (first && has(first, lexicon.agentCues) && mention.to - mention.from > 1) return "agent";
  const floor = Math.max(0, mention.from - CUE_REACH);
  let member = false;
  for (let k = mention.from - 1; k >= floor; k--) {
    const token = tokens[k]!;
    // the cue belongs to the nearer actor, or to nothing past a comma
    if (!plainBetween(sentence.document.text, token, tokens[k + 1]!) || sentence.actors.some((m) => m !== mention && k >= m.from && k < m.to)) break;
    if (has(token, lexicon.agentCues)) return "agent";
    if (has(token, lexicon.territoryCues)) return "territory";
    if (has(token, lexicon.targetCues)) return "target";
    if (has(token, lexicon.claimantCues)) return "claimant";
    // «5 عناصر من قوات النظام»: members of the side, as harmed, unless acting comes first
    if (has(token, lexicon.memberCues)) member = true;
    else if (member && cardinalAt(tokens, k)) return "target";
  }
  if (member) return "target";
  for (let k = mention.to; k < Math.min(tokens.length, mention.to + VERB_REACH); k++) {
    if (!plainBetween(sentence.document.text, tokens[k - 1]!, tokens[k]!)) break;
    if (has(tokens[k]!, lexicon.agentCues)) return "agent";
  }
  return "neutral";
}

/** What the perpetrator is read from: the claim's tokens, and the actor its own verb names as acting. */
export interface AgentEvidence extends TokenRange {
  /** The actor named as the one acting, between the verb and its count: «اعتقلت قوات النظام 15 شاباً». */
  agent?: ActorMention;
  /** Sentence token of the word of harm. */
  trigger: number;
  /** The words that name the harmed, when a group does: actors among them are the harmed's, not acting. */
  harmed?: TokenRange;
}

/** Who the sentences before held responsible for an attack this one speaks of again («وأسفر القصف عن …»). */
export interface AttackMemory {
  attacker: string | null;
}

/**
 * The actor the text holds responsible, in this order: the subject of the claim's
 * own verb; the nearest one acting in the claim's clause; the only side acting in
 * the sentence; the attacker of an attack named before («أسفر القصف»); the only
 * side the sentence names before its word of harm, neither harmed nor acted on.
 * Someone unidentified («مسلحون مجهولون») is no one: null. Two sides acting and
 * none in the clause leaves it open: a wrong perpetrator is worse than none.
 */
export function perpetratorOf(sentence: Sentence, party: string, reading: AgentEvidence, memory: AttackMemory): string | null {
  const named = (mention: ActorMention | undefined): string | null | undefined => (mention ? (mention.namesNoOne ? null : mention.id) : undefined);
  if (reading.agent && reading.agent.id !== party) return named(reading.agent)!;
  // actors named among the harmed describe them: «150 عنصراً من قوات النظام والميليشيات الموالية لها قتلوا»
  const { harmed } = reading;
  const describesHarmed = (m: ActorMention): boolean => harmed !== undefined && m.from - sentence.offset >= harmed.from && m.to - sentence.offset <= harmed.to;
  const others = sentence.actors.filter((m) => m.id !== party && !describesHarmed(m));
  const roles = new Map(others.map((m) => [m, roleOf(sentence, m)] as const));
  const agents = others.filter((m) => roles.get(m) === "agent");
  const clause = clauseRange(sentence, reading, -1);
  const inClause = agents.filter((m) => {
    const token = sentence.line.tokens[m.from]!;
    return token.start >= clause.start && token.end <= clause.end;
  });
  const at = reading.from + sentence.offset;
  const distance = (m: ActorMention): number => (m.from < at ? at - m.to : (m.from - at) * 2);
  if (inClause.length > 0) return named([...inClause].sort((a, b) => distance(a) - distance(b))[0])!;
  const sides = new Set(agents.map((m) => (m.namesNoOne ? null : m.id)));
  if (sides.size === 1) return [...sides][0]!;
  if (sides.size > 1) return null;
  if (memory.attacker !== null && memory.attacker !== party && speaksOfAttack(sentence, clause)) return memory.attacker;
  // «سيطر التنظيم على المدينة، وأعدم عشرات الأشخاص», «أعلن مجلس منبج العسكري أسر أربعة»
  const trigger = reading.trigger + sentence.offset;
  const subjects = others.filter((m) => {
    const role = roles.get(m);
    return m.to <= trigger && (role === "neutral" || (role === "claimant" && m.to === trigger));
  });
  const subjectSides = new Set(subjects.map((m) => (m.namesNoOne ? null : m.id)));
  return subjectSides.size === 1 ? [...subjectSides][0]! : null;
}

/** Whether the clause names an attack without saying whose: «أسفر القصف عن مقتل …». */
function speaksOfAttack(sentence: Sentence, clause: { start: number; end: number }): boolean {
  const { lexicon, tokens } = sentence;
  // «القصف», not «قصف»: the article makes it the attack named before
  return tokens.some((token, k) => token.start >= clause.start && token.end <= clause.end && hasArticle(token.folded) && lexicon.attackAnaphora.matchAt(tokens, k) !== undefined);
}

/** The side a sentence has acting, when it has only one: what a later «القصف» refers back to. */
export function attackerOf(sentence: Sentence, parties: ReadonlySet<string>): string | null | undefined {
  const agents = new Set(sentence.actors.filter((m) => !m.namesNoOne && !parties.has(m.id) && roleOf(sentence, m) === "agent").map((m) => m.id));
  if (agents.size === 0) return undefined;
  return agents.size === 1 ? [...agents][0]! : null;
}
