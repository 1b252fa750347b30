import { dataError, stringList } from "./data-files.ts";
import { PhraseMatcher, phraseWords } from "../text/phrase-matcher.ts";
import type { Outcome, Qualifier } from "../types.ts";

export type TriggerRole = "event" | "victims" | "one" | "two";

export interface Trigger {
  outcome: Outcome;
  role: TriggerRole;
}

export type VictimParty = "civilians" | "context" | "unknown";

export interface VictimNoun {
  party: VictimParty;
  number: "plural" | "one" | "two";
}

export interface CasualtyLexicon {
  triggers: PhraseMatcher<Trigger>;
  victims: PhraseMatcher<VictimNoun>;
  boundsBefore: PhraseMatcher<Qualifier>;
  boundsAfter: PhraseMatcher<Qualifier>;
  vagueCounts: PhraseMatcher<Qualifier>;
  notPeople: PhraseMatcher<true>;
  nameMarkers: PhraseMatcher<true>;
  timeWords: PhraseMatcher<true>;
  notViolence: PhraseMatcher<true>;
  tollVerbs: PhraseMatcher<true>;
  tollNouns: PhraseMatcher<true>;
  /** Bare folded words before an actor that make it the one acting. */
  agentCues: Set<string>;
  /** Bare folded words before an actor that make it the one acted on. */
  targetCues: Set<string>;
}

const OUTCOMES: readonly Outcome[] = ["killed", "injured", "captured", "detained", "missing"];
const ROLES: readonly TriggerRole[] = ["event", "victims", "one", "two"];
/** The casualty lexicon (`casualty-lexicon.yaml`) as matchers, from its parsed YAML; `file` names it in errors. */
export function casualtyLexiconFrom(data: unknown, file: string): CasualtyLexicon {
  const raw = (data ?? {}) as Record<string, unknown>;
  const triggers = new PhraseMatcher<Trigger>();
  const outcomes = (raw.outcomes ?? {}) as Record<string, Record<string, unknown>>;
  for (const outcome of OUTCOMES) {
    for (const role of ROLES) {
      for (const word of stringList(outcomes[outcome]?.[role], file, `outcomes.${outcome}.${role}`)) triggers.add(word, { outcome, role });
    }
  }
  const victims = new PhraseMatcher<VictimNoun>();
  if (!Array.isArray(raw.victims)) throw dataError(file, "victims", "expected a list");
  raw.victims.forEach((group: Record<string, unknown>, index) => {
    const party = group.party as VictimParty;
    if (!["civilians", "context", "unknown"].includes(party)) throw dataError(file, `victims ${index + 1}`, "party must be civilians, context or unknown");
    // plural first: a form listed both ways («مدنيين») reads as plural
    for (const number of ["plural", "two", "one"] as const) {
      for (const word of stringList(group[number], file, `victims ${index + 1}.${number}`)) victims.add(word, { party, number });
    }
  });
  const bounds = (raw.bounds ?? {}) as Record<string, { before?: unknown; after?: unknown }>;
  const boundsBefore = new PhraseMatcher<Qualifier>();
  const boundsAfter = new PhraseMatcher<Qualifier>();
  for (const [qualifier, sides] of Object.entries(bounds)) {
    for (const phrase of stringList(sides.before, file, `bounds.${qualifier}.before`)) boundsBefore.add(phrase, qualifier as Qualifier);
    for (const phrase of stringList(sides.after, file, `bounds.${qualifier}.after`)) boundsAfter.add(phrase, qualifier as Qualifier);
  }
  const vagueCounts = new PhraseMatcher<Qualifier>();
  for (const [qualifier, phrases] of Object.entries((raw.vague_counts ?? {}) as Record<string, unknown>)) {
    for (const phrase of stringList(phrases, file, `vague_counts.${qualifier}`)) vagueCounts.add(phrase, qualifier as Qualifier);
  }
  const flagMatcher = (key: string): PhraseMatcher<true> => {
    const matcher = new PhraseMatcher<true>();
    for (const phrase of stringList(raw[key], file, key)) matcher.add(phrase, true);
    return matcher;
  };
  const wordSet = (key: string): Set<string> => new Set(stringList(raw[key], file, key).flatMap(phraseWords));
  return {
    triggers,
    victims,
    boundsBefore,
    boundsAfter,
    vagueCounts,
    notPeople: flagMatcher("not_people"),
    nameMarkers: flagMatcher("name_markers"),
    timeWords: flagMatcher("time_words"),
    notViolence: flagMatcher("not_violence"),
    tollVerbs: flagMatcher("toll_verbs"),
    tollNouns: flagMatcher("toll_nouns"),
    agentCues: wordSet("agent_cues"),
    targetCues: wordSet("target_cues"),
  };
}
