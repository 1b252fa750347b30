import type { VictimNoun } from "../knowledge/casualty-lexicon.ts";
import type { ActorPhrase } from "../knowledge/lexicons.ts";
import type { ActorEntry } from "../knowledge/vocabulary.ts";
import { hasArticle } from "../text/normalise.ts";
import type { PhraseMatcher } from "../text/phrase-matcher.ts";
import type { Token } from "../text/tokens.ts";
import type { Actor } from "../types.ts";
import { reportLines, type Layout } from "./layout.ts";
import type { Document, Line } from "./segment.ts";

/** One place where the report names an actor. */
export interface ActorMention {
  id: string;
  line: Line;
  /** Token range in `line.tokens`. */
  from: number;
  to: number;
  /** The words as written. */
  text: string;
  /** Words for someone unidentified («مسلحون مجهولون»): no actor, no perpetrator, but someone acting. */
  namesNoOne: boolean;
}

export interface ActorFindings {
  list: Actor[];
  mentions: ActorMention[];
  /** The mentions of each line, in order. */
  byLine: Map<Line, ActorMention[]>;
}

/** The matchers actors are found with. */
export interface ActorOptions {
  /** Aliases, anaphora and allegiance words («معارضين», «موالين للنظام») of the vocabulary. */
  phrases: PhraseMatcher<ActorPhrase>;
  /** Nouns for people; those whose side the sentence gives (`context`: «مقاتلين», «عناصر») take the adjectives. */
  people: PhraseMatcher<VictimNoun>;
}

/**
 * Finds the parties the report names, from the actor vocabulary's phrases.
 * An anaphor («التنظيم») counts only once the report has named its actor;
 * an allegiance word only right after a noun for fighters («مقاتلين موالين للنظام»).
 */
export function extractActors(document: Document, layout: Layout, options: ActorOptions): ActorFindings {
  const named = new Set<string>();
  const mentions: ActorMention[] = [];
  const byLine = new Map<Line, ActorMention[]>();
  const byId = new Map<string, Actor>();
  const record = (line: Line, actor: ActorEntry, from: number, to: number): void => {
    named.add(actor.id);
    const start = line.tokens[from]!.start;
    const end = line.tokens[to - 1]!.end;
    const text = document.text.slice(start, end);
    const found = { id: actor.id, line, from, to, text, namesNoOne: actor.namesNoOne };
    mentions.push(found);
    const onLine = byLine.get(line);
    if (onLine) onLine.push(found);
    else byLine.set(line, [found]);
    if (actor.namesNoOne) return;
    const entry = byId.get(actor.id) ?? { id: actor.id, name: actor.name, evidence: [] };
    if (!entry.evidence.includes(text)) entry.evidence.push(text);
    byId.set(actor.id, entry);
  };
  // what the phrase at a word must be to refer: an anaphor once named, a definite alias with the article, an adjective after fighters
  const refers = (phrase: ActorPhrase, tokens: readonly Token[], at: number): boolean => {
    if (phrase.adjective) return followsFighters(tokens, at, options.people);
    if (phrase.anaphoric && !named.has(phrase.actor.id)) return false;
    return !phrase.definite || hasArticle(tokens[at]!.folded);
  };
  for (const line of reportLines(layout)) {
    const { tokens } = line;
    for (let at = 0; at < tokens.length; ) {
      const match = options.phrases.matchAt(tokens, at, refers);
      if (match) {
        record(line, match.value.actor, match.from, match.to);
        at = match.to;
      } else {
        at++;
      }
    }
  }
  return { list: [...byId.values()], mentions, byLine };
}


/** Whether a noun for fighters ends right before token `index`: «مقاتلين | معارضين». */
function followsFighters(tokens: readonly Token[], index: number, people: PhraseMatcher<VictimNoun>): boolean {
  for (let start = index - 1; start >= Math.max(0, index - 2); start--) {
    const noun = people.matchAt(tokens, start);
    if (noun && noun.to === index) return noun.value.party === "context";
  }
  return false;
}
