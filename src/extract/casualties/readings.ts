import type { Trigger } from "../../knowledge/casualty-lexicon.ts";
import { hasArticle } from "../../text/normalise.ts";
import { cardinalAt, mayStartNumber } from "../../text/numbers.ts";
import type { ActorMention } from "../actors.ts";
import { isYearToken, quantityEndingAt } from "./counts.ts";
import { isConjunction, isDetachedArticle, isPartitive, opensWithConjunction } from "./grammar.ts";
import { groupAt, groupReading, type Counted, type Group } from "./groups.ts";
import { partyPhrase } from "./parties.ts";
import { personAt } from "./people.ts";
import { mentionAt, plainBetween, type Sentence } from "./sentence.ts";
import { namesAt } from "./victims.ts";

/** What the words around a word of harm say: how many, bounded how, who. */
export interface Reading extends Counted {
  /** The actor named as the one acting, between the verb and its count: «اعتقلت قوات النظام 15 شاباً». */
  agent?: ActorMention;
  /** The group read, when the reading is one: groups joined to it by «و» follow it. */
  group?: Group;
  /** Victims named in quotes as the claim's only word for them: «مقتل “أحمد العلي”». */
  names?: string[];
}

/**
 * «العديد من القتلى والجرحى», «القتلى والجرحى في صفوف قسد»: a second noun of harm
 * joined by «و» to the claim just read shares its count and side.
 */
export function sharedWithPrevious(sentence: Sentence, trigger: Trigger, from: number, to: number, previous: Reading | undefined, previousEnd: number): Reading | undefined {
  const token = sentence.tokens[from];
  if (!previous || trigger.role !== "victims" || from !== previousEnd || !opensWithConjunction(sentence, token)) return undefined;
  const after = partyPhrase(sentence, to);
  return { count: previous.count, qualifier: previous.qualifier, noun: null, party: after?.party ?? previous.party, numeric: previous.numeric, sameAsBefore: false, from, to: after?.to ?? to };
}

/** Reads count, bound and victims around a word of harm at `[from, to)`; nothing if the words name no one harmed. */
export function read(sentence: Sentence, trigger: Trigger, from: number, to: number, used: ReadonlySet<number>): Reading | undefined {
  switch (trigger.role) {
    case "one":
    case "two":
      return readCountNoun(sentence, trigger, from, to, used);
    case "victims":
      return readVictimsNoun(sentence, from, to, used);
    case "event":
      // a group may come before a verb («18 عنصراً قتلوا»), not before a noun with the article («… في المجزرة»)
      return readAfter(sentence, from, to) ?? (hasArticle(sentence.tokens[from]!.folded) ? undefined : readBefore(sentence, from, to, used));
    case "referring":
      // «ولا يزال مصير 5 مدنيين مجهولاً بعد أن اختطفتهم …»
      return readBefore(sentence, from, to, used);
  }
}

/** A group read as the claim of a word of harm whose words start at `from`. */
function fromGroup(group: Group, from: number): Reading {
  return { ...groupReading(group), from };
}

/** «11 قتيلاً», «قتيلاً واحداً», «شهيدين من المدنيين»: a singular or dual noun of harm is its own count unless one is given. */
function readCountNoun(sentence: Sentence, trigger: Trigger, from: number, to: number, used: ReadonlySet<number>): Reading {
  const before = quantityEndingAt(sentence, from, used);
  let end = to;
  // «قتيلاً واحداً»: a number that repeats the noun's own
  const own = cardinalAt(sentence.tokens, end);
  if (!before && own && own.value === (trigger.role === "one" ? 1 : 2)) end = own.to;
  const after = partyPhrase(sentence, end);
  return {
    count: before ? before.count : trigger.role === "one" ? 1 : 2,
    qualifier: before?.qualifier ?? "exact",
    noun: null,
    party: after?.party ?? null,
    numeric: before?.numeric ?? true,
    sameAsBefore: before?.sameAsBefore ?? false,
    from: before?.from ?? from,
    to: after?.to ?? end,
  };
}

/** «عشرات القتلى», «العديد من الجرحى», «جرحى ثلاثة», «جثث تسعة أشخاص». */
function readVictimsNoun(sentence: Sentence, from: number, to: number, used: ReadonlySet<number>): Reading | undefined {
  const { lexicon, tokens } = sentence;
  const before = quantityEndingAt(sentence, from, used);
  if (!before && !hasArticle(tokens[from]!.folded)) {
    // the count and the people after the noun: «جثث تسعة أشخاص», «جرحى ثلاثة»; «بين القتلى طفلان» is a breakdown
    const counted = groupAt(sentence, to);
    if (counted && counted.count !== null && counted.numeric) return fromGroup(counted, from);
  }
  const after = partyPhrase(sentence, to);
  const start = before?.from ?? from;
  if (!before) {
    // «الجرحى» with nothing to count them speaks of the wounded in general, not of a harm
    if (!after && hasArticle(tokens[from]!.folded)) return undefined;
    // «قتلى» in «جثث قتلى», «جثث قتلى النظام»: the bodies' people, read with the bodies
    if (from > 0 && lexicon.triggers.matchAt(tokens, from - 1)?.value.role === "victims") return undefined;
    // «جثث القتلى», «جثامين الشهداء», «جثث قتلى النظام»: of people named before
    if (!after && definitePeopleAt(sentence, to)) return undefined;
    // «لوجود جرحى»: people already counted, spoken of again
    if (from > 0 && lexicon.mentionCues.matchAt(tokens, from - 1)?.to === from) return undefined;
  }
  // «مكبداً قوات النظام العديد من القتلى»: the harmed stand just before the count
  const preceding = sentence.actors.find((m) => m.to - sentence.offset === start && !m.namesNoOne);
  return {
    count: before?.count ?? null,
    qualifier: before?.qualifier ?? "unspecified",
    noun: null,
    party: after?.party ?? preceding?.id ?? null,
    numeric: before?.numeric ?? false,
    sameAsBefore: before?.sameAsBefore ?? false,
    from: start,
    to: after?.to ?? to,
  };
}

/** Known people named at `index`: with the article («القتلى») or in construct with an actor («قتلى النظام»). */
function definitePeopleAt(sentence: Sentence, index: number): boolean {
  const { lexicon, tokens } = sentence;
  const next = tokens[index];
  if (!next) return false;
  const people = lexicon.triggers.matchAt(tokens, index) ?? personAt(sentence, index);
  if (!people) return false;
  return hasArticle(next.folded) || mentionAt(sentence, people.to) !== undefined;
}

/** «مقتل ما لا يقل عن عشرين عنصراً من قوات النظام», «جرح أكثر من ثمانية مدنيين», «استشهاد 7 منهم». */
function readAfter(sentence: Sentence, from: number, to: number): Reading | undefined {
  const { lexicon, tokens } = sentence;
  let k = to;
  // a verb's subject may stand before its count: «اعتقلت قوات النظام 15 شاباً»
  let subject: ActorMention | undefined = mentionAt(sentence, k);
  if (subject) k = afterTimeWords(sentence, subject.to - sentence.offset);
  else {
    const skipped = afterUnnamedSubject(sentence, k);
    subject = sentence.actors.find((m) => m.from - sentence.offset >= k && m.to - sentence.offset <= skipped);
    k = skipped;
  }
  // «إعدام عناصر التنظيم لـ 3 رجال»: a preposition before the count
  if (lexicon.detachedClitics.has(tokens[k]?.folded ?? "") && cardinalAt(tokens, k + 1)) k++;
  let group = groupAt(sentence, k);
  if (!group?.counted) {
    // «خطف مسلحون طفلة», «اعتقلت الشرطة العسكرية التابعة للجيش الوطني شابين»: a subject, then the counted object
  // (indefinite or numbered: «… على حاجز قرب السيدة زينب» names a place, not a woman)
    const object = objectAfterSubject(sentence, k);
    if (object) {
      subject ??= sentence.actors.find((m) => m.from - sentence.offset >= k && m.to - sentence.offset <= object.from);
      group = object;
    }
  }
  if (!group) {
    // «مقتل “أحمد العلي” و“سامر الخلف”»: the names are the count
    const named = namesAt(sentence, k);
    if (!named) return undefined;
    return { count: named.names.length, qualifier: "exact", noun: null, party: null, numeric: true, sameAsBefore: false, from, to: named.to, names: named.names, ...(subject ? { agent: subject } : {}) };
  }
  const reading = fromGroup(group, from);
  if (subject) reading.agent = subject;
  return reading;
}

const SUBJECT_WORDS = 4;

/** A counted group a few plain words after token `index`, past a subject the words there name: no harm, no count between. */
function objectAfterSubject(sentence: Sentence, index: number): Group | undefined {
  const { lexicon, tokens, document } = sentence;
  let words = 0;
  for (let k = index + 1; words < SUBJECT_WORDS && k < tokens.length; k++, words++) {
    if (!plainBetween(document.text, tokens[k - 1]!, tokens[k]!) || lexicon.triggers.matchAt(tokens, k - 1) || cardinalAt(tokens, k - 1)) return undefined;
    // an actor's name is one word of the subject: «التابعة للجيش الوطني»
    const named = mentionAt(sentence, k);
    if (named) k = named.to - sentence.offset;
    const group = groupAt(sentence, k);
    if (group?.counted && (group.byNumber || !hasArticle(tokens[group.from]!.folded))) return group;
  }
  return undefined;
}
const TIME_WORDS = 8;

/** Skips a time phrase after a verb's subject, when victims follow it: «أعدم داعش صباح الجمعة 15 آب 2014، شابين». */
function afterTimeWords(sentence: Sentence, index: number): number {
  const { lexicon, tokens } = sentence;
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
  const { lexicon, tokens, document } = sentence;
  if (startsReading(sentence, index)) return index;
  for (let k = index + 1; k <= index + SUBJECT_WORDS && k < tokens.length; k++) {
    if (!plainBetween(document.text, tokens[k - 1]!, tokens[k]!) || lexicon.triggers.matchAt(tokens, k - 1)) return index;
    // «اعتقلت دورية تابعة لقسد 6 أشخاص»: an actor may close the subject
    const actor = mentionAt(sentence, k);
    if (actor && startsReading(sentence, actor.to - sentence.offset)) return actor.to - sentence.offset;
    if (startsReading(sentence, k)) return k;
  }
  return index;
}

/** Whether the words from token `k` on may name the harmed: a count, people, a bound. */
function startsReading(sentence: Sentence, k: number): boolean {
  const { lexicon, tokens } = sentence;
  const token = tokens[k];
  if (!token) return false;
  if (!mayStartNumber(token) && !lexicon.victims.mayStartAt(token) && !lexicon.boundsBefore.mayStartAt(token) && !lexicon.vagueCounts.mayStartAt(token) && !isDetachedArticle(sentence, token)) return false;
  return (
    cardinalAt(tokens, k) !== undefined ||
    lexicon.victims.matchAt(tokens, k) !== undefined ||
    lexicon.boundsBefore.matchAt(tokens, k) !== undefined ||
    lexicon.vagueCounts.matchAt(tokens, k) !== undefined ||
    isDetachedArticle(sentence, tokens[k])
  );
}

/** How many words a verb that does not agree with people before it may stand after its group: «وكان طفل قد قتل». */
const NEAR_VERB = 2;

/**
 * «18 عنصراً قتلوا», «12 مدنياً من أبناء البلدة قضوا», «وكان طفل قد قُتل», «عشرات
 * قتلوا»: the group before the verb, the leftmost one whose words reach the verb
 * with nothing between but plain words (no count, no people, no harm, no comma).
 */
function readBefore(sentence: Sentence, from: number, to: number, used: ReadonlySet<number>): Reading | undefined {
  const { lexicon, tokens, document } = sentence;
  // a singular verb stands by its group («وكان طفل قد قتل»); one that agrees reaches further
  const reach = lexicon.agreeingVerbs.matchAt(tokens, from) ? lexicon.verbAfterWords : NEAR_VERB;
  let floor = from;
  // how far back plain words reach
  while (floor > 0 && from - floor < reach + 6 && !used.has(floor - 1) && plainBetween(document.text, tokens[floor - 1]!, tokens[floor]!)) floor--;
  for (let start = floor; start < from; start++) {
    const group = groupAt(sentence, start);
    // a group before its verb needs a count: «مدنيون قتلوا» is not one
    if (!group || group.to > from || !group.counted) continue;
    if (group.noun === null && group.count !== null) continue;
    const gap = from - group.to;
    if (gap > reach || !plainGap(sentence, group.to, from)) continue;
    // «المشفى العسكري … قتلوا»: a noun with the article counting itself is an adjective, unless it stands by the verb
    if (gap > 1 && group.to - group.from === 1 && group.noun?.number !== "plural" && hasArticle(tokens[group.from]!.folded)) continue;
    return { ...fromGroup(group, group.from), to };
  }
  return undefined;
}

/** Past the breakdown that follows a group at `index` («9 مدنيين بينهم 3 أطفال وامرأتان قضوا»): it is part of the group, not a group of its own. */
function breakdownEnd(sentence: Sentence, index: number): number {
  const { lexicon, tokens } = sentence;
  const marker = lexicon.breakdownMarkers.matchAt(tokens, index);
  let group = marker && groupAt(sentence, marker.to);
  if (!group) return index;
  // its parts joined by «و», up to the verb they share with the group
  for (;;) {
    const token = tokens[group.to];
    if (!token || !opensWithConjunction(sentence, token)) return group.to;
    const part = groupAt(sentence, isConjunction(sentence, token) ? group.to + 1 : group.to);
    if (!part?.counted) return group.to;
    group = part;
  }
}

/**
 * Whether the words in `[from, to)` hold no count, no other people and no harm: a
 * group and its verb may have them between. People after «من» tell where the
 * group is from («9 مدنيين من أهالي القرية قضوا»).
 */
function plainGap(sentence: Sentence, from: number, to: number): boolean {
  const { lexicon, tokens } = sentence;
  for (let k = breakdownEnd(sentence, from); k < to; k++) {
    if (cardinalAt(tokens, k) || lexicon.triggers.matchAt(tokens, k) || lexicon.vagueCounts.matchAt(tokens, k)) return false;
    if (personAt(sentence, k) && !(k > from && isPartitive(sentence, tokens[k - 1]))) return false;
  }
  return true;
}
