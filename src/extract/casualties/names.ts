import { namesTheHarmed, type Trigger } from "../../knowledge/casualty-lexicon.ts";
import type { Sentence } from "./sentence.ts";
import { hasQuotes } from "./victims.ts";

const OPENING_QUOTES = new Set(['"', "“", "«"]);
const CLOSING_QUOTES = new Set(['"', "”", "»"]);
const ONLY_SPACE = /^[\s\p{M}\p{Cf}\u0640]*$/u;
/** A quoted name is short: past this many characters the quote is speech, not a name. */
const NAME_LENGTH = 60;

/**
 * Whether the word of harm at token `index` stands in the name of an organisation,
 * a campaign, a battle or a place, where it is no harm: «حملة "الرقة تذبح بصمت"»,
 * «لواء شهداء الإسلام», «معركة ثأر الشهداء», «ساحة الشهداء». A name follows its
 * head word, in quotes or within a word or two; without quotes only nouns count
 * («عملية اغتيال» is an event).
 */
export function inName(sentence: Sentence, index: number, trigger: Trigger): boolean {
  return inQuotedName(sentence, index) || (namesTheHarmed(trigger) && afterNameHead(sentence, index));
}

/**
 * «لواء شهداء الإسلام», «مكتب توثيق الشهداء»: a head a word or two before, with
 * nothing but spaces between and no other word of harm: «شبكة شام مقتل شهيد» is an
 * outlet, then a killing.
 */
function afterNameHead(sentence: Sentence, index: number): boolean {
  const { lexicon, tokens, document } = sentence;
  for (let k = index - 1; k >= Math.max(0, index - 1 - lexicon.nameWords); k--) {
    if (!onlySpaces(document.text, tokens[k]!.end, tokens[k + 1]!.start)) return false;
    const head = lexicon.nameHeads.mayStartAt(tokens[k]!) ? lexicon.nameHeads.matchAt(tokens, k) : undefined;
    if (head && head.to <= index && index - head.to <= lexicon.nameWords) return true;
    if (lexicon.triggers.matchAt(tokens, k)) return false;
  }
  return false;
}

/** Whether only spaces and marks stand in the text between two offsets: a name without quotes runs on without punctuation. */
function onlySpaces(text: string, from: number, to: number): boolean {
  return ONLY_SPACE.test(text.slice(from, to));
}

/** «حملة "الرقة تذبح بصمت"»: inside quotes that open right after a head and close soon after. */
function inQuotedName(sentence: Sentence, index: number): boolean {
  const { lexicon, tokens, document } = sentence;
  const { text } = document;
  if (!hasQuotes(sentence)) return false;
  const at = tokens[index]!.start;
  let open = -1;
  for (let p = at - 1; p >= Math.max(sentence.span.start, at - NAME_LENGTH); p--) {
    const char = text[p]!;
    if (OPENING_QUOTES.has(char)) {
      open = p;
      break;
    }
    if (CLOSING_QUOTES.has(char)) return false;
  }
  if (open < 0) return false;
  let close = -1;
  for (let p = tokens[index]!.end; p < Math.min(sentence.span.end, open + NAME_LENGTH); p++) {
    if (CLOSING_QUOTES.has(text[p]!)) {
      close = p;
      break;
    }
  }
  if (close < 0) return false;
  // the word before the quote ends a head
  let before = index - 1;
  while (before >= 0 && tokens[before]!.end > open) before--;
  if (before < 0 || !ONLY_SPACE.test(text.slice(tokens[before]!.end, open))) return false;
  for (let k = before; k >= Math.max(0, before - 1); k--) {
    if (lexicon.nameHeads.matchAt(tokens, k)?.to === before + 1) return true;
  }
  return false;
}
