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
