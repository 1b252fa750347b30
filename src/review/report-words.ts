import type { Knowledge } from "../knowledge/index.ts";
import { splitBody } from "../read/front-matter.ts";
import { PhraseMatcher } from "../text/phrase-matcher.ts";
import { tokenize, type Token } from "../text/tokens.ts";

/**
 * The words of a report, for checking a review against it: whether evidence
 * stands in the file, and how the report spells a place or an actor the review
 * adds, matched the way the extractor matches (folded, clitics off).
 */
export class ReportWords {
  #tokens: Token[] | undefined;
  #places: Map<string, string[]> | undefined;
  #actors: Map<string, string[]> | undefined;

  constructor(
    readonly text: string,
    private readonly knowledge: Knowledge,
  ) {}

  /** Evidence must be an exact substring of the file. */
  contains(words: string): boolean {
    return words !== "" && this.text.includes(words);
  }

  /** How the report writes a gazetteer place, every spelling once, in order. */
  placeSpellings(slug: string): string[] {
    this.#places ??= this.matches((tokens) => this.knowledge.lexicons.places.findAll(tokens).flatMap((match) => match.value.map((place) => ({ id: place.slug, from: match.from, to: match.to }))));
    return this.#places.get(slug) ?? [];
  }

  /** How the report names an actor of the vocabulary (its aliases, not the anaphora that only point back). */
  actorSpellings(id: string): string[] {
    this.#actors ??= this.matches((tokens) =>
      this.knowledge.lexicons.actors
        .findAll(tokens)
        .filter((match) => !match.value.anaphoric)
        .map((match) => ({ id: match.value.actor.id, from: match.from, to: match.to })),
    );
    return this.#actors.get(id) ?? [];
  }

  /** How the report writes a name no data file has. */
  nameSpellings(name: string): string[] {
    const matcher = new PhraseMatcher<string>();
    matcher.add(name, name);
    return [...this.matches((tokens) => matcher.findAll(tokens).map((match) => ({ id: name, from: match.from, to: match.to }))).values()].flat();
  }

  private matches(find: (tokens: Token[]) => { id: string; from: number; to: number }[]): Map<string, string[]> {
    const tokens = this.tokens();
    const spellings = new Map<string, string[]>();
    for (const { id, from, to } of find(tokens)) {
      const written = this.text.slice(tokens[from]!.start, tokens[to - 1]!.end);
      const list = spellings.get(id) ?? [];
      if (!list.includes(written)) list.push(written);
      spellings.set(id, list);
    }
    return spellings;
  }

  /** The report's own text, after any front matter: a place named in `outlet:` is not a place of the report. */
  private tokens(): Token[] {
    if (this.#tokens) return this.#tokens;
    const { body, bodyOffset } = splitBody(this.text);
    this.#tokens = tokenize(body, bodyOffset);
    return this.#tokens;
  }
}
