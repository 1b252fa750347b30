import type { Gazetteer, GazetteerPlace } from "../knowledge/gazetteer.ts";
import { withoutFinalHamza, type PlaceCues } from "../knowledge/lexicons.ts";
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
  /** Outlets' names: a place inside one («دير الزور 24», «الرقة تذبح بصمت») is not an event place. */
  outlets: PhraseMatcher<string>;
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
    const blocked = blockedTokens(document, line, actors, layout, options);
    mentions.push(...mentionsInLine(document, line, blocked, options));
  }
  return resolve(mentions, options, notices, file);
}

/**
 * Tokens no place is read in: an actor's name («جيش سوريا الجديد»), the inline
 * dateline, an outlet's or organisation's name («مركز حلب الإعلامي», «الرقة تذبح
 * بصمت»), and a time zone («بتوقيت دمشق»).
 */
function blockedTokens(document: Document, line: Line, actors: ActorFindings, layout: Layout, options: PlaceOptions): Set<number> {
  const blocked = new Set<number>();
  const block = (from: number, to: number): void => {
    for (let i = from; i < to; i++) blocked.add(i);
  };
  for (const mention of actors.byLine.get(line) ?? []) block(mention.from, mention.to);
  if (layout.inlineBylineEnd !== null) {
    line.tokens.forEach((token, i) => {
      if (token.end <= layout.inlineBylineEnd!) blocked.add(i);
    });
  }
  const { tokens } = line;
  const { cues, places, outlets } = options;
  // a one-word outlet («الجزيرة») is also a word, or a region
  for (const outlet of outlets.findAll(tokens)) if (outlet.to - outlet.from > 1) block(outlet.from, outlet.to);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (hasKey(token, cues.placeBlockers)) {
      const place = places.matchAt(tokens, i + 1);
      if (place) block(place.from, place.to);
      continue;
    }
    if (!hasKey(token, cues.organisationHeads)) continue;
    // «مركز حلب الإعلامي»: head, place, and an adjective that is no place and no direction
    const place = places.matchAt(tokens, i + 1);
    const adjective = place ? tokens[place.to] : undefined;
    if (place && adjective && hasArticle(adjective.folded) && onlySpaceBetween(document, tokens[place.to - 1]!, adjective) && !hasKey(adjective, cues.stopWords) && !hasKey(adjective, cues.directions) && !places.matchAt(tokens, place.to)) {
      block(i, place.to + 1);
    }
  }
  // the page's markup: «<img alt="حلب">» names no place
  for (const tag of line.text.includes("<") ? line.text.matchAll(/<[^<>]{1,300}>/gu) : []) {
    const from = line.start + tag.index;
    const to = from + tag[0].length;
    tokens.forEach((token, i) => {
      if (token.start >= from && token.end <= to) blocked.add(i);
    });
  }
  for (const quoted of quotedSpans(line.text)) {
    const inside = tokens.map((token, i) => ({ token, i })).filter(({ token }) => token.start >= line.start + quoted.start && token.end <= line.start + quoted.end);
    if (inside.length > 0 && hasKey(inside[0]!.token, cues.organisationHeads)) for (const { i } of inside) blocked.add(i);
  }
  return blocked;
}

/** Stretches of a line between paired quote marks: «…», “…”, "…". */
function quotedSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const match of text.matchAll(/«([^«»]{1,120})»|“([^“”]{1,120})”|"([^"]{1,120})"/gu)) {
    spans.push({ start: match.index + 1, end: match.index + match[0].length - 1 });
  }
  return spans;
}

function hasKey(token: Token | undefined, set: ReadonlySet<string>): boolean {
  return token !== undefined && token.keys.some((key) => set.has(key));
}

function onlySpaceBetween(document: Document, left: Token, right: Token): boolean {
  return !/[^\s\p{Cf}]/u.test(document.text.slice(left.end, right.start));
}

/**
 * A noun of place with a pronoun on it refers back to a place already named:
 * «ريفها», «وريفهما», «أحيائها», «مطارها».
 */
function isPronounPlaceNoun(token: Token, cues: PlaceCues): boolean {
  for (const key of token.keys) {
    for (const suffix of cues.pronounSuffixes) {
      if (key.length > suffix.length + 1 && key.endsWith(suffix) && cues.placeNouns.has(withoutFinalHamza(key.slice(0, -suffix.length)))) return true;
    }
  }
  return false;
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
    const andAfterList = (i === listEnd && startsWithAnd(token)) || (i - 1 === listEnd && tokens[i - 1]?.folded === "و");
    // the words between are read only where a list or a cue may go on
    const gap = (andAfterList || i === cueEnd) && i > 0 ? document.text.slice(tokens[i - 1]!.end, token.start) : "";
    const nextInList = andAfterList && !/[.؛;:!?؟()]/u.test(gap);
    const licensed = i === cueEnd || (listEnd > 0 && nextInList);
    const match = places.matchAt(tokens, i);
    const known = match && !isConstructName(document, tokens, match, placeCues) && !afterNameHead(document, tokens, i, blocked, placeCues) && !cutShort(document, tokens, match, placeCues) ? match : undefined;
    // A cue names a place in construct: «مدينة جرابلس», never «المدينة» on its own.
    const cueable =
      (placeCues.strongLists.mayStartAt(token) || placeCues.strong.mayStartAt(token) || placeCues.weak.mayStartAt(token)) &&
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
      // «رقة» or «فرقه» for الرقة: without its article a name is a word like any other
      const candidates = known.value.filter((place) => (!place.needsCue && !known.articleMissing) || licensed);
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
 * «تل الطيور» and «تل ملح» are names of their own, not «التل»: a word without the
 * article that heads a compound name («تل», «كفر»), or that a definite noun
 * follows, is the start of another name, while «العاكولة الغربية» is العاكولة
 * with an adjective.
 */
function isConstructName(document: Document, tokens: readonly Token[], match: { from: number; to: number; value: GazetteerPlace[] }, cues: PlaceCues): boolean {
  if (match.to - match.from !== 1) return false;
  const token = tokens[match.from]!;
  const next = tokens[match.to];
  if (!next || hasArticle(token.folded) || !match.value.every((place) => place.name.startsWith("ال"))) return false;
  if (!onlySpaceBetween(document, token, next) || !isNameWord(next) || hasKey(next, cues.stopWords) || hasKey(next, cues.qualifiers)) return false;
  return /^ال/u.test(next.folded) || isNameHead(token, cues);
}

/** A known name right after a name head is part of another name: «كفر حلب», «تل حلب». */
function afterNameHead(document: Document, tokens: readonly Token[], index: number, blocked: Set<number>, cues: PlaceCues): boolean {
  const head = tokens[index - 1];
  if (!head || blocked.has(index - 1) || !isNameHead(head, cues)) return false;
  return !head.folded.startsWith("و") && onlySpaceBetween(document, head, tokens[index]!);
}

/**
 * «ريف حلب الشمالي» followed by «الغربي» is not the northern countryside: the
 * direction is two words and the name the gazetteer knows stops halfway.
 */
function cutShort(document: Document, tokens: readonly Token[], match: { from: number; to: number }, cues: PlaceCues): boolean {
  const last = tokens[match.to - 1]!;
  const next = tokens[match.to];
  return next !== undefined && hasKey(last, cues.directions) && hasKey(next, cues.directions) && onlySpaceBetween(document, last, next);
}

/** «تل», «كفر», «الشيخ»: a word that heads a compound name; with the article only those the data writes so. */
function isNameHead(token: Token, cues: PlaceCues): boolean {
  return hasKey(token, hasArticle(token.folded) ? cues.definiteNameHeads : cues.nameHeads);
}

function isNameWord(token: Token): boolean {
  return /^\p{Script=Arabic}+$/u.test(token.folded);
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
 * A name after a strong cue that the gazetteer does not know, read word by word:
 * a name head takes the next word whatever it is («كفر حلب», «تل ملح»); a word
 * without the article and a definite one are a construct («أم الخرز», «رسم العبد»);
 * «الكبير», «فوقاني» belong to the name; two words without the article may be one
 * name («تير معلة»). It ends at punctuation, a function word, a known place, the
 * next list item, a word opening a phrase («بالقنابل», «حركة», «شمالاً»), an
 * adjective after a definite name («الهبيط الحدودية»), or a verb («تعرضت»).
 */
function unknownPlaceAt(document: Document, line: Line, index: number, blocked: Set<number>, options: PlaceOptions): PlaceMention | undefined {
  const { cues: placeCues, places } = options;
  const tokens = line.tokens;
  const first = tokens[index]!;
  if (blocked.has(index) || !isNameWord(first) || hasKey(first, placeCues.stopWords)) return undefined;
  // «مخيم للنازحين»: a preposition with the article opens a phrase, not a name
  if (/^[وف]?(لل|بال|كال)/u.test(first.folded)) return undefined;
  if (isPronounPlaceNoun(first, placeCues)) return undefined;
  let to = index + 1;
  while (to < tokens.length && to - index < UNKNOWN_MAX_WORDS) {
    const previous = tokens[to - 1]!;
    const token = tokens[to]!;
    if (blocked.has(to) || !isNameWord(token) || !onlySpaceBetween(document, previous, token)) break;
    if (hasKey(token, placeCues.stopWords) || startsWithAnd(token)) break;
    if (isNameHead(previous, placeCues) && !hasKey(previous, placeCues.stopWords)) {
      to++;
      continue;
    }
    if (hasKey(token, placeCues.nameQualifiers)) {
      to++;
      break;
    }
    if (places.matchAt(tokens, to) || /^[وف]?(لل|بال|كال|فال)/u.test(token.folded) || hasKey(token, placeCues.qualifiers)) break;
    const previousDefinite = hasArticle(previous.folded);
    if (hasArticle(token.folded)) {
      // an adjective after a name: «العاكولة الغربية», «كفرنبودة الاستراتيجية»
      if (previousDefinite || /يه$/u.test(token.folded)) break;
      to++;
      // a definite word closes a construct: «أم الخرز» then anything but «الكبرى» ends it
      const after = tokens[to];
      if (after && hasKey(after, placeCues.nameQualifiers) && onlySpaceBetween(document, token, after) && to - index < UNKNOWN_MAX_WORDS) to++;
      break;
    }
    // «الهبيط حركة»: a definite name takes no word without the article after it
    if (previousDefinite || looksLikeVerb(token)) break;
    to++;
  }
  const range = tokens.slice(index, to);
  // «حي سكني», «مخيم حدودي»; but «الكبير» in «الخوين الكبير» is the name's own
  if (range.some((token, k) => (k === 0 || !hasKey(token, placeCues.nameQualifiers)) && hasKey(token, placeCues.notNames))) return undefined;
  // a name head alone names nothing: «قرية تل» is cut off
  if (range.length === 1 && isNameHead(first, placeCues) && !hasArticle(first.folded)) return undefined;
  // A leading «و» belongs to the list, and a quote mark after it to the quoting.
  const last = range[range.length - 1]!;
  let start = first.start;
  if (index > 0 && startsWithAnd(first)) {
    start = first.start + 1;
    while (start < last.end && !/\p{L}/u.test(document.text[start]!)) start++;
  }
  const text = document.text.slice(start, last.end);
  if (text.length < 3) return undefined;
  return { candidates: [], unknownName: text, line, from: index, to, text };
}

/** «تعرضت», «شهدت», «تتعرض», «يعيش»: a verb after a name, not its second word. */
function looksLikeVerb(token: Token): boolean {
  const word = token.folded;
  return word.length >= 4 && (/^[يت]/u.test(word) || /ت$/u.test(word));
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
