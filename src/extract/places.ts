import type { Gazetteer, GazetteerPlace } from "../knowledge/gazetteer.ts";
import type { PlaceCues } from "../knowledge/lexicons.ts";
import { hasArticle } from "../text/normalise.ts";
import type { PhraseMatcher } from "../text/phrase-matcher.ts";
import type { Token } from "../text/tokens.ts";
import { slugForName } from "../text/transliterate.ts";
import type { Location } from "../types.ts";
import type { ActorFindings } from "./actors.ts";
import { reportLines, type Layout } from "./layout.ts";
import type { Message } from "../message.ts";
import type { Document, Line } from "./segment.ts";

/** What the place reader looks names up in. */
export interface PlaceOptions {
  gazetteer: Gazetteer;
  /** The gazetteer's names and aliases, as phrases. */
  places: PhraseMatcher<GazetteerPlace[]>;
  cues: PlaceCues;
}

/** A name the report uses as a place, before homonyms are resolved. */
interface PlaceMention {
  candidates: GazetteerPlace[];
  /** For a place the gazetteer lacks: its name as written. */
  unknownName?: string;
  line: Line;
  from: number;
  to: number;
  text: string;
}

const UNKNOWN_MAX_WORDS = 3;

/**
 * Finds the places a report names: gazetteer names and aliases anywhere (those
 * that are also ordinary words only after a cue or inside a list of places), and
 * names the gazetteer lacks when a cue plainly marks them as places («قرية X»).
 * The dateline is left out: where a report was filed is not where events happened.
 */
export function extractPlaces(document: Document, layout: Layout, actors: ActorFindings, options: PlaceOptions, notices: Message[], file: string): Location[] {
  const mentions: PlaceMention[] = [];
  for (const line of reportLines(layout)) {
    const blocked = blockedTokens(line, actors, layout);
    mentions.push(...mentionsInLine(document, line, blocked, options));
  }
  return resolve(mentions, options, notices, file);
}

/** Tokens that belong to an actor's name («جيش سوريا الجديد») or to the inline dateline. */
function blockedTokens(line: Line, actors: ActorFindings, layout: Layout): Set<number> {
  const blocked = new Set<number>();
  for (const mention of actors.byLine.get(line) ?? []) {
    for (let i = mention.from; i < mention.to; i++) blocked.add(i);
  }
  if (layout.inlineBylineEnd !== null) {
    line.tokens.forEach((token, i) => {
      if (token.end <= layout.inlineBylineEnd!) blocked.add(i);
    });
  }
  return blocked;
}

function mentionsInLine(document: Document, line: Line, blocked: Set<number>, options: PlaceOptions): PlaceMention[] {
  const { places, cues: placeCues } = options;
  const tokens = line.tokens;
  const mentions: PlaceMention[] = [];
  // A cue licenses the name right after it, and a list goes on with «و»:
  // «أحياء الصناعة وخسارات والحويقة», «قريتي جازو وكفرة».
  let cueEnd = -1;
  let listEnd = -1;
  let cueStrength: "none" | "weak" | "single" | "list" = "none";
  for (let i = 0; i < tokens.length; ) {
    if (blocked.has(i)) {
      i++;
      continue;
    }
    const token = tokens[i]!;
    // «و» joins list items; a comma may too, but only between names the gazetteer knows
    const gap = i > 0 ? document.text.slice(tokens[i - 1]!.end, token.start) : "";
    const joined = !/[.؛;:!?؟()]/u.test(gap);
    const nextInList = joined && ((i === listEnd && startsWithAnd(token)) || (i - 1 === listEnd && tokens[i - 1]?.folded === "و"));
    const licensed = i === cueEnd || (listEnd > 0 && nextInList);
    const match = places.matchAt(tokens, i);
    const known = match && !isConstructName(tokens, match, placeCues) ? match : undefined;
    // A cue names a place in construct: «مدينة جرابلس», never «المدينة» on its own.
    const cueable =
      !hasArticle(token.folded) &&
      !/[^\s\p{Cf}"'“”«»„‘’]/u.test(document.text.slice(token.end, tokens[i + 1]?.start ?? token.end)) &&
      !tokens[i - 1]?.keys.some((key) => placeCues.quantifiers.has(key));
    const listCue = cueable ? placeCues.strongLists.matchAt(tokens, i) : undefined;
    const singleCue = !cueable || listCue ? undefined : placeCues.strong.matchAt(tokens, i);
    const weakCue = !cueable || listCue || singleCue ? undefined : placeCues.weak.matchAt(tokens, i);
    const cue = listCue ?? singleCue ?? weakCue;
    // «والمطار القديم» is a place, though «مطار» alone is a cue
    if (cue && cue.to < tokens.length && !(known && known.to > cue.to)) {
      cueEnd = listEnd = cue.to;
      cueStrength = listCue ? "list" : singleCue ? "single" : "weak";
      i = cue.to;
      continue;
    }
    if (known && !overlaps(blocked, known.from, known.to)) {
      const candidates = known.value.filter((place) => !place.needsCue || licensed);
      if (candidates.length > 0) {
        mentions.push(mention(document, line, known.from, known.to, candidates));
        // a place named outside a cue's list starts a list of its own, without the cue's licence
        if (!licensed) cueStrength = "none";
        listEnd = known.to;
        i = known.to;
        continue;
      }
    }
    const unknownLicensed = (cueStrength === "single" && i === cueEnd) || (cueStrength === "list" && licensed && !/[،,]/u.test(gap));
    if (unknownLicensed) {
      const unknown = unknownPlaceAt(document, line, i, blocked, options);
      if (unknown) {
        mentions.push(unknown);
        listEnd = unknown.to;
        i = unknown.to;
        continue;
      }
    }
    i++;
  }
  return mentions;
}

/**
 * «تل الطيور» is a name of its own, not «التل»: a word without the article that a
 * definite noun follows is the head of a compound name, while «العاكولة الغربية»
 * is العاكولة with an adjective.
 */
function isConstructName(tokens: readonly Token[], match: { from: number; to: number; value: GazetteerPlace[] }, cues: PlaceCues): boolean {
  if (match.to - match.from !== 1) return false;
  const token = tokens[match.from]!;
  const next = tokens[match.to];
  if (!next || hasArticle(token.folded) || !match.value.every((place) => place.name.startsWith("ال"))) return false;
  if (!/^ال/u.test(next.folded) || next.keys.some((key) => cues.qualifiers.has(key) || cues.stopWords.has(key))) return false;
  return true;
}

function startsWithAnd(token: Token): boolean {
  return token.folded.startsWith("و") && token.keys.length > 1;
}

function overlaps(blocked: Set<number>, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (blocked.has(i)) return true;
  return false;
}

function mention(document: Document, line: Line, from: number, to: number, candidates: GazetteerPlace[]): PlaceMention {
  const start = line.tokens[from]!.start;
  const end = line.tokens[to - 1]!.end;
  return { candidates, line, from, to, text: document.text.slice(start, end) };
}

/**
 * A name after a strong cue that the gazetteer does not know: up to three words,
 * ending at a function word, punctuation, a known place or the next list item.
 */
function unknownPlaceAt(document: Document, line: Line, index: number, blocked: Set<number>, options: PlaceOptions): PlaceMention | undefined {
  const { cues: placeCues, places } = options;
  const tokens = line.tokens;
  let to = index;
  while (to < tokens.length && to - index < UNKNOWN_MAX_WORDS) {
    const token = tokens[to]!;
    if (blocked.has(to) || token.keys.some((key) => placeCues.stopWords.has(key))) break;
    if (!/^\p{Script=Arabic}+$/u.test(token.folded)) break;
    if (to > index) {
      if (token.folded.startsWith("و") || places.matchAt(tokens, to)) break;
      // punctuation between two words ends the name
      if (/[^\s\p{Cf}]/u.test(document.text.slice(tokens[to - 1]!.end, token.start))) break;
    }
    to++;
  }
  if (to === index) return undefined;
  // «مخيم للنازحين»: a preposition with the article opens a phrase, not a name
  if (/^[وف]?(لل|بال|كال)/u.test(tokens[index]!.folded)) return undefined;
  const range = tokens.slice(index, to);
  if (range.some((token) => token.keys.some((key) => placeCues.notNames.has(key)))) return undefined;
  // A leading «و» belongs to the list, not to the name.
  const first = range[0]!;
  const start = index > 0 && startsWithAnd(first) ? first.start + 1 : first.start;
  const text = document.text.slice(start, range[range.length - 1]!.end);
  if (text.length < 3) return undefined;
  return { candidates: [], unknownName: text, line, from: index, to, text };
}

/** Picks one gazetteer place per mention (homonyms by context) and merges mentions per place. */
function resolve(mentions: readonly PlaceMention[], options: PlaceOptions, notices: Message[], file: string): Location[] {
  const { gazetteer } = options;
  // Context: every place named without ambiguity, and what it lies in.
  const context = new Set<string>();
  for (const m of mentions) {
    if (m.candidates.length === 1) for (const place of gazetteer.ancestors(m.candidates[0]!.slug)) context.add(place.slug);
  }
  const bySlug = new Map<string, Location>();
  mentions.forEach((m, index) => {
    let location: Location;
    if (m.unknownName !== undefined) {
      const parent = containerAfter(mentions, index, context, gazetteer.ancestors, options.cues);
      location = { name: m.unknownName, slug: slugForName(m.unknownName), type: "other", parent, lat: null, lon: null, evidence: [] };
      if (!bySlug.has(location.slug)) {
        const columnOf = (offset: number): number => m.line.column + (offset - m.line.start);
        notices.push({
          file,
          start: { line: m.line.lineNumber, column: columnOf(m.line.tokens[m.from]!.start) },
          end: { line: m.line.lineNumber, column: columnOf(m.line.tokens[m.to - 1]!.end) },
          severity: "info",
          reason: `«${m.unknownName}» is named as a place but is not in the gazetteer`,
          ruleId: "place-unknown",
          actual: m.unknownName,
        });
      }
    } else {
      const place = pickCandidate(m.candidates, context, gazetteer.ancestors);
      const parent = place.parent ? gazetteer.bySlug.get(place.parent) ?? null : null;
      location = { name: place.name, slug: place.slug, type: place.type, parent: parent?.name ?? null, lat: place.lat, lon: place.lon, evidence: [] };
    }
    const existing = bySlug.get(location.slug) ?? location;
    if (!existing.evidence.includes(m.text)) existing.evidence.push(m.text);
    bySlug.set(location.slug, existing);
  });
  return [...bySlug.values()];
}

/** How far after a place the text may say what it lies in: «قرية X في ريف حلب الشرقي». */
const CONTAINER_REACH = 4;
const CONTAINERS = new Set(["city", "town", "district", "region"]);

/** The known place named right after an unknown one, when it can contain it. */
function containerAfter(mentions: readonly PlaceMention[], index: number, context: Set<string>, ancestors: (slug: string) => GazetteerPlace[], cues: PlaceCues): string | null {
  const m = mentions[index]!;
  const next = mentions[index + 1];
  if (!next || next.unknownName !== undefined || next.line !== m.line || next.from - m.to > CONTAINER_REACH) return null;
  const { containerLinks } = cues;
  const between = m.line.tokens.slice(m.to, next.from);
  const gap = m.line.text.slice(m.line.tokens[m.to - 1]!.end - m.line.start, m.line.tokens[next.from]!.start - m.line.start);
  // only linking words (clitics off: «بمدينة» is «مدينة»), and no punctuation, between the two
  if (/[،,.؛;:!?؟]/u.test(gap) || !between.every((token) => token.keys.some((key) => containerLinks.has(key)))) return null;
  const place = pickCandidate(next.candidates, context, ancestors);
  return CONTAINERS.has(place.type) ? place.name : null;
}

function pickCandidate(candidates: readonly GazetteerPlace[], context: Set<string>, ancestors: (slug: string) => GazetteerPlace[]): GazetteerPlace {
  let best = candidates[0]!;
  let bestScore = -1;
  for (const candidate of candidates) {
    const score = ancestors(candidate.slug).slice(1).filter((place) => context.has(place.slug)).length;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
