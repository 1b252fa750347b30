import type { Sentence } from "./sentence.ts";

const OPENING_QUOTES = /["“«]/u;
const ONLY_SPACE = /^[\s\p{M}\u0640]*$/u;
const CLOSING_QUOTES = /["”»]/u;
/** A quoted name is short: past this many characters the quote is speech, not a name. */
const NAME_LENGTH = 60;

/**
 * The tokens inside names of organisations, campaigns, battles and places, where a
 * word of harm is no harm: «حملة "الرقة تذبح بصمت"», «لواء شهداء الإسلام», «معركة
 * ثأر الشهداء», «ساحة الشهداء». A name follows its head word, in quotes or within
 * a word or two; without quotes only nouns count («عملية اغتيال» is an event).
 */
export function namedHarmWords(sentence: Sentence): Set<number> {
  const { lexicon, tokens, document } = sentence;
  const inNames = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const head = lexicon.nameHeads.matchAt(tokens, i);
    if (!head || head.to >= tokens.length) continue;
    const gap = document.text.slice(tokens[head.to - 1]!.end, tokens[head.to]!.start);
    if (OPENING_QUOTES.test(gap)) {
      const rest = document.text.slice(tokens[head.to]!.start, tokens[head.to]!.start + NAME_LENGTH);
      const close = rest.search(CLOSING_QUOTES);
      if (close < 0) continue;
      const end = tokens[head.to]!.start + close;
      for (let k = head.to; k < tokens.length && tokens[k]!.start < end; k++) inNames.add(k);
      continue;
    }
    if (!ONLY_SPACE.test(gap)) continue;
    for (let k = head.to; k < Math.min(tokens.length, head.to + lexicon.nameWords + 1); k++) {
      if (k > head.to && !ONLY_SPACE.test(document.text.slice(tokens[k - 1]!.end, tokens[k]!.start))) break;
      const harm = lexicon.triggers.matchAt(tokens, k);
      if (harm && harm.value.role !== "event") {
        inNames.add(k);
        break;
      }
    }
  }
  return inNames;
}
