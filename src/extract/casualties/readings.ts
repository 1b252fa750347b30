import type { Trigger, VictimNoun } from "../../knowledge/casualty-lexicon.ts";
import { hasArticle } from "../../text/normalise.ts";
import { cardinalAt } from "../../text/numbers.ts";
import type { CasualtyClaim, Qualifier } from "../../types.ts";
import type { ActorMention } from "../actors.ts";
import { MAX_COUNT, isYearToken, quantityBefore } from "./counts.ts";
import { partyPhrase } from "./parties.ts";
import { mentionAt, type Sentence, type TokenRange } from "./sentence.ts";

/** What the words around a trigger say: how many, bounded how, who. */
export interface Reading extends TokenRange {
  count: number | null;
  qualifier: Qualifier;
  noun: VictimNoun | null;
  /** Actor id named as the harmed («من قوات النظام»), or civilians via «منهم». */
  party: string | null;
  /** Actor id named as the one acting, between the verb and its count: «اعتقلت قوات النظام 15 شاباً»; null for someone unidentified. */
  agent?: string | null;
}

/** Reads count, bound and victims around a trigger; nothing if the words name no one harmed. */
export function read(sentence: Sentence, trigger: Trigger, from: number, to: number, used: ReadonlySet<number>): Reading | undefined {
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

/** «العديد من القتلى والجرحى»: a second noun joined by «و» shares the first one's count and side. */
export function coordinated(sentence: Sentence, trigger: Trigger, from: number, to: number, previous: CasualtyClaim | undefined, previousEnd: number): Reading | undefined {
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
  let subject: ActorMention | undefined = mentionAt(sentence, k);
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
  if (subject) reading.agent = subject.namesNoOne ? null : subject.id;
  return reading;
}

const SUBJECT_WORDS = 4;
const TIME_WORDS = 8;

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
function readBefore(sentence: Sentence, from: number, to: number, used: ReadonlySet<number>): Reading | undefined {
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
