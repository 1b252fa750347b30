import { namesTheHarmed, type VictimNoun } from "../../knowledge/casualty-lexicon.ts";
import { hasArticle } from "../../text/normalise.ts";
import { cardinalAt, mayStartNumber } from "../../text/numbers.ts";
import type { Qualifier } from "../../types.ts";
import { peopleNumberAt, quantityAt, type Quantity } from "./counts.ts";
import { harmPairAt } from "./combined.ts";
import { isConjunction, isDetachedArticle, isPartitive, opensWithConjunction } from "./grammar.ts";
import { partyPhrase } from "./parties.ts";
import { adjectiveAt, personAt } from "./people.ts";
import type { Reading } from "./readings.ts";
import { mentionAt, plainBetween, type Sentence, type TokenRange } from "./sentence.ts";

/** What words say of people harmed: how many, bounded how, who. */
export interface Counted extends TokenRange {
  count: number | null;
  qualifier: Qualifier;
  noun: VictimNoun | null;
  /** The side the words name («من قوات النظام», «معارضين», «منهم»), if they do. */
  party: string | null;
  /** The count is a number, or a noun's own number («طفلان»), not a word for a size. */
  numeric: boolean;
  /** «العدد ذاته»: the count is the claim before's. */
  sameAsBefore: boolean;
}

/** A group of people harmed, as the words name it: «ما لا يقل عن 20 عنصراً من قوات النظام». */
export interface Group extends Counted {
  /** The words give a count of some kind («عدد من», «عشرات», «طفلان», «15»), not only a plural noun. */
  counted: boolean;
  /** The count is a number in digits or words («15», «خمس عشرة»), not a noun's own («طفلان»). */
  byNumber: boolean;
}

/**
 * The group that starts at token `index`: a count («15», «عشرات», «العدد ذاته»), a
 * noun for people («مدنياً», «طفلان», «ابنها»), or both, in either order («مدنيين
 * اثنين»), then an adjective, a bound after and the side. A plural noun with the
 * article and no count («المدنيين») names people already counted: no group.
 */
export function groupAt(sentence: Sentence, index: number): Group | undefined {
  let group = sentence.groups.get(index);
  if (group === undefined) {
    group = readGroup(sentence, index) ?? null;
    sentence.groups.set(index, group);
  }
  return group ?? undefined;
}

function readGroup(sentence: Sentence, index: number): Group | undefined {
  const { lexicon, tokens } = sentence;
  if (!mayStartGroup(sentence, index)) return undefined;
  let k = lexicon.victimLinks.matchAt(tokens, index)?.to ?? index;
  if (isDetachedArticle(sentence, tokens[k])) k++;
  const quantity: Quantity | undefined = quantityAt(sentence, k);
  if (quantity) {
    k = quantity.to;
    if (isDetachedArticle(sentence, tokens[k])) k++;
    if (isPartitive(sentence, tokens[k]) && personAt(sentence, k + 1)) k++;
  }
  // «مقاتلي المعارضة», «عناصر داعش»: an actor's name that opens with a noun for people
  const named = mentionAt(sentence, k);
  const noun = personAt(sentence, k);
  const namedSide = named && !named.namesNoOne && noun && noun.to <= named.to - sentence.offset ? named : undefined;
  let count = quantity?.count ?? null;
  let qualifier: Qualifier | null = quantity?.qualifier ?? null;
  let numeric = quantity?.numeric ?? false;
  let counted = quantity !== undefined;
  let byNumber = quantity !== undefined && quantity.numeric && !quantity.sameAsBefore;
  if (noun) {
    k = namedSide ? namedSide.to - sentence.offset : noun.to;
    // the count may follow the noun: «مدنيين اثنين», «جرحى ثلاثة», but not «عائلة واحدة»
    const following = !quantity && !noun.value.collective ? peopleNumberAt(sentence, k) : undefined;
    if (following) {
      count = following.value;
      qualifier = "exact";
      numeric = true;
      counted = true;
      byNumber = true;
      k = following.to;
    } else if (!quantity) {
      if (noun.value.number === "plural") {
        if (hasArticle(tokens[noun.from]!.folded)) return undefined;
      } else {
        count = noun.value.number === "one" ? 1 : 2;
        qualifier = "exact";
        numeric = true;
        counted = true;
      }
    }
  } else if (!quantity) {
    return undefined;
  } else {
    // «ارتقى ثلاثة شهداء»: a noun of harm after the count names the people counted, unless it opens a toll of two
    const harmNoun = lexicon.triggers.matchAt(tokens, k);
    if (harmNoun && namesTheHarmed(harmNoun.value) && !harmPairAt(sentence, k)) k = harmNoun.to;
  }
  // an adjective after the noun: «16 شخصاً مدنياً», «طفلين شقيقين»
  // (an adjective agrees in number: «مسلحون طفلة» is a subject and its object)
  const found = noun ? adjectiveAt(sentence, k) : undefined;
  const adjective = found && found.value.number === noun?.value.number ? found : undefined;
  if (adjective) k = adjective.to;
  const after = lexicon.boundsAfter.matchAt(tokens, k);
  if (after) {
    qualifier = after.value;
    k = after.to;
  }
  const side = namedSide ? { party: namedSide.id, to: k } : (partyPhrase(sentence, k) ?? partyPastModifier(sentence, k));
  if (side) k = side.to;
  const victim: VictimNoun | null = adjective?.value.party === "civilians" ? { party: "civilians", number: "plural" } : noun?.value ?? null;
  return {
    count,
    qualifier: qualifier ?? "unspecified",
    noun: victim,
    party: side?.party ?? null,
    numeric,
    sameAsBefore: quantity?.sameAsBefore ?? false,
    counted,
    byNumber,
    from: index,
    to: k,
  };
}

/**
 * «قيادي سابق في الجيش الحر», «عنصر بارز في قسد»: one word between the people and
 * their side, when the side has a link word of its own; never a cue of acting
 * («شاب بقصف لقوات النظام» names who shelled, not whose the young man was).
 */
function partyPastModifier(sentence: Sentence, index: number): { party: string; to: number } | undefined {
  const { lexicon, tokens, document } = sentence;
  const word = tokens[index];
  const next = tokens[index + 1];
  if (!word || !next || index === 0 || !lexicon.partyLinks.mayStartAt(next)) return undefined;
  if (!plainBetween(document.text, tokens[index - 1]!, word) || !plainBetween(document.text, word, next)) return undefined;
  // a modifier of the noun, not the next group («مدنيان وعنصر من قوات النظام») nor a cue of acting
  if (opensWithConjunction(sentence, word) || personAt(sentence, index) || word.keys.some((key) => lexicon.agentCues.has(key))) return undefined;
  if (lexicon.triggers.matchAt(tokens, index) || cardinalAt(tokens, index) || mentionAt(sentence, index)) return undefined;
  if (!lexicon.partyLinks.matchAt(tokens, index + 1)) return undefined;
  return partyPhrase(sentence, index + 1);
}

/** Whether a group may start at token `index`: a cheap test of its first word. */
function mayStartGroup(sentence: Sentence, index: number): boolean {
  const token = sentence.tokens[index];
  if (!token) return false;
  const { groupStarts } = sentence.lexicon;
  const { keys } = token;
  for (let k = 0; k < keys.length; k++) if (groupStarts.has(keys[k]!)) return true;
  return groupStarts.has(token.folded) || mayStartNumber(token);
}

/** How a group joined to the one before relates to it. */
export interface NextGroup {
  group: Group;
  /** One group with the one before («طفلان وامرأة»): its count adds to theirs. */
  joined: boolean;
}

/** How many words of a place may stand between two groups: «قتل 12 في الميادين و3 في البوكمال». */
const BETWEEN_GROUPS = 4;

/**
 * The group joined by «و» to the group ending at token `end`, if any: «طفلان
 * وامرأة» (one group of three), «3 عناصر من قوات النظام و4 من مقاتلي المعارضة»
 * and «12 في الميادين و3 في البوكمال» (a group of its own, sharing the verb).
 */
export function nextGroup(sentence: Sentence, previous: Group, end: number): NextGroup | undefined {
  const { lexicon, tokens, document } = sentence;
  let k = end;
  // a place phrase may close the group before: «في الميادين»
  if (lexicon.groupSeparators.matchAt(tokens, k)) {
    const limit = Math.min(tokens.length, k + BETWEEN_GROUPS);
    let j = k;
    while (j < limit && !opensWithConjunction(sentence, tokens[j])) {
      if (!plainBetween(document.text, tokens[j - 1]!, tokens[j]!) || stopsBetweenGroups(sentence, j)) return undefined;
      j++;
    }
    if (j === limit) return undefined;
    k = j;
  }
  const token = tokens[k];
  if (!token || !opensWithConjunction(sentence, token) || !plainBetween(document.text, tokens[k - 1]!, token)) return undefined;
  const start = isConjunction(sentence, token) ? k + 1 : k;
  if (lexicon.triggers.matchAt(tokens, start) && !lexicon.victims.matchAt(tokens, start)) return undefined;
  const group = groupAt(sentence, start);
  // «و5 أصيبوا»: the count opens the next statement
  // «والعديد من الجرحى»: a count for a word of harm of its own
  if (!group || !group.counted || opensHarm(sentence, group.to)) return undefined;
  const sameSide = group.party === null || group.party === previous.party;
  const sameKind = group.noun !== null && previous.noun !== null && group.noun.party === previous.noun.party && group.noun.party !== "unknown";
  const joined = k === end && sameSide && sameKind && group.numeric && previous.numeric;
  return { group, joined };
}

/** Whether a word of harm starts at token `index`, or after «من» there. */
function opensHarm(sentence: Sentence, index: number): boolean {
  const { lexicon, tokens } = sentence;
  return lexicon.triggers.matchAt(tokens, index) !== undefined || (isPartitive(sentence, tokens[index]) && lexicon.triggers.matchAt(tokens, index + 1) !== undefined);
}


/** Words a place phrase between two groups cannot hold: a count, people, a harm, a breakdown, an actor. */
function stopsBetweenGroups(sentence: Sentence, index: number): boolean {
  const { lexicon, tokens } = sentence;
  return (
    cardinalAt(tokens, index) !== undefined ||
    personAt(sentence, index) !== undefined ||
    lexicon.triggers.matchAt(tokens, index) !== undefined ||
    lexicon.breakdownMarkers.matchAt(tokens, index) !== undefined ||
    mentionAt(sentence, index) !== undefined
  );
}

/**
 * «طفلان وامرأة», «رجل وابنته»: groups of one kind joined by «و» are one group, their
 * counts added. A number of eleven or more counts a singular noun, and a bare noun
 * joined to it shares that count: «خمس عشرة امرأة وطفلة» are fifteen.
 */
function joinGroups(sentence: Sentence, reading: Reading): NextGroup | undefined {
  let group = reading.group;
  while (group) {
    const next = nextGroup(sentence, group, reading.to);
    if (!next?.joined) return next;
    const shared = group.byNumber && (group.count ?? 0) >= SINGULAR_COUNTED && group.noun?.number === "one" && !next.group.byNumber && next.group.noun?.number === "one";
    const count = shared ? group.count : group.count !== null && next.group.count !== null ? group.count + next.group.count : null;
    const joined: Group = { ...group, count, to: next.group.to };
    reading.count = joined.count;
    reading.to = next.group.to;
    reading.group = joined;
    group = joined;
  }
  return undefined;
}

/** From eleven on, Arabic counts a singular noun: «خمس عشرة امرأة». */
const SINGULAR_COUNTED = 11;

/**
 * The groups joined by «و» to a reading's group: those of one kind join it (its
 * count and words grow, see `joinGroups`); the groups of their own that share the
 * verb after them are returned («3 عناصر من قوات النظام و4 من مقاتلي المعارضة»,
 * «12 في الميادين و3 في البوكمال»).
 */
export function coordinatedGroups(sentence: Sentence, reading: Reading): Group[] {
  const groups: Group[] = [];
  let next = joinGroups(sentence, reading);
  while (next && !next.joined) {
    groups.push(next.group);
    next = nextGroup(sentence, next.group, next.group.to);
  }
  return groups;
}

/** A group read as a claim's words. */
export function groupReading(group: Group): Reading {
  const { count, qualifier, noun, party, numeric, sameAsBefore, from, to } = group;
  return { count, qualifier, noun, party, numeric, sameAsBefore, from, to, group };
}
