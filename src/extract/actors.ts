import type { ActorPhrase } from "../knowledge/lexicons.ts";
import { hasArticle } from "../text/normalise.ts";
import type { PhraseMatcher } from "../text/phrase-matcher.ts";
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
}

export interface ActorFindings {
  list: Actor[];
  mentions: ActorMention[];
  /** The mentions of each line, in order. */
  byLine: Map<Line, ActorMention[]>;
}

/**
 * Finds the parties the report names, from the actor vocabulary's phrases.
 * An anaphor («التنظيم») counts only once the report has named its actor.
 */
export function extractActors(document: Document, layout: Layout, matcher: PhraseMatcher<ActorPhrase>): ActorFindings {
  const named = new Set<string>();
  const mentions: ActorMention[] = [];
  const byLine = new Map<Line, ActorMention[]>();
  const byId = new Map<string, Actor>();
  for (const line of reportLines(layout)) {
    for (const match of matcher.findAll(line.tokens)) {
      const { actor, anaphoric, definite } = match.value;
      if (anaphoric && !named.has(actor.id)) continue;
      if (definite && !hasArticle(line.tokens[match.from]!.folded)) continue;
      named.add(actor.id);
      const start = line.tokens[match.from]!.start;
      const end = line.tokens[match.to - 1]!.end;
      const text = document.text.slice(start, end);
      const found = { id: actor.id, line, from: match.from, to: match.to, text };
      mentions.push(found);
      const onLine = byLine.get(line);
      if (onLine) onLine.push(found);
      else byLine.set(line, [found]);
      const entry = byId.get(actor.id) ?? { id: actor.id, name: actor.name, evidence: [] };
      if (!entry.evidence.includes(text)) entry.evidence.push(text);
      byId.set(actor.id, entry);
    }
  }
  return { list: [...byId.values()], mentions, byLine };
}
