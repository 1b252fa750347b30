import type { ActorMention } from "../actors.ts";
import { clauseRange, type Sentence, type TokenRange } from "./sentence.ts";

/** Whether the sentence has the actor acting («طيران النظام», «بقصف لداعش») or acted on («باستهداف …»). */
export function roleOf(sentence: Sentence, mention: ActorMention): "agent" | "target" | "neutral" {
  const { lexicon } = sentence;
  const words = mention.text.split(/\s+/);
  const first = sentence.line.tokens[mention.from];
  if (first && first.keys.some((key) => lexicon.agentCues.has(key)) && words.length > 1) return "agent";
  for (let k = mention.from - 1; k >= Math.max(0, mention.from - 2); k--) {
    const token = sentence.line.tokens[k];
    if (!token) break;
    if (token.keys.some((key) => lexicon.agentCues.has(key))) return "agent";
    if (token.keys.some((key) => lexicon.targetCues.has(key))) return "target";
  }
  // the subject before its verb: «وكانت قوات التحالف قد شنت غارات»
  for (let k = mention.to; k < Math.min(sentence.line.tokens.length, mention.to + 2); k++) {
    if (sentence.line.tokens[k]!.keys.some((key) => lexicon.agentCues.has(key))) return "agent";
  }
  return "neutral";
}

/** What the perpetrator is read from: the claim's tokens, and the actor its own verb names as acting. */
export interface AgentEvidence extends TokenRange {
  /** Actor id named as the one acting, between the verb and its count: «اعتقلت قوات النظام 15 شاباً». */
  agent?: string | null;
}

/**
 * The actor the text holds responsible: one acting in the claim's own clause,
 * else the only side acting in the sentence. Two sides acting and none in the
 * clause leaves it open: a wrong perpetrator is worse than none.
 */
export function perpetratorOf(sentence: Sentence, party: string, reading: AgentEvidence): string | null {
  if (reading.agent === null) return null;
  if (reading.agent && reading.agent !== party) return reading.agent;
  const agents = sentence.actors.filter((m) => m.id !== party && roleOf(sentence, m) === "agent");
  const clause = clauseRange(sentence, reading, -1);
  const inClause = agents.filter((m) => {
    const token = sentence.line.tokens[m.from]!;
    return token.start >= clause.start && token.end <= clause.end;
  });
  const at = reading.from + sentence.offset;
  const distance = (m: ActorMention): number => (m.from < at ? at - m.to : (m.from - at) * 2);
  // someone unidentified («مسلحون مجهولون») is no one
  const named = (m: ActorMention): string | null => (m.namesNoOne ? null : m.id);
  if (inClause.length > 0) return named([...inClause].sort((a, b) => distance(a) - distance(b))[0]!);
  const sides = new Set(agents.map(named));
  return sides.size === 1 ? [...sides][0]! : null;
}
