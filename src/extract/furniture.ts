import { matchForm, type Lexicons } from "../knowledge/lexicons.ts";
import { tokenize, type Token } from "../text/tokens.ts";
import { isDateStamp } from "./date.ts";
import type { Layout } from "./layout.ts";
import type { Document, Line } from "./segment.ts";

/** The parts of a dateline or byline: «أخبار الآن | دير الزور – سوريا (محمود الصالح)». */
export interface Byline {
  outlet: string | null;
  author: string | null;
  dateline: string | null;
}

const HEADLINE_MAX_WORDS = 30;
const FORM_MAX_CHARS = 300;
const LONG_LINE = "\u0000long";
const HEADLINE_MAX_CHARS = 200;
const BYLINE_MAX_WORDS = 14;
/** How many lines before the tail may still be an "about us" blurb. */
const BLURB_REACH = 3;
const BLURB_HEAD_CHARS = 400;

/**
 * Separates the report from the page around it: headline, dateline and byline
 * above; comment threads, "most read" lists, blurbs and share counters around.
 * Nothing is discarded: every line is in the title, the body or `removed`.
 */
export function separateFurniture(document: Document, lexicons: Lexicons): Layout {
  const layout: Layout = {
    title: null,
    titleLine: null,
    outlet: null,
    author: null,
    dateline: null,
    inlineBylineEnd: null,
    stampLines: [],
    body: [],
    removed: [],
  };
  const lines = document.lines;
  let index = readHead(lines, layout, lexicons);
  // a headline with markup in it: its text may be the title, its markup is the page's
  if (layout.titleLine !== null && bodyText(layout.titleLine) !== layout.titleLine.text) layout.removed.push(layout.titleLine);
  const titleForm = layout.titleLine === null ? null : formOf(layout.titleLine);
  let inTail = false;
  let inTeaser = false;
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    // markers and repeated headlines are short; long paragraphs need no comparing
    const form = formOf(line);
    if (!inTail && layout.body.length > 0 && lexicons.furniture.tailMarkers.has(form)) inTail = true;
    // «اقرأ أيضاً» on a line of its own: the headlines under it link elsewhere, then the report goes on
    if (inTeaser && !(isHeadlineLike(line.text) && !/[.!؟?]["”»']?$/u.test(line.text))) inTeaser = false;
    if (!inTail && lexicons.furniture.teaserMarkers.has(form)) inTeaser = true;
    if (isPublicationStamp(line.text, lexicons, true)) layout.stampLines.push(line);
    if (inTail || inTeaser || isFurnitureLine(line.text, form, lexicons) || isLabelLine(line.text) || isDateLine(line.text, lexicons) || form === titleForm) {
      layout.removed.push(line);
    } else {
      layout.body.push(line);
      // a paragraph with the page's markup in it: the record keeps its text, `removed` the markup
      if (bodyText(line) !== line.text) layout.removed.push(line);
    }
  }
  dropTrailingBlurbs(layout, lexicons);
  if (layout.outlet === null) layout.outlet = outletNamedInBody(layout.body, lexicons);
  return layout;
}

/** Reads title, datelines and stamps above the report; returns the index of the first body line. */
function readHead(lines: readonly Line[], layout: Layout, lexicons: Lexicons): number {
  let sawByline = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const form = formOf(line);
    if (isPublicationStamp(line.text, lexicons)) {
      layout.stampLines.push(line);
      layout.removed.push(line);
      continue;
    }
    // «تحديث بتاريخ 14 أيلول 2017», «الساعة 11:40 بتوقيت دمشق»: the page's, and no anchor
    if (isDateLine(line.text, lexicons)) {
      layout.removed.push(line);
      continue;
    }
    // «المصدر: نداء سوريا الكاتب: فراس الأحمد» is a byline, though «المصدر: …» alone is a sign-off
    const fields = labelledFields(line.text, lexicons);
    if (fields) {
      mergeByline(layout, fields);
      sawByline = true;
      layout.removed.push(line);
      continue;
    }
    if (isFurnitureLine(line.text, form, lexicons)) {
      layout.removed.push(line);
      continue;
    }
    if (layout.titleLine !== null && form === formOf(layout.titleLine)) {
      layout.removed.push(line);
      continue;
    }
    const byline = parseByline(line.text, false, lexicons);
    if (byline) {
      mergeByline(layout, byline);
      sawByline = true;
      layout.removed.push(line);
      continue;
    }
    const hasMore = lines.slice(index + 1).some((next) => formOf(next) !== "" && formOf(next) !== form);
    if (layout.title === null && !sawByline && isSectionLabel(line, lines[index + 1], lexicons)) {
      layout.removed.push(line);
      continue;
    }
    if (layout.title === null && !sawByline && hasMore && isHeadlineLike(line.text)) {
      // «عنب بلدي | مقتل ثلاثة مدنيين»: the outlet's name, then the headline
      const prefixed = outletPrefix(line.text, lexicons);
      if (prefixed) layout.outlet ??= prefixed.outlet;
      layout.title = withoutMarkdown(prefixed ? prefixed.rest : line.text);
      layout.titleLine = line;
      continue;
    }
    // The report starts here; its first words may still be a dateline: «محافظة دير الزور- المرصد السوري:: شهدت …».
    const inline = inlineByline(line.text, lexicons);
    if (inline) {
      mergeByline(layout, inline.byline);
      layout.inlineBylineEnd = line.start + inline.length;
    }
    return index;
  }
  return lines.length;
}

const forms = new WeakMap<Line, string>();

/**
 * A line's words, folded, for comparing with furniture phrases and headlines:
 * `matchForm` of its text, from the words the line was already cut into.
 * Markers and headlines are short, so a long paragraph is never compared.
 */
function formOf(line: Line): string {
  let form = forms.get(line);
  if (form === undefined) {
    form = line.text.length <= FORM_MAX_CHARS ? wordsOf(line.tokens) : LONG_LINE;
    forms.set(line, form);
  }
  return form;
}

/** The tokens that are words, not numbers, joined by spaces. */
function wordsOf(tokens: readonly Token[]): string {
  let form = "";
  for (const token of tokens) {
    const first = token.folded.charCodeAt(0);
    if (first >= 0x30 && first <= 0x39) continue;
    form = form === "" ? token.folded : `${form} ${token.folded}`;
  }
  return form;
}

const OUTLET_PREFIX = /^(.{2,40}?)\s*(?:\||–|—|-|:)\s*(\S.*)$/u;

/** A known outlet's name and a separator opening a line, and what follows. */
function outletPrefix(text: string, lexicons: Lexicons): { outlet: string; rest: string } | undefined {
  const match = OUTLET_PREFIX.exec(text);
  if (!match) return undefined;
  const tokens = tokenize(match[1]!);
  const outlet = wholeMatch(tokens, (at) => lexicons.outlets.matchAt(tokens, at));
  return outlet && { outlet: outlet.value, rest: match[2]! };
}

/** A headline as read, without Markdown's marks: «# عنوان», «**عنوان**». */
function withoutMarkdown(text: string): string {
  return text
    .replace(/^#{1,6}\s+/, "")
    .replace(/\s+#+\s*$/, "")
    .replace(/^(\*\*|__)(.+)\1$/, "$2")
    .trim();
}

function mergeByline(layout: Layout, byline: Byline): void {
  layout.outlet ??= byline.outlet;
  layout.author ??= byline.author;
  layout.dateline ??= byline.dateline;
}

function isHeadlineLike(raw: string): boolean {
  const text = raw.includes("<") || raw.includes("&") ? withoutMarkup(raw).trim() : raw;
  const words = text.split(/\s+/).length;
  return words >= 2 && words <= HEADLINE_MAX_WORDS && text.length <= HEADLINE_MAX_CHARS && !/[.!؟?:،,؛]["”»']?$/.test(text);
}

/** Share counters, menus, timestamps: lines that are the page's, wherever they stand. */
function isFurnitureLine(text: string, form: string, lexicons: Lexicons): boolean {
  if (form === "") return true; // digits, emoji or punctuation only: «21», «·»
  const furniture = lexicons.furniture;
  const { lineMarkers, linePrefixes } = furniture;
  if (lineMarkers.has(form)) return true;
  if (linePrefixes.some((prefix) => form === prefix || form.startsWith(`${prefix} `)) && text.length < 80) return true;
  if (isBreadcrumb(text, lexicons)) return true;
  if ((text.includes("<") || text.includes("&")) && !/[^\s\p{P}\p{S}]/u.test(withoutMarkup(text))) return true; // only markup: «<div class="share">», «</p>»
  // «3 تعليقات | 27 مشاركة», «مشاركة: فيسبوك تويتر واتساب», «2 دقيقة», «دقيقة واحدة للقراءة»
  if (text.length < 120 && form.split(" ").every((word) => furniture.pageWords.has(word))) return true;
  if (text.length < 250 && !/[.!؟?]["”»']?$/u.test(text) && furniture.captionOpeners.some((opener) => form === opener || form.startsWith(`${opener} `))) return true;
  if (text.length < 200 && furniture.teaserMarkers.has(form.split(" ").slice(0, 2).join(" "))) return true;
  // «اقرأ أيضا: …» inside the text is a link to another report; «المصدر: …» is a sign-off; «الصورة: …» a caption.
  const [label] = text.split(/[:：]/, 1);
  if (!text.includes(":") || label === undefined || text.length >= 200) return false;
  const labelForm = matchForm(label);
  return furniture.tailMarkers.has(labelForm) || furniture.teaserMarkers.has(labelForm) || furniture.signoffLabels.has(labelForm) || furniture.pageLabels.has(labelForm);
}

/**
 * A short label line of the page, a word or two and a colon and a few words:
 * «القسم: تقارير», «المراسل: حلب». Not a speaker («وقال: …») and not a sentence.
 */
function isLabelLine(text: string): boolean {
  const match = /^([^:：]{2,30})[:：]\s*(\S.*)?$/u.exec(text);
  if (!match || text.length > 50 || /[.!؟?،,]["”»']?$/u.test(text)) return false;
  const label = match[1]!.trim().split(/\s+/);
  const value = (match[2] ?? "").trim().split(/\s+/).filter(Boolean);
  return label.length <= 2 && value.length <= 4 && !/^[وف]/u.test(label[0]!) && label.every((word) => /^\p{L}+$/u.test(word));
}

/**
 * «الرئيسية » أخبار » سوريا», «الرئيسية / أخبار / إدلب»; a sentence with «quoted»
 * words in it is not one, nor a date «12/3/2017».
 */
function isBreadcrumb(text: string, lexicons: Lexicons): boolean {
  if (/[.!؟?،,]\s*$/u.test(text)) return false;
  const short = (parts: string[]): boolean => parts.every((part) => part.split(/\s+/).length <= 4);
  if (!text.includes("«")) {
    const parts = text.split(/\s*[»>›]\s*/);
    if (parts.length >= 3 && short(parts)) return true;
  }
  const parts = text.split(/\s*[/|\\]\s*/);
  return parts.length >= 2 && lexicons.furniture.homeLabels.has(matchForm(parts[0]!)) && short(parts);
}

/**
 * A headline's kicker: a section label of a word or three («الشأن السوري», «أخبار
 * سورية») above a longer headline; not the title.
 */
function isSectionLabel(line: Line, next: Line | undefined, lexicons: Lexicons): boolean {
  if (!next || line.text.split(/\s+/).length > 3 || !isHeadlineLike(next.text) || next.text.split(/\s+/).length < 4) return false;
  if (/[.!؟?:،]/u.test(line.text) || parseByline(next.text, false, lexicons) || isFurnitureLine(next.text, formOf(next), lexicons) || isDateLine(next.text, lexicons)) return false;
  // the next line is the headline only if a byline, a stamp or the report follows it
  return true;
}

const MARKUP = /<\/?[a-zA-Z][^<>]{0,300}>|&(?:nbsp|amp|quot|lt|gt|apos|#\d{1,6}|#x[0-9a-fA-F]{1,5});/gu;

function withoutMarkup(text: string): string {
  return text.replace(MARKUP, " ");
}

/** A paragraph's text without the page's inline HTML: «<p>قتل <b>3</b> مدنيين</p>» → «قتل 3 مدنيين». */
export function bodyText(line: Line): string {
  if (!line.text.includes("<") && !line.text.includes("&")) return line.text;
  return withoutMarkup(line.text).replace(/[ \t]{2,}/g, " ").trim();
}

/**
 * The page's publication stamp: «تاريخ النشر: 2019/03/12», «الثلاثاء 31 تشرين
 * الأول 2017 - 14:20 بتوقيت دمشق». Above the report a bare date is one; inside
 * it only a labelled one is.
 */
function isPublicationStamp(text: string, lexicons: Lexicons, labelled = false): boolean {
  if (text.length > 100) return false;
  const stripped = withoutPublicationLabel(text, lexicons);
  if (labelled && stripped === text) return false;
  return isDateStamp(withoutTimeZone(stripped, lexicons), lexicons.dates);
}

/**
 * An update stamp or a time line: «تحديث بتاريخ 14 أيلول 2017 - 11:40», «آخر
 * تحديث: 2019/07/22», «الساعة 11:40 بتوقيت دمشق». Never the publication date.
 */
function isDateLine(text: string, lexicons: Lexicons): boolean {
  if (text.length > 90) return false;
  const zoneless = withoutTimeZone(text, lexicons);
  if (zoneless !== text && /[\d٠-٩]/u.test(zoneless) && matchForm(zoneless).split(" ").filter(Boolean).length <= 2) return true;
  const form = matchForm(text);
  const label = lexicons.furniture.updateLabels.find((candidate) => form === candidate || form.startsWith(`${candidate} `));
  if (label === undefined) return false;
  const date = stripDateWords(text, label);
  return date === "" || isDateStamp(withoutTimeZone(date, lexicons), lexicons.dates);
}

/** The date after an update label: «تحديث بتاريخ 14 أيلول 2017» → «14 أيلول 2017». */
function stripDateWords(text: string, label: string): string {
  const words = text.trim().split(/\s+/);
  let k = label.split(" ").length;
  while (k < words.length && /^[:：\-–—]?$|^(بتاريخ|في|يوم|:)$/u.test(words[k]!.replace(/[:：]$/u, "")) ) k++;
  return words.slice(k).join(" ").replace(/^[:：\s]+/u, "");
}

/** «… 14:20 بتوقيت دمشق» → «… 14:20». */
function withoutTimeZone(text: string, lexicons: Lexicons): string {
  const tokens = tokenize(text);
  const zone = tokens.findIndex((token) => token.keys.some((key) => lexicons.furniture.timeZoneWords.has(key)));
  if (zone < 0 || tokens.length - zone > 4) return text;
  return text.slice(0, tokens[zone]!.start).replace(/[\s(\-–—]+$/u, "");
}

/** «تاريخ النشر: 2019/03/12» → «2019/03/12». */
function withoutPublicationLabel(text: string, lexicons: Lexicons): string {
  const [label, ...rest] = text.split(/[:：]|\s(?=[\d٠-٩])/u);
  const form = matchForm(label ?? "").replace(/ (بتاريخ|في|يوم)$/u, "");
  return lexicons.furniture.publicationLabels.includes(form) ? rest.join(" ").trim() : text;
}


const SEPARATORS = /\s*(?:\|{1,2}|::|:|–|—|-|\/|،)\s*/u;

/** A byline as read, with how many of its parts were nothing known (a name, an unknown outlet). */
interface BylineReading {
  byline: Byline;
  unknownParts: number;
}

/**
 * Reads a dateline or byline («ديرالزور – صوت وصورة», «سمارت-بدر محمد»,
 * «حمزة فراتي – دير الزور», «عمر الحسن: السورية نت», «المصدر: نداء سوريا الكاتب:
 * فراس الأحمد», «إدلب (عنب بلدي)»). Each part is a known place, a known outlet, a
 * labelled author («بقلم: …»), or a name. Returns nothing for a line that is not one.
 * The outlet is given as the text writes it.
 */
export function parseByline(text: string, inline: boolean, lexicons: Lexicons): Byline | undefined {
  return readByline(text, inline, lexicons)?.byline;
}

function readByline(text: string, inline: boolean, lexicons: Lexicons): BylineReading | undefined {
  if (text.split(/\s+/).length > BYLINE_MAX_WORDS) return undefined;
  if (!inline && /[.!؟?]$/.test(text)) return undefined;
  const fields = labelledFields(text, lexicons);
  if (fields) return { byline: fields, unknownParts: 0 };
  const result: Byline = { outlet: null, author: null, dateline: null };
  let rest = text;
  let known = 0;
  let parenthesisedParts = 0;
  // «(عنب بلدي)», «(خاص)», «(الرقة)»; a link's «(https://…)» is no part of a byline
  const parenthesised = /\(([^()/:]{2,40})\)\s*$/u.exec(rest);
  const unknown: string[] = [];
  if (parenthesised) {
    rest = rest.slice(0, parenthesised.index);
    parenthesisedParts = 1;
    const inside = parenthesised[1]!.trim();
    const kind = partKind(inside, lexicons);
    if (kind.kind === "outlet") result.outlet = kind.text;
    else if (kind.kind === "place") result.dateline = kind.name;
    else if (kind.kind === "unknown" && !looksLikePersonName(inside, lexicons)) result.outlet = cleanPart(inside);
    else if (kind.kind === "unknown") result.author = inside;
    known++;
  }
  const parts = rest.split(SEPARATORS).map((part) => part.trim()).filter(Boolean);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (tokenize(part).length === 0) continue;
    if (lexicons.furniture.bylineLabels.has(matchForm(part))) {
      const name = parts[i + 1];
      if (name) {
        result.author ??= name;
        known++;
        i++;
      }
      continue;
    }
    const kind = partKind(part, lexicons);
    if (kind.kind === "filler") known++;
    else if (kind.kind === "outlet") {
      result.outlet ??= kind.text;
      known++;
    } else if (kind.kind === "place") {
      result.dateline ??= kind.name;
      known++;
    } else if (kind.kind === "cue" && parenthesised && result.dateline !== null) {
      // «مدينة (الرقة) -»: a cue before the dateline place
      known++;
    } else unknown.push(part);
  }
  const total = parts.length + parenthesisedParts;
  // a line that is only an outlet's name is a byline too: «المرصد السوري لحقوق الإنسان»
  const onlyOutlet = total === 1 && result.outlet !== null;
  const cueDateline = parenthesised !== null && result.dateline !== null && unknown.length === 0;
  // «عمر الحسن: السورية نت»: a person's name, a colon and a short name, nothing else known
  const nameAndOutlet = inline || known > 0 ? null : /^([^:،,]{3,30})[:：]\s*([^:،,]{2,30})$/u.exec(text);
  if (nameAndOutlet) {
    const person = nameAndOutlet[1]!.trim();
    const outlet = nameAndOutlet[2]!.trim();
    if (person.split(/\s+/).length > 3 || !looksLikePersonName(person, lexicons) || outlet.split(/\s+/).length > 3 || /^[وف]/u.test(outlet)) return undefined;
    return { byline: { outlet: cleanPart(outlet), author: person, dateline: null }, unknownParts: 2 };
  }
  if (known === 0 || (total < 2 && !onlyOutlet && !cueDateline)) return undefined;
  for (const part of unknown) {
    if (part.split(/\s+/).length > 5 || !/\p{Script=Arabic}/u.test(part) || /[<>\[\]{}]|https?:|www\./iu.test(part)) return undefined;
    if (result.author === null && looksLikePersonName(part, lexicons)) result.author = part;
    else if (result.outlet === null) result.outlet = cleanPart(part);
  }
  return { byline: result, unknownParts: unknown.length };
}

type PartKind = { kind: "filler" } | { kind: "outlet"; text: string } | { kind: "place"; name: string } | { kind: "cue" } | { kind: "unknown" };

/** What a part of a byline is: «خاص», an outlet, a place («مدينة حلب» too), a bare place cue, or unknown. */
function partKind(part: string, lexicons: Lexicons): PartKind {
  const form = matchForm(part);
  if (lexicons.furniture.bylineFillers.has(form)) return { kind: "filler" };
  const tokens = tokenize(part);
  if (tokens.length === 0) return { kind: "unknown" };
  const outlet = wholeMatch(tokens, (at) => lexicons.outlets.matchAt(tokens, at));
  if (outlet !== undefined) return { kind: "outlet", text: outlet.value };
  const place = wholeMatch(tokens, (at) => lexicons.places.matchAt(tokens, at));
  if (place !== undefined) return { kind: "place", name: place.value[0]?.name ?? part };
  const cue = lexicons.placeCues.strong.matchAt(tokens, 0) ?? lexicons.placeCues.weak.matchAt(tokens, 0);
  if (cue && cue.to === tokens.length) return { kind: "cue" };
  // «مدينة حلب»: a cue, then the place
  if (cue) {
    const rest = tokens.slice(cue.to);
    const after = wholeMatch(rest, (at) => lexicons.places.matchAt(rest, at));
    if (after !== undefined) return { kind: "place", name: after.value[0]?.name ?? part };
  }
  return { kind: "unknown" };
}

/** An outlet's name as the text writes it, without quote marks: «“عين الفرات”» → «عين الفرات». */
function cleanPart(part: string): string {
  return part.replace(/["“”«»'‘’*_#]/gu, "").replace(/\s+/g, " ").trim();
}

/**
 * A byline of labelled fields: «المصدر: نداء سوريا الكاتب: فراس الأحمد»,
 * «الكاتب: فراس الأحمد | المصدر: نداء سوريا». Only when it opens with a label.
 */
function labelledFields(text: string, lexicons: Lexicons): Byline | undefined {
  const { bylineFields } = lexicons.furniture;
  const segments = text.split(/\s*[:：]\s*/u);
  if (segments.length < 2) return undefined;
  let field = bylineFields.get(matchForm(segments[0]!));
  if (field === undefined) return undefined;
  const result: Byline = { outlet: null, author: null, dateline: null };
  let found = 0;
  for (let k = 1; k < segments.length; k++) {
    const words = segments[k]!.split(/\s+/).filter(Boolean);
    let next: "outlet" | "author" | undefined;
    // the last word or two of a segment may be the next field's label
    if (k < segments.length - 1) {
      for (const size of [2, 1]) {
        const label = bylineFields.get(matchForm(words.slice(-size).join(" ")));
        if (label !== undefined && words.length > size) {
          next = label;
          words.splice(-size);
          break;
        }
      }
      if (next === undefined) return undefined;
    }
    const value = cleanPart(words.join(" ").replace(/[|–—-]+$/u, ""));
    if (value) {
      if (field === "outlet") result.outlet ??= value;
      else result.author ??= value;
      found++;
    }
    if (next !== undefined) field = next;
  }
  return found > 0 ? result : undefined;
}

/** A match that covers every token of a short part, or nothing. */
function wholeMatch<T>(tokens: readonly Token[], matchAt: (index: number) => { value: T; to: number } | undefined): { value: T } | undefined {
  const match = matchAt(0);
  return match && match.to === tokens.length ? match : undefined;
}

/** Two to four words, none of them with the article or a leading «و»: «محمود الصالح» passes, «صوت وصورة» does not. */
function looksLikePersonName(text: string, lexicons: Lexicons): boolean {
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  if (!words.every((word) => /^\p{L}+$/u.test(word))) return false;
  const [first] = words;
  const { namesWithWaw } = lexicons.furniture;
  return !first!.startsWith("ال") && !words.slice(1).some((word) => word.startsWith("و") && word.length > 3 && !namesWithWaw.has(matchForm(word)));
}

/** Where a dateline opening a paragraph may end: «::», «:», a dash between spaces. */
const INLINE_SEPARATOR = /\s*(?:::|:|\s[-–—]\s|[-–—](?=\s))\s*/gu;
const INLINE_MAX_CHARS = 90;

/**
 * A dateline that opens the first paragraph: «محافظة دير الزور- المرصد السوري لحقوق
 * الإنسان:: شهدت …», «حلب - خاص: قتل …», «إدلب (عنب بلدي) - قتل …». The first
 * separator that ends a byline, or a later one when the parts it adds are known.
 */
function inlineByline(text: string, lexicons: Lexicons): { byline: Byline; length: number } | undefined {
  let best: { byline: Byline; length: number; unknownParts: number } | undefined;
  for (const separator of text.slice(0, INLINE_MAX_CHARS + 4).matchAll(INLINE_SEPARATOR)) {
    const length = separator.index;
    if (length < 3 || length > INLINE_MAX_CHARS || !/\S/u.test(text.slice(separator.index + separator[0].length, separator.index + separator[0].length + 1))) continue;
    const reading = readByline(text.slice(0, length), true, lexicons);
    if (!reading) {
      if (best) break;
      continue;
    }
    if (best && reading.unknownParts > best.unknownParts) break;
    best = { ...reading, length };
  }
  return best && { byline: best.byline, length: best.length };
}

function dropTrailingBlurbs(layout: Layout, lexicons: Lexicons): void {
  const { blurbPhrases } = lexicons.furniture;
  for (let reach = 0; reach < BLURB_REACH && layout.body.length > 1; reach++) {
    const last = layout.body[layout.body.length - 1]!;
    // a blurb says what it is in its first words
    const form = matchForm(last.text.slice(0, BLURB_HEAD_CHARS));
    if (!blurbPhrases.some((phrase) => form.includes(phrase))) break;
    layout.removed.push(layout.body.pop()!);
  }
  layout.removed.sort((a, b) => a.start - b.start);
}

/** «مراسل “صوت وصورة”», «مراسل شبكة “عين الفرات”»: an outlet that names itself in the text when the page gave no byline. */
function outletNamedInBody(body: readonly Line[], lexicons: Lexicons): string | null {
  const { correspondentWords, outletNouns } = lexicons.furniture;
  for (const line of body) {
    const tokens = line.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (!correspondentWords.has(tokens[i]!.folded)) continue;
      let k = i + 1;
      if (tokens[k] && outletNouns.has(tokens[k]!.folded)) k++;
      const next = tokens[k];
      if (!next) continue;
      const before = line.text.slice(tokens[k - 1]!.end - line.start, next.start - line.start);
      const open = /[“"«]\s*$/u.exec(before);
      if (!open) continue;
      const close = /[”"»]/u.exec(line.text.slice(next.start - line.start));
      if (!close) continue;
      const name = line.text.slice(next.start - line.start, next.start - line.start + close.index).trim();
      if (name.length < 2 || name.length > 40) continue;
      const nameTokens = tokenize(name);
      const known = wholeMatch(nameTokens, (at) => lexicons.outlets.matchAt(nameTokens, at));
      return known ? known.value : cleanPart(name);
    }
  }
  return null;
}
