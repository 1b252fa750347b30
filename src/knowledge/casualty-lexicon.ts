import { dataError, stringList } from "./data-files.ts";
import { fold } from "../text/normalise.ts";
import { PhraseMatcher, phraseWords } from "../text/phrase-matcher.ts";
import type { Outcome, Qualifier } from "../types.ts";

/**
 * How a word of harm finds its people: `event` after it (or before a verb), `victims`
 * as a plural noun, `one`/`two` as its own count, `referring` before it only (a verb
 * that carries them as a pronoun: «اختطفتهم»).
 */
export type TriggerRole = "event" | "victims" | "one" | "two" | "referring";

/** The outcomes a word of harm states; `killed-or-injured` is never one word's, it is read from two. */
export type WordOutcome = Exclude<Outcome, "killed-or-injured">;

export interface Trigger {
  outcome: WordOutcome;
  role: TriggerRole;
}

/** Whether a word of harm is a noun for the harmed themselves («قتلى», «قتيل», «قتيلين»), not a verb or an event. */
export function namesTheHarmed(trigger: Trigger): boolean {
  return trigger.role === "victims" || trigger.role === "one" || trigger.role === "two";
}

export type VictimParty = "civilians" | "context" | "unknown";

export interface VictimNoun {
  party: VictimParty;
  number: "plural" | "one" | "two";
  /** A group without a size («عائلة»): a number after it is not its count. */
  collective?: true;
}

/** When a harm word is negated: «دون وقوع إصابات», «لم تسفر عن ضحايا». */
export interface NegationCues {
  cues: PhraseMatcher<true>;
  /** Words that begin like a negation and are not one: «لا يزال». */
  notCues: PhraseMatcher<true>;
  /** Words that end a negation's reach: «إلا», «بعد». */
  breaks: PhraseMatcher<true>;
  /** How many words may stand between the cue and the harm word. */
  window: number;
}

export interface CasualtyLexicon {
  triggers: PhraseMatcher<Trigger>;
  victims: PhraseMatcher<VictimNoun>;
  boundsBefore: PhraseMatcher<Qualifier>;
  boundsAfter: PhraseMatcher<Qualifier>;
  vagueCounts: PhraseMatcher<Qualifier>;
  /** «العدد ذاته»: the count of the claim before. */
  sameCount: PhraseMatcher<true>;
  /** «مجزرة بحق معتقلين». */
  victimLinks: PhraseMatcher<true>;
  /** Clitics written apart before a count: «الـ 24». */
  detachedClitics: Set<string>;
  /** The article written apart: «الـ 24», «الـ مدنيين». */
  detachedArticle: string;
  /** Conjunctions that join groups and words of harm, alone or on the next word: «و», «وامرأة». */
  conjunctions: Set<string>;
  /** The partitive between a count and its people: «العديد من القتلى». */
  partitives: Set<string>;
  /** The words a group of people may open with, but for numbers: «ما لا يقل», «عشرات», «مدنياً», «بحق», «الـ». */
  groupStarts: Set<string>;
  /** «من قوات النظام», «في صفوف قسد». */
  partyLinks: PhraseMatcher<true>;
  /** «منهم»: the group named before. */
  antecedents: PhraseMatcher<true>;
  /** «في», «بمدينة»: a phrase of place between two groups that share a verb. */
  groupSeparators: PhraseMatcher<true>;
  /** «20 شخصاً بين قتيل وجريح». */
  combinedLinks: PhraseMatcher<true>;
  /** «بينهم», «منهم»: a breakdown of the count before. */
  breakdownMarkers: PhraseMatcher<true>;
  notPeople: PhraseMatcher<true>;
  /** «عددها»: the number that follows counts a thing named earlier. */
  countedThing: PhraseMatcher<true>;
  nameMarkers: PhraseMatcher<true>;
  timeWords: PhraseMatcher<true>;
  notViolence: PhraseMatcher<true>;
  tollVerbs: PhraseMatcher<true>;
  tollNouns: PhraseMatcher<true>;
  negation: NegationCues;
  /** «أفرجت عن 20 معتقلاً»: people held, let go. */
  releases: PhraseMatcher<true>;
  /** «في ذكرى مقتل …»: a harm remembered, not a new one. */
  remembered: PhraseMatcher<true>;
  /** Words that open a name («لواء», «حملة»): harm words in the name are no harm. */
  nameHeads: PhraseMatcher<true>;
  /** Words a name without quotes may have between its head and a harm word. */
  nameWords: number;
  /** «لوجود جرحى»: people already counted, spoken of again. */
  mentionCues: PhraseMatcher<true>;
  /** Words that may stand between a group and the verb after it. */
  verbAfterWords: number;
  /** Verbs that agree with people named before them (plural, dual, with a pronoun): only these reach far back. */
  agreeingVerbs: PhraseMatcher<true>;
  /** Bare folded words before (or verbs after) an actor that make it the one acting; with object pronouns. */
  agentCues: Set<string>;
  /** Bare folded words before an actor that make it the one acted on. */
  targetCues: Set<string>;
  /** Bare folded words before an actor that make it the harmed side's members, unless acting comes first. */
  memberCues: Set<string>;
  /** Bare folded words before an actor that make it the holder of a place. */
  territoryCues: Set<string>;
  /** Bare folded words before an actor that make it the one telling. */
  claimantCues: Set<string>;
  /** «القصف», «الغارة»: an attack named before, spoken of again. */
  attackAnaphora: PhraseMatcher<true>;
}

/** The outcomes words state one by one; `killed-or-injured` is read from two of them together. */
export const WORD_OUTCOMES: readonly WordOutcome[] = ["killed", "injured", "captured", "detained", "missing"];
const ROLES: readonly TriggerRole[] = ["event", "victims", "one", "two", "referring"];
const VICTIM_PARTIES: readonly VictimParty[] = ["civilians", "context", "unknown"];

/** The casualty lexicon (`casualty-lexicon.yaml`) as matchers, from its parsed YAML; `file` names it in errors. */
export function casualtyLexiconFrom(data: unknown, file: string): CasualtyLexicon {
  const raw = (data ?? {}) as Record<string, unknown>;
  const list = (key: string): string[] => stringList(raw[key], file, key);
  const suffixes = list("possessive_suffixes");
  const triggers = new PhraseMatcher<Trigger>();
  const outcomes = (raw.outcomes ?? {}) as Record<string, Record<string, unknown>>;
  for (const outcome of WORD_OUTCOMES) {
    for (const role of ROLES) {
      for (const word of stringList(outcomes[outcome]?.[role], file, `outcomes.${outcome}.${role}`)) triggers.add(word, { outcome, role });
    }
  }
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
  const matcherOf = (phrases: readonly string[]): PhraseMatcher<true> => {
    const matcher = new PhraseMatcher<true>();
    for (const phrase of phrases) matcher.add(phrase, true);
    return matcher;
  };
  const flagMatcher = (key: string): PhraseMatcher<true> => matcherOf(list(key));
  const wordSet = (key: string, withSuffixes = false): Set<string> => {
    const words = list(key);
    const forms = withSuffixes ? words.flatMap((word) => [word, ...suffixes.map((suffix) => word + suffix)]) : words;
    return new Set(forms.flatMap(phraseWords));
  };
  const negation = (raw.negation ?? {}) as Record<string, unknown>;
  const victims = victimNouns(raw.victims, suffixes, file);
  const sameCount = flagMatcher("same_count");
  const victimLinks = flagMatcher("victim_links");
  const detachedClitics = new Set(list("detached_clitics").map((word) => phraseWords(word).join(" ")));
  const detachedArticle = word(raw.detached_article, file, "detached_article");
  const groupStarts = new Set([...victims.firstWords(), ...vagueCounts.firstWords(), ...boundsBefore.firstWords(), ...sameCount.firstWords(), ...victimLinks.firstWords(), ...detachedClitics, detachedArticle]);
  return {
    triggers,
    victims,
    boundsBefore,
    boundsAfter,
    vagueCounts,
    sameCount,
    victimLinks,
    detachedClitics,
    detachedArticle,
    groupStarts,
    conjunctions: new Set(list("conjunctions").map(fold)),
    partitives: new Set(list("partitives").map(fold)),
    partyLinks: flagMatcher("party_links"),
    antecedents: flagMatcher("antecedents"),
    groupSeparators: flagMatcher("group_separators"),
    combinedLinks: flagMatcher("combined_links"),
    breakdownMarkers: flagMatcher("breakdown_markers"),
    notPeople: flagMatcher("not_people"),
    countedThing: flagMatcher("counted_thing"),
    nameMarkers: flagMatcher("name_markers"),
    timeWords: flagMatcher("time_words"),
    notViolence: flagMatcher("not_violence"),
    tollVerbs: flagMatcher("toll_verbs"),
    tollNouns: flagMatcher("toll_nouns"),
    negation: {
      cues: matcherOf(stringList(negation.cues, file, "negation.cues")),
      notCues: matcherOf(stringList(negation.not_cues, file, "negation.not_cues")),
      breaks: matcherOf(stringList(negation.breaks, file, "negation.breaks")),
      window: count(negation.window, 5, file, "negation.window"),
    },
    releases: flagMatcher("releases"),
    remembered: flagMatcher("remembered"),
    nameHeads: flagMatcher("name_heads"),
    nameWords: count(raw.name_words, 2, file, "name_words"),
    mentionCues: flagMatcher("mention_cues"),
    verbAfterWords: count(raw.verb_after_words, 8, file, "verb_after_words"),
    agreeingVerbs: flagMatcher("agreeing_verbs"),
    agentCues: wordSet("agent_cues", true),
    targetCues: wordSet("target_cues"),
    memberCues: wordSet("member_cues"),
    territoryCues: wordSet("territory_cues"),
    claimantCues: wordSet("claimant_cues"),
    attackAnaphora: flagMatcher("attack_anaphora"),
  };
}

/** The nouns for people, with every possessed stem written with each pronoun. */
function victimNouns(raw: unknown, suffixes: readonly string[], file: string): PhraseMatcher<VictimNoun> {
  const victims = new PhraseMatcher<VictimNoun>();
  if (!Array.isArray(raw)) throw dataError(file, "victims", "expected a list");
  raw.forEach((group: Record<string, unknown>, index) => {
    const where = `victims ${index + 1}`;
    const party = group.party as VictimParty;
    if (!VICTIM_PARTIES.includes(party)) throw dataError(file, where, "party must be civilians, context or unknown");
    // plural first: a form listed both ways («مدنيين») reads as plural
    for (const number of ["plural", "two", "one"] as const) {
      for (const word of stringList(group[number], file, `${where}.${number}`)) victims.add(word, { party, number });
    }
    for (const word of stringList(group.collective, file, `${where}.collective`)) victims.add(word, { party, number: "plural", collective: true });
    const possessed = (group.possessed ?? {}) as Record<string, unknown>;
    for (const number of ["plural", "two", "one"] as const) {
      for (const stem of stringList(possessed[number], file, `${where}.possessed.${number}`)) {
        for (const suffix of suffixes) victims.add(stem + suffix, { party, number });
      }
    }
  });
  return victims;
}

function word(value: unknown, file: string, where: string): string {
  if (typeof value !== "string" || value.trim() === "") throw dataError(file, where, "expected a word");
  return fold(value.trim());
}

function count(value: unknown, fallback: number, file: string, where: string): number {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) throw dataError(file, where, "expected a whole number");
  return value;
}
