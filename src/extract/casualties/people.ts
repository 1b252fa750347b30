import type { VictimNoun } from "../../knowledge/casualty-lexicon.ts";
import { hasArticle } from "../../text/normalise.ts";
import type { PhraseMatch } from "../../text/phrase-matcher.ts";
import { opensWithConjunction } from "./grammar.ts";
import type { Sentence } from "./sentence.ts";

/**
 * A noun for people at token `index`. A singular one with the article right
 * after another definite word that is not itself a word for people or harm is
 * an adjective («الدفاع المدني», «المشفى العسكري»), not a person.
 */
export function personAt(sentence: Sentence, index: number): PhraseMatch<VictimNoun> | undefined {
  const { lexicon, tokens } = sentence;
  const noun = lexicon.victims.matchAt(tokens, index);
  if (!noun || noun.value.number === "plural" || index === 0) return noun;
  const token = tokens[index]!;
  const before = tokens[index - 1]!;
  if (!hasArticle(token.folded) || !hasArticle(before.folded)) return noun;
  if (lexicon.victims.matchAt(tokens, index - 1) || lexicon.triggers.matchAt(tokens, index - 1)) return noun;
  return undefined;
}

/** A noun for people written as it stands, with no conjunction before it: an adjective of the noun before («طفلين شقيقين»), not a second group («طفلين وامرأة»). */
export function adjectiveAt(sentence: Sentence, index: number): PhraseMatch<VictimNoun> | undefined {
  const { lexicon, tokens } = sentence;
  const match = lexicon.victims.matchAt(tokens, index);
  const token = tokens[index];
  if (!match || !token || !opensWithConjunction(sentence, token)) return match;
  // «وامرأة» may be «و» + «امرأة»: an adjective only if the word as written is one
  const asWritten = lexicon.victims.matchAt([{ ...token, keys: [token.keys[0]!] }], 0);
  return asWritten?.to === 1 ? match : undefined;
}

