import { namesTheHarmed, type Trigger } from "../../knowledge/casualty-lexicon.ts";
import type { PhraseMatch } from "../../text/phrase-matcher.ts";
import { quantityEndingAt, type Quantity } from "./counts.ts";
import { opensWithConjunction } from "./grammar.ts";
import { groupAt, type Group } from "./groups.ts";
import { partyPhrase } from "./parties.ts";
import type { Reading } from "./readings.ts";
import { plainBetween, type Sentence } from "./sentence.ts";

/** Two words of harm, one for the killed and one for the injured, joined by «و»: «قتيل وجريح», «مقتل وإصابة». */
export interface HarmPair {
  first: PhraseMatch<Trigger>;
  second: PhraseMatch<Trigger>;
}


function isKilledOrInjured(trigger: Trigger): boolean {
  return trigger.outcome === "killed" || trigger.outcome === "injured";
}

/** The pair of words of harm that starts at token `index`, if one does. */
export function harmPairAt(sentence: Sentence, index: number): HarmPair | undefined {
  const { lexicon, tokens, document } = sentence;
  const first = lexicon.triggers.matchAt(tokens, index);
  if (!first || !isKilledOrInjured(first.value)) return undefined;
  const joint = tokens[first.to];
  if (!opensWithConjunction(sentence, joint) || !plainBetween(document.text, tokens[first.to - 1]!, joint!)) return undefined;
  const second = lexicon.triggers.matchAt(tokens, first.to);
  if (!second || !isKilledOrInjured(second.value) || second.value.outcome === first.value.outcome) return undefined;
  if (namesTheHarmed(first.value) !== namesTheHarmed(second.value)) return undefined;
  return { first, second };
}

/**
 * One toll for the killed and the injured together: a count before a combined link
 * («سقط 20 شخصاً بين قتيل وجريح», «العشرات بين قتيل وجريح»), a number shared by two
 * nouns («43 قتيلاً وجريحاً», «30 من القتلى والجرحى») or any count shared by two
 * verbs («مقتل وإصابة 15 مدنياً», «قتل وجرح العشرات»). A word for a size before two
 * nouns without a link («العديد من القتلى والجرحى») is said of each: two claims, read elsewhere.
 */
export function combinedTollAt(sentence: Sentence, index: number, used: ReadonlySet<number>): Reading | undefined {
  const pair = harmPairAt(sentence, index);
  if (!pair) return undefined;
  const { first, second } = pair;
  if (!namesTheHarmed(first.value)) {
    // two verbs share one object, whatever its count: «مقتل وإصابة 15», «قتل وجرح العشرات»
    const group = groupAt(sentence, second.to);
    if (!group?.counted) return undefined;
    return fromCount(group, index, group.to, group);
  }
  const link = linkEndingAt(sentence, index);
  if (link !== undefined) {
    const group = groupEndingAt(sentence, link, used);
    const quantity = group ?? quantityEndingAt(sentence, link, used);
    const reading = quantity
      ? fromCount(quantity, quantity.from, second.to, group)
      : { count: null, qualifier: "unspecified" as const, noun: null, party: null, numeric: false, sameAsBefore: false, from: index, to: second.to };
    return withSideAfter(sentence, reading);
  }
  const quantity = quantityEndingAt(sentence, index, used);
  if (!quantity || !quantity.numeric) return undefined;
  return withSideAfter(sentence, fromCount(quantity, quantity.from, second.to));
}

/** «… بين قتيل وجريح في صفوف قوات النظام»: the side named after the two nouns. */
function withSideAfter(sentence: Sentence, reading: Reading): Reading {
  const after = partyPhrase(sentence, reading.to);
  return after ? { ...reading, party: after.party, to: after.to } : reading;
}

function fromCount(quantity: Quantity | Group, from: number, to: number, group?: Group): Reading {
  return {
    count: quantity.count,
    qualifier: quantity.qualifier,
    noun: group?.noun ?? null,
    party: group?.party ?? null,
    numeric: quantity.numeric,
    sameAsBefore: quantity.sameAsBefore,
    from,
    to,
  };
}

/** Where the longest combined link («بين», «ما بين») that ends at token `index` starts. */
function linkEndingAt(sentence: Sentence, index: number): number | undefined {
  for (let start = Math.max(0, index - 2); start < index; start++) {
    if (sentence.lexicon.combinedLinks.matchAt(sentence.tokens, start)?.to === index) return start;
  }
  return undefined;
}

/** The group of people, with its count, that ends at token `index`: «20 شخصاً | بين قتيل وجريح». */
function groupEndingAt(sentence: Sentence, index: number, used: ReadonlySet<number>): Group | undefined {
  for (let start = Math.max(0, index - 6); start < index; start++) {
    if (used.has(start)) continue;
    const group = groupAt(sentence, start);
    if (group && group.to === index && group.counted) return group;
  }
  return undefined;
}
