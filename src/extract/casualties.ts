import { hasArticle } from "../text/normalise.ts";
import { cardinalAt, isYear } from "../text/numbers.ts";
import type { Token } from "../text/tokens.ts";
import type { CasualtyClaim, Qualifier } from "../types.ts";
import type { ActorFindings, ActorMention } from "./actors.ts";
import type { CasualtyLexicon, Trigger, VictimNoun } from "../knowledge/casualty-lexicon.ts";
import type { Layout } from "./layout.ts";
import type { Document, Line, Span } from "./segment.ts";

/** The tokens of one sentence, with what is known around them. */
interface Sentence {
  lexicon: CasualtyLexicon;
  document: Document;
  line: Line;
  span: Span;
  tokens: readonly Token[];
  /** Index in `line.tokens` of the sentence's first token. */
  offset: number;
  actors: ActorMention[];
}

/** What the words around a trigger say: how many, bounded how, who. */
interface Reading {
  count: number | null;
  qualifier: Qualifier;
  noun: VictimNoun | null;
  /** Actor id named as the harmed («من قوات النظام»), or civilians via «منهم». */
  party: string | null;
  /** Actor id named as the one acting, between the verb and its count: «اعتقلت قوات النظام 15 شاباً». */
  agent?: string;
  /** Token range the reading covers, sentence-relative. */
  from: number;
  to: number;
}

const MAX_COUNT = 100_000;
// «بينهم» opens a breakdown («6 أشخاص بينهم امرأتان»), not a reference back
const ANTECEDENT = new Set(["منهم", "منهن"]);
const PARTY_LINKS = new Set(["من", "في", "صفوف"]);

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

/** The sentence's tokens, found from `first` on: sentences come in order, so each token is looked at once. */
function sentenceOf(lexicon: CasualtyLexicon, document: Document, line: Line, span: Span, first: number, actors: ActorFindings): Sentence {
  let offset = first;
  while (offset < line.tokens.length && line.tokens[offset]!.start < span.start) offset++;
  let end = offset;
  while (end < line.tokens.length && line.tokens[end]!.end <= span.end) end++;
  const tokens = line.tokens.slice(offset, end);
  const mentions = (actors.byLine.get(line) ?? []).filter((m) => m.from >= offset && m.to <= end);
  return { lexicon, document, line, span, tokens, offset, actors: mentions };
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

/** Reads count, bound and victims around a trigger; nothing if the words name no one harmed. */
function read(sentence: Sentence, trigger: Trigger, from: number, to: number, used: Set<number>): Reading | undefined {
  const { tokens } = sentence;
  switch (trigger.role) {
    case "one":
    case "two": {
      // «11 قتيلاً», «30 شهيداً»: a count before the singular noun is the count
      const before = quantityBefore(sentence, from, used);
      const count = before ? before.count : trigger.role === "one" ? 1 : 2;
      const after = partyPhrase(sentence, to);
      return { count, qualifier: before?.qualifier ?? "exact", noun: null, party: after?.party ?? null, from: before?.from ?? from, to: after?.to ?? to };
    }
    case "victims": {
      const before = quantityBefore(sentence, from, used);
      const after = partyPhrase(sentence, to);
      // «الجرحى» with nothing to count them speaks of the wounded in general, not of a harm
      if (!before && !after && hasArticle(tokens[from]!.folded)) return undefined;
      const start = before?.from ?? from;
      // «مكبداً قوات النظام العديد من القتلى»: the harmed stand just before the count
      const preceding = sentence.actors.find((m) => m.to - sentence.offset === start);
      return {
        count: before?.count ?? null,
        qualifier: before?.qualifier ?? "unspecified",
        noun: null,
        party: after?.party ?? preceding?.id ?? null,
        from: start,
        to: after?.to ?? to,
      };
    }
    case "event":
      return readAfter(sentence, from, to) ?? readBefore(sentence, from, to, used);
  }
}

/**
 * A running toll: «ارتفع إلى 25 عدد المدنيين الذين قتلوا», «بلغت حصيلة القتلى 30
 * قتيلاً». The count is the toll's new figure; the victims' noun gives outcome and side.
 */
function tollClaim(sentence: Sentence, used: Set<number>): CasualtyClaim | undefined {
  const { lexicon } = sentence;
  const { tokens } = sentence;
  const verb = tokens.findIndex((_, k) => lexicon.tollVerbs.matchAt(tokens, k) !== undefined);
  if (verb < 0) return undefined;
  const noun = tokens.findIndex((_, k) => k > verb - 3 && lexicon.tollNouns.matchAt(tokens, k) !== undefined);
  if (noun < 0) return undefined;
  const clause = clauseRange(sentence, { count: null, qualifier: "exact", noun: null, party: null, from: Math.min(verb, noun), to: noun + 1 }, -1);
  const inClause = (k: number): boolean => tokens[k]!.start >= clause.start && tokens[k]!.end <= clause.end;
  let outcome: CasualtyClaim["outcome"] | undefined;
  let victim: VictimNoun | undefined;
  let count: number | undefined;
  let last = noun;
  for (let k = Math.min(verb, noun); k < tokens.length && inClause(k); k++) {
    const trigger = lexicon.triggers.matchAt(tokens, k);
    if (trigger && !outcome) outcome = trigger.value.outcome;
    const person = lexicon.victims.matchAt(tokens, k);
    if (person && !victim) victim = person.value;
    // «ارتفعت حصيلة القتلى في 2017 إلى 300»: a year is not the toll
    const number = count === undefined && !isYearToken(tokens[k]!) && !lexicon.notPeople.matchAt(tokens, k + 1) ? cardinalAt(tokens, k) : undefined;
    if (number && number.value <= MAX_COUNT) count = number.value;
    if (trigger || person || number) last = k + 1;
  }
  if (count === undefined || !outcome) return undefined;
  for (let k = Math.min(verb, noun); k < last; k++) used.add(k);
  const party = victim?.party === "civilians" ? "civilians" : victim?.party === "context" ? nearestSide(sentence, noun) ?? "unknown" : "unknown";
  const reading: Reading = { count, qualifier: "exact", noun: victim ?? null, party, from: Math.min(verb, noun), to: last };
  return { party, outcome, count, qualifier: "exact", perpetrator: perpetratorOf(sentence, party, reading), evidence: evidenceOf(sentence, reading, -1) };
}

/** Gives names listed later to the last claim of that outcome that has none. */
function nameEarlierVictims(claims: readonly CasualtyClaim[], outcome: CasualtyClaim["outcome"], names: string[]): void {
  if (names.length === 0) return;
  const claim = [...claims].reverse().find((c) => c.outcome === outcome);
  if (claim && !claim.victims) claim.victims = names;
}

/** «العديد من القتلى والجرحى»: a second noun joined by «و» shares the first one's count and side. */
function coordinated(sentence: Sentence, trigger: Trigger, from: number, to: number, previous: CasualtyClaim | undefined, previousEnd: number): Reading | undefined {
  const token = sentence.tokens[from];
  if (!previous || trigger.role !== "victims" || from !== previousEnd || !token?.folded.startsWith("و")) return undefined;
  const after = partyPhrase(sentence, to);
  // «القتلى والجرحى في صفوف قوات المعارضة»: the side named after both nouns is the first one's too
  if (after && previous.party === "unknown") previous.party = after.party;
  return { count: previous.count, qualifier: previous.qualifier, noun: null, party: after?.party ?? previous.party, from, to: after?.to ?? to };
}

/** «مقتل ما لا يقل عن عشرين عنصراً من قوات النظام», «جرح أكثر من ثمانية مدنيين», «استشهاد 7 منهم». */
function readAfter(sentence: Sentence, from: number, to: number): Reading | undefined {
  const { lexicon } = sentence;
  const { tokens } = sentence;
  let k = to;
  // a verb's subject may stand before its count: «اعتقلت قوات النظام 15 شاباً»
  let subject = mentionAt(sentence, k);
  if (subject) k = afterTimeWords(sentence, subject.to - sentence.offset);
  else {
    const skipped = afterUnnamedSubject(sentence, k);
    subject = sentence.actors.find((m) => m.from - sentence.offset >= k && m.to - sentence.offset <= skipped);
    k = skipped;
  }
  // «إعدام عناصر التنظيم لـ 3 رجال»: a preposition before the count
  if (["ال", "ل", "ب"].includes(tokens[k]?.folded ?? "") && cardinalAt(tokens, k + 1)) k++;
  if (tokens[k]?.folded === "ال") k++;
  let qualifier: Qualifier | null = null;
  let count: number | null = null;
  const bound = lexicon.boundsBefore.matchAt(tokens, k);
  if (bound) {
    qualifier = bound.value;
    k = bound.to;
    if (tokens[k]?.folded === "ال") k++;
  }
  const number = cardinalAt(tokens, k);
  const vague = number ? undefined : lexicon.vagueCounts.matchAt(tokens, k);
  if (number) {
    if (number.value > MAX_COUNT || lexicon.notPeople.matchAt(tokens, number.to)) return undefined;
    count = number.value;
    qualifier ??= "exact";
    k = number.to;
  } else if (vague) {
    qualifier = vague.value;
    k = vague.to;
  }
  if ((number || vague) && tokens[k]?.folded === "من" && lexicon.victims.matchAt(tokens, k + 1)) k++;
  const noun = lexicon.victims.matchAt(tokens, k);
  if (noun) {
    k = noun.to;
    // the count may follow the noun: «مدنيين اثنين»
    const following = count === null && !vague ? cardinalAt(tokens, k) : undefined;
    if (following && following.value <= MAX_COUNT && !lexicon.notPeople.matchAt(tokens, following.to)) {
      count = following.value;
      qualifier ??= "exact";
      k = following.to;
    }
    if (count === null && !vague) {
      if (noun.value.number !== "plural") {
        count = noun.value.number === "one" ? 1 : 2;
        qualifier ??= "exact";
      }
    }
  }
  // «ما أسفر عن مقتل المدنيين»: the victims already counted, named again
  if (!number && !vague && !bound && noun?.value.number === "plural" && hasArticle(tokens[noun.from]!.folded)) return undefined;
  if (!number && !vague && !noun) {
    // «استشهاد 7 منهم» has its number; «مقتل منهم» alone names no one
    return undefined;
  }
  // an adjective after the noun: «16 شخصاً مدنياً», «طفلين شقيقين»
  const adjective = noun ? lexicon.victims.matchAt(tokens, k) : undefined;
  const civilianAdjective = adjective?.value.party === "civilians";
  if (adjective) k = adjective.to;
  const after = lexicon.boundsAfter.matchAt(tokens, k);
  if (after) {
    qualifier = after.value;
    k = after.to;
  }
  const party = partyPhrase(sentence, k);
  if (party) k = party.to;
  if (count === null && qualifier === null) qualifier = "unspecified";
  const victim: VictimNoun | null = civilianAdjective ? { party: "civilians", number: "plural" } : noun?.value ?? null;
  const reading: Reading = { count, qualifier: qualifier ?? "exact", noun: victim, party: party?.party ?? null, from, to: k };
  if (subject) reading.agent = subject.id;
  return reading;
}

const SUBJECT_WORDS = 4;
const TIME_WORDS = 8;

function isYearToken(token: Token): boolean {
  return token.folded.length === 4 && isYear(Number(token.folded));
}

/** Skips a time phrase after a verb's subject, when victims follow it: «أعدم داعش صباح الجمعة 15 آب 2014، شابين». */
function afterTimeWords(sentence: Sentence, index: number): number {
  const { lexicon } = sentence;
  const { tokens } = sentence;
  let k = index;
  let sawTimeWord = false;
  while (k < tokens.length && k - index < TIME_WORDS) {
    if (lexicon.timeWords.matchAt(tokens, k)) sawTimeWord = true;
    // a day or year inside the time phrase, never the count that opens the victims
    else if (!(sawTimeWord && /^\d{1,4}$/.test(tokens[k]!.folded) && (isYearToken(tokens[k]!) || !lexicon.victims.matchAt(tokens, k + 1)))) break;
    k++;
  }
  if (!sawTimeWord) return index;
  const victims = cardinalAt(tokens, k) !== undefined || lexicon.victims.matchAt(tokens, k) !== undefined;
  return victims ? k : index;
}

/**
 * «اختطف مسلحون مجهولون طفلاً»: skips a short subject the vocabulary does not
 * know when a count or a victim follows it straight away, without punctuation.
 */
function afterUnnamedSubject(sentence: Sentence, index: number): number {
  const { lexicon } = sentence;
  const { tokens, document } = sentence;
  const startsReading = (k: number): boolean =>
    cardinalAt(tokens, k) !== undefined ||
    lexicon.victims.matchAt(tokens, k) !== undefined ||
    lexicon.boundsBefore.matchAt(tokens, k) !== undefined ||
    lexicon.vagueCounts.matchAt(tokens, k) !== undefined ||
    tokens[k]?.folded === "ال";
  if (startsReading(index)) return index;
  for (let k = index + 1; k <= index + SUBJECT_WORDS && k < tokens.length; k++) {
    const gap = document.text.slice(tokens[k - 1]!.end, tokens[k]!.start);
    if (/[^\s"'“”«»]/u.test(gap) || lexicon.triggers.matchAt(tokens, k - 1)) return index;
    // «اعتقلت دورية تابعة لقسد 6 أشخاص»: an actor may close the subject
    const actor = mentionAt(sentence, k);
    if (actor && startsReading(actor.to - sentence.offset)) return actor.to - sentence.offset;
    if (startsReading(k)) return k;
  }
  return index;
}

/** «18 عنصراً قتلوا», «7 مدنيين استشهدوا»: count and victims before the verb. */
function readBefore(sentence: Sentence, from: number, to: number, used: Set<number>): Reading | undefined {
  const { lexicon } = sentence;
  const { tokens } = sentence;
  for (let start = from - 1; start >= Math.max(0, from - 3); start--) {
    if (used.has(start)) return undefined;
    const noun = lexicon.victims.matchAt(tokens, start);
    if (!noun || noun.to !== from) continue;
    const quantity = quantityBefore(sentence, start, used);
    if (!quantity && noun.value.number === "plural") return undefined;
    const count = quantity ? quantity.count : noun.value.number === "one" ? 1 : 2;
    return { count, qualifier: quantity?.qualifier ?? "exact", noun: noun.value, party: null, from: quantity?.from ?? start, to };
  }
  return undefined;
}

/** A count just before token `index`: «18», «ما لا يقل عن 15», «العديد من», «عشرات». */
function quantityBefore(sentence: Sentence, index: number, used: Set<number>): { count: number | null; qualifier: Qualifier; from: number } | undefined {
  const { lexicon, tokens } = sentence;
  for (let start = index - 1; start >= Math.max(0, index - 5); start--) {
    if (used.has(start)) break;
    const vague = lexicon.vagueCounts.matchAt(tokens, start);
    if (vague && (vague.to === index || (vague.to === index - 1 && tokens[index - 1]?.folded === "من"))) {
      return { count: null, qualifier: vague.value, from: start };
    }
    const number = cardinalAt(tokens, start);
    if (number && number.to === index && number.value <= MAX_COUNT) {
      let from = start;
      let qualifier: Qualifier = "exact";
      for (let b = start - 1; b >= Math.max(0, start - 4); b--) {
        const bound = lexicon.boundsBefore.matchAt(tokens, b);
        if (bound && bound.to === start) {
          qualifier = bound.value;
          from = b;
          break;
        }
      }
      return { count: number.value, qualifier, from };
    }
  }
  return undefined;
}

/** «من قوات النظام», «في صفوف قوات المعارضة», «لقوات النظام», «منهم». */
function partyPhrase(sentence: Sentence, index: number): { party: string; to: number } | undefined {
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

function mentionAt(sentence: Sentence, index: number): ActorMention | undefined {
  return sentence.actors.find((m) => m.from - sentence.offset === index);
}

/** Who «منهم» points back to: the last group of people named before it, else the last actor. */
function antecedentBefore(sentence: Sentence, index: number): string | undefined {
  const { lexicon } = sentence;
  for (let k = index - 1; k >= 0; k--) {
    if (lexicon.victims.matchAt(sentence.tokens, k)?.value.party === "civilians") return "civilians";
  }
  return [...sentence.actors].reverse().find((m) => m.to - sentence.offset <= index)?.id;
}

/** The party harmed: named, implied by the victims' noun, the sentence's side, or the claim before. */
function resolveParty(sentence: Sentence, reading: Reading, triggerIndex: number, previousParty: string | null): string {
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
function nearestSide(sentence: Sentence, index: number): string | undefined {
  const before = sentence.actors.filter((m) => m.to - sentence.offset <= index);
  const notAgent = [...before].reverse().find((m) => roleOf(sentence, m) !== "agent");
  return (notAgent ?? before[before.length - 1])?.id;
}

function mentionsCivilians(sentence: Sentence): boolean {
  const { lexicon } = sentence;
  return sentence.tokens.some((_, k) => lexicon.victims.matchAt(sentence.tokens, k)?.value.party === "civilians");
}

/** Whether the sentence has the actor acting («طيران النظام», «بقصف لداعش») or acted on («باستهداف …»). */
function roleOf(sentence: Sentence, mention: ActorMention): "agent" | "target" | "neutral" {
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

/**
 * The actor the text holds responsible: one acting in the claim's own clause,
 * else the only side acting in the sentence. Two sides acting and none in the
 * clause leaves it open: a wrong perpetrator is worse than none.
 */
function perpetratorOf(sentence: Sentence, party: string, reading: Reading): string | null {
  if (reading.agent && reading.agent !== party) return reading.agent;
  const agents = sentence.actors.filter((m) => m.id !== party && roleOf(sentence, m) === "agent");
  const clause = clauseRange(sentence, reading, -1);
  const inClause = agents.filter((m) => {
    const token = sentence.line.tokens[m.from]!;
    return token.start >= clause.start && token.end <= clause.end;
  });
  const at = reading.from + sentence.offset;
  const distance = (m: ActorMention): number => (m.from < at ? at - m.to : (m.from - at) * 2);
  if (inClause.length > 0) return [...inClause].sort((a, b) => distance(a) - distance(b))[0]!.id;
  const sides = new Set(agents.map((m) => m.id));
  return sides.size === 1 ? [...sides][0]! : null;
}

const CLAUSE_END = /[،,؛;:.!?؟]/u;

/** From the punctuation before a claim to the punctuation after it, not reaching back into the claim before. */
function clauseRange(sentence: Sentence, reading: Reading, previousEnd: number): { start: number; end: number } {
  const { document, span, tokens } = sentence;
  let start = tokens[reading.from]!.start;
  let end = tokens[reading.to - 1]!.end;
  const floor = previousEnd > 0 ? tokens[previousEnd - 1]!.end : span.start;
  while (start > floor && !CLAUSE_END.test(document.text[start - 1]!)) start--;
  while (end < span.end && !CLAUSE_END.test(document.text[end]!)) end++;
  return { start, end };
}

/** The clause a claim rests on, an exact substring of the report. */
function evidenceOf(sentence: Sentence, reading: Reading, previousEnd: number): string {
  const { start, end } = clauseRange(sentence, reading, previousEnd);
  // a clause never opens on the tanween of the word before it
  return sentence.document.text.slice(start, end).replace(/^[\p{M}\s]+/u, "").trim();
}

const QUOTED = /["“«]([^"”»\n]{3,80})["”»]/gu;
const BETWEEN_NAMES = /^[\s،,]*(?:و)?[\s]*$/u;
const LIST_ITEM = /^\s*(?:[-–—•*]|\d{1,3}[.)\-])\s*(.{3,80}?)\s*$/u;

/** «عرف منهم "…" و"…"», «هم "…" و"…"», or a dashed list on the lines below. */
function namedVictims(sentence: Sentence, after: number, lines: readonly Line[], nextLine: number): string[] {
  const { lexicon } = sentence;
  const { tokens, document, span } = sentence;
  let markerEnd: number | undefined;
  for (let k = after; k < Math.min(tokens.length, after + 8); k++) {
    const marker = lexicon.nameMarkers.matchAt(tokens, k);
    if (marker) {
      markerEnd = marker.to;
      break;
    }
  }
  if (markerEnd === undefined) return [];
  const restStart = tokens[markerEnd - 1]!.end;
  const rest = document.text.slice(restStart, span.end);
  const names: string[] = [];
  let cursor = 0;
  for (const match of rest.matchAll(QUOTED)) {
    if (!BETWEEN_NAMES.test(rest.slice(cursor, match.index))) break;
    names.push(match[1]!.trim());
    cursor = match.index + match[0].length;
  }
  if (names.length > 0 || rest.trim().replace(/[:：]$/, "") !== "") return names;
  for (let index = nextLine; index < lines.length; index++) {
    const item = LIST_ITEM.exec(lines[index]!.text);
    if (!item) break;
    names.push(item[1]!);
  }
  return names;
}
