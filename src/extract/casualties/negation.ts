import { cardinalAt } from "../../text/numbers.ts";
import { plainBetween, type Sentence } from "./sentence.ts";

/**
 * The words of harm a negation takes back: «دون وقوع إصابات», «لم تسفر عن ضحايا»,
 * «لم ترد أنباء عن قتلى أو جرحى». A negation reaches a few words on, not past a
 * comma, a break word («إلا», «بعد») or a count: «لم يُعرف مصير 3 مختطفين» is a claim.
 */
export function negatedHarm(sentence: Sentence): Set<number> {
  const { lexicon, tokens, document } = sentence;
  const { cues, notCues, breaks, window } = lexicon.negation;
  const negated = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const cue = cues.matchAt(tokens, i);
    if (!cue || notCues.matchAt(tokens, i) || (i > 0 && notCues.matchAt(tokens, i - 1))) continue;
    let reach = cue.to + window;
    for (let k = cue.to; k < Math.min(tokens.length, reach); k++) {
      if (!plainBetween(document.text, tokens[k - 1]!, tokens[k]!) || breaks.matchAt(tokens, k) || cardinalAt(tokens, k) || lexicon.vagueCounts.matchAt(tokens, k)) break;
      const harm = lexicon.triggers.matchAt(tokens, k);
      if (!harm) continue;
      negated.add(k);
      // «قتلى أو جرحى»: the next word of harm shares the negation
      reach = Math.min(tokens.length, harm.to + 2);
      k = harm.to - 1;
    }
  }
  return negated;
}
