import { hasArticle } from "../../text/normalise.ts";
import { cardinalAt } from "../../text/numbers.ts";
import type { Token } from "../../text/tokens.ts";
import type { ActorMention } from "../actors.ts";
import { clauseRange, plainBetween, type Role, type Sentence, type TokenRange } from "./sentence.ts";


/** How far before an actor a cue may stand: «برصاص عناصر حاجز لقوات النظام». */
const CUE_REACH = 4;
/** How far after an actor its verb may stand: «وكانت قوات التحالف قد شنت غارات». */
const VERB_REACH = 2;

export function roleOf(sentence: Sentence, mention: ActorMention): Role {
  let role = sentence.roles.get(mention);
  if (role === undefined) {
    role = findRole(sentence, mention);
    sentence.roles.set(mention, role);
  }
  return role;
}

function hasCue(token: Token, cues: ReadonlySet<string>): boolean {
  for (const key of token.keys) if (cues.has(key)) return true;
  return false;
}

function findRole(sentence: Sentence, mention: ActorMention): Role {
  const { lexicon } = sentence;
  const { tokens } = sentence.line;
  const first = tokens[mention.from];
  if (first && hasCue(first, lexicon.agentCues) && mention.to - mention.from > 1) return "agent";
  const floor = Math.max(0, mention.from - CUE_REACH);
  let member = false;
  for (let k = mention.from - 1; k >= floor; k--) {
    const token = tokens[k]!;
    // the cue belongs to the nearer actor, or to nothing past a comma
    if (!plainBetween(sentence.document.text, token, tokens[k + 1]!) || sentence.actors.some((m) => m !== mention && k >= m.from && k < m.to)) break;
    if (hasCue(token, lexicon.agentCues)) return "agent";
    if (hasCue(token, lexicon.territoryCues)) return "territory";
    if (hasCue(token, lexicon.targetCues)) return "target";
    // «وذكر التقرير أن قوات النظام قتلت 27 مدنياً»: told of, but acting by its own verb
    if (hasCue(token, lexicon.claimantCues)) return verbAfter(sentence, mention) ? "agent" : "claimant";
    // «5 عناصر من قوات النظام»: members of the side, as harmed, unless acting comes first
    if (hasCue(token, lexicon.memberCues)) member = true;
    else if (member && cardinalAt(tokens, k)) return "target";
  }
  if (member) return "target";
  return verbAfter(sentence, mention) ? "agent" : "neutral";
}

/** Whether a verb of acting follows the actor: «داعش أعدم», «وكانت قوات التحالف قد شنت». */
function verbAfter(sentence: Sentence, mention: ActorMention): boolean {
  const { tokens } = sentence.line;
  for (let k = mention.to; k < Math.min(tokens.length, mention.to + VERB_REACH); k++) {
    if (!plainBetween(sentence.document.text, tokens[k - 1]!, tokens[k]!)) return false;
    if (hasCue(tokens[k]!, sentence.lexicon.agentCues)) return true;
  }
  return false;
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

/** The sentence before, which tells who an attack this one speaks of again was by («وأسفر القصف عن …»). */
export interface AttackMemory {
  previous: { sentence: Sentence; parties: ReadonlySet<string> } | null;
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
  if (reading.agent && reading.agent.id !== party) return idOf(reading.agent);
  // actors named among the harmed describe them: «150 عنصراً من قوات النظام والميليشيات الموالية لها قتلوا»
  const others = sentence.actors.filter((m) => m.id !== party && !within(sentence, m, reading.harmed));
  // no side named but the harmed, and no sentence before to refer to: no one
  if (others.length === 0 && !memory.previous) return null;
  const roles = new Map(others.map((m) => [m, roleOf(sentence, m)] as const));
  const agents = others.filter((m) => roles.get(m) === "agent");
  const clause = clauseRange(sentence, reading, -1);
  const inClause = agents.filter((m) => {
    const token = sentence.line.tokens[m.from]!;
    return token.start >= clause.start && token.end <= clause.end;
  });
  const at = reading.from + sentence.offset;
  // the nearest, and one before the claim nearer than one after it
  const nearest = [...inClause].sort((a, b) => distanceFrom(at, a) - distanceFrom(at, b))[0];
  if (nearest) return idOf(nearest);
  const acting = new Set(agents.map(idOf));
  if (acting.size > 0) return acting.size === 1 ? [...acting][0]! : null;
  if (memory.previous && speaksOfAttack(sentence, clause)) {
    const attacker = attackerOf(memory.previous.sentence, memory.previous.parties);
    if (attacker !== null && attacker !== party) return attacker;
  }
  // «سيطر التنظيم على المدينة، وأعدم عشرات الأشخاص», «أعلن مجلس منبج العسكري أسر أربعة»;
  // not when the sentence names another side too («… بلغم من مخلفات داعش»)
  const trigger = reading.trigger + sentence.offset;
  const subjects = others.filter((m) => {
    const role = roles.get(m);
    return m.to <= trigger && (role === "neutral" || (role === "claimant" && m.to === trigger));
  });
  const sides = new Set(others.map((m) => m.id));
  return subjects.length > 0 && sides.size === 1 ? idOf(subjects[0]!) : null;
}

function within(sentence: Sentence, mention: ActorMention, range: TokenRange | undefined): boolean {
  return range !== undefined && mention.from - sentence.offset >= range.from && mention.to - sentence.offset <= range.to;
}

function distanceFrom(at: number, mention: ActorMention): number {
  return mention.from < at ? at - mention.to : (mention.from - at) * 2;
}

/** An actor's id as a perpetrator: someone unidentified is no one. */
function idOf(mention: ActorMention): string | null {
  return mention.namesNoOne ? null : mention.id;
}

/** Whether the clause names an attack without saying whose: «أسفر القصف عن مقتل …». */
function speaksOfAttack(sentence: Sentence, clause: { start: number; end: number }): boolean {
  const { lexicon, tokens } = sentence;
  // «القصف», not «قصف»: the article makes it the attack named before
  return tokens.some((token, k) => token.start >= clause.start && token.end <= clause.end && hasArticle(token.folded) && lexicon.attackAnaphora.matchAt(tokens, k) !== undefined);
}

/** The side a sentence has acting, when it has only one: what «القصف» in the next one refers back to. */
function attackerOf(sentence: Sentence, parties: ReadonlySet<string>): string | null {
  const agents = new Set(sentence.actors.filter((m) => !m.namesNoOne && !parties.has(m.id) && roleOf(sentence, m) === "agent").map((m) => m.id));
  return agents.size === 1 ? [...agents][0]! : null;
}
