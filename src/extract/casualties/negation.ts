import type { Trigger } from "../../knowledge/casualty-lexicon.ts";
import { cardinalAt } from "../../text/numbers.ts";
import { plainBetween, type Sentence } from "./sentence.ts";

/**
 * Whether a negation takes back the word of harm at token `index`: «دون وقوع
 * إصابات», «لم تسفر عن ضحايا», «لم ترد أنباء عن قتلى أو جرحى». A negation reaches
 * a few words on (other words of harm between do not count), not past a comma, a
 * break word («إلا», «بعد») or a count: «لم يُعرف مصير 3 مختطفين» is a claim.
 */
export function isNegated(sentence: Sentence, index: number): boolean {
  const { lexicon, tokens, document } = sentence;
  const { cues, notCues, breaks, window } = lexicon.negation;
  // most words of harm have no negation near them: look for a cue first
  let near = false;
  for (let k = index - 1; k >= Math.max(0, index - 2 * window) && !near; k--) near = cues.mayStartAt(tokens[k]!);
  if (!near) return false;
  let words = 0;
  for (let k = index - 1; k >= 0 && words <= window; k--) {
    if (!plainBetween(document.text, tokens[k]!, tokens[k + 1]!)) return false;
    const cue = cues.matchAt(tokens, k);
    if (cue && cue.to <= index) return !notCues.matchAt(tokens, k) && !(k > 0 && notCues.matchAt(tokens, k - 1));
    if (breaks.matchAt(tokens, k) || cardinalAt(tokens, k) || lexicon.vagueCounts.matchAt(tokens, k)) return false;
    if (!lexicon.triggers.matchAt(tokens, k)) words++;
  }
  return false;
}

/** How many words before people held a release of them may stand: «أفرجت قوات النظام عن 20 | معتقلاً». */
const RELEASE_REACH = 6;

/**
 * Whether the word of harm at token `index` is no new harm: people held, let go
 * («أفرجت قوات النظام عن 20 معتقلاً», «أطلق التنظيم سراح 5 مختطفين»), or a harm
 * remembered («في ذكرى مقتل الشاب …»).
 */
export function isNoNewHarm(sentence: Sentence, index: number, trigger: Trigger): boolean {
  const { lexicon, tokens, document } = sentence;
  for (let k = index - 1; k >= Math.max(0, index - 3); k--) {
    if (lexicon.remembered.mayStartAt(tokens[k]!) && lexicon.remembered.matchAt(tokens, k)?.to === index) return true;
  }
  if (trigger.outcome !== "detained" && trigger.outcome !== "captured") return false;
  // most people held are not let go: look for a word of release first
  let near = false;
  for (let k = index - 1; k >= Math.max(0, index - RELEASE_REACH) && !near; k--) near = lexicon.releases.mayStartAt(tokens[k]!);
  if (!near) return false;
  for (let k = index - 1; k >= Math.max(0, index - RELEASE_REACH); k--) {
    if (!plainBetween(document.text, tokens[k]!, tokens[k + 1]!)) return false;
    // «تبادل أسرى شمل 12 أسيراً»: only another kind of harm ends the reach
    const harm = lexicon.triggers.matchAt(tokens, k)?.value.outcome;
    if (harm !== undefined && harm !== trigger.outcome) return false;
    if (lexicon.releases.mayStartAt(tokens[k]!) && lexicon.releases.matchAt(tokens, k)) return true;
  }
  return false;
}
