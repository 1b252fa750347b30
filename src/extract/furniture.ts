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
  const titleForm = layout.titleLine === null ? null : formOf(layout.titleLine);
  let inTail = false;
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    // markers and repeated headlines are short; long paragraphs need no comparing
    const form = formOf(line);
    if (!inTail && layout.body.length > 0 && lexicons.furniture.tailMarkers.has(form)) inTail = true;
    if (inTail || isFurnitureLine(line.text, form, lexicons) || form === titleForm) layout.removed.push(line);
    else layout.body.push(line);
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
    if (isDateStamp(withoutPublicationLabel(line.text, lexicons))) {
      layout.stampLines.push(line);
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
 * A line's words, folded, for comparing with furniture phrases and headlines.
 * Markers and headlines are short, so a long paragraph is never compared.
 */
function formOf(line: Line): string {
  let form = forms.get(line);
  if (form === undefined) {
    form = line.text.length <= FORM_MAX_CHARS ? matchForm(line.text) : LONG_LINE;
    forms.set(line, form);
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

function isHeadlineLike(text: string): boolean {
  const words = text.split(/\s+/).length;
  return words >= 2 && words <= HEADLINE_MAX_WORDS && text.length <= HEADLINE_MAX_CHARS && !/[.!؟?:،,؛]["”»']?$/.test(text);
}

/** Share counters, menus, timestamps: lines that are the page's, wherever they stand. */
function isFurnitureLine(text: string, form: string, lexicons: Lexicons): boolean {
  if (form === "") return true; // digits, emoji or punctuation only: «21», «·»
  const { lineMarkers, linePrefixes } = lexicons.furniture;
  if (lineMarkers.has(form)) return true;
  if (linePrefixes.some((prefix) => form === prefix || form.startsWith(`${prefix} `)) && text.length < 80) return true;
  if (isBreadcrumb(text)) return true;
  // «اقرأ أيضا: …» inside the text is a link to another report; «المصدر: …» is a sign-off.
  const [label] = text.split(/[:：]/, 1);
  if (!text.includes(":") || label === undefined || text.length >= 200) return false;
  const labelForm = matchForm(label);
  return lexicons.furniture.tailMarkers.has(labelForm) || lexicons.furniture.signoffLabels.has(labelForm);
}

/** «الرئيسية » أخبار » سوريا»; a sentence with «quoted» words in it is not one. */
function isBreadcrumb(text: string): boolean {
  if (text.includes("«") || /[.!؟?،,]\s*$/u.test(text)) return false;
  const parts = text.split(/\s*[»>›]\s*/);
  return parts.length >= 3 && parts.every((part) => part.split(/\s+/).length <= 4);
}

/** «تاريخ النشر: 2019/03/12» → «2019/03/12». */
function withoutPublicationLabel(text: string, lexicons: Lexicons): string {
  const [label, ...rest] = text.split(/[:：]|\s(?=[\d٠-٩])/u);
  const form = matchForm(label ?? "");
  return lexicons.furniture.publicationLabels.includes(form) ? rest.join(" ").trim() : text;
}


const SEPARATORS = /\s*(?:\|{1,2}|::|:|–|—|-|\/|،)\s*/u;

/**
 * Reads a dateline or byline («ديرالزور – صوت وصورة», «سمارت-بدر محمد»,
 * «حمزة فراتي – دير الزور»). Each part is a known place, a known outlet, a
 * labelled author («بقلم: …»), or a name. Returns nothing for a line that is not one.
 */
export function parseByline(text: string, inline: boolean, lexicons: Lexicons): Byline | undefined {
  if (text.split(/\s+/).length > BYLINE_MAX_WORDS) return undefined;
  if (!inline && /[.!؟?]$/.test(text)) return undefined;
  const result: Byline = { outlet: null, author: null, dateline: null };
  let rest = text;
  const parenthesised = /\(([^()]{2,40})\)\s*$/u.exec(rest);
  if (parenthesised) {
    rest = rest.slice(0, parenthesised.index);
    result.author = parenthesised[1]!.trim();
  }
  const parts = rest.split(SEPARATORS).map((part) => part.trim()).filter(Boolean);
  let known = parenthesised ? 1 : 0;
  const unknown: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const tokens = tokenize(part);
    if (tokens.length === 0) continue;
    if (lexicons.furniture.bylineFillers.has(matchForm(part))) {
      known++;
      continue;
    }
    const label = lexicons.furniture.bylineLabels.has(matchForm(part));
    if (label) {
      const name = parts[i + 1];
      if (name) {
        result.author ??= name;
        known++;
        i++;
      }
      continue;
    }
    const outlet = wholeMatch(tokens, (at) => lexicons.outlets.matchAt(tokens, at));
    if (outlet !== undefined) {
      result.outlet ??= outlet.value;
      known++;
      continue;
    }
    const place = wholeMatch(tokens, (at) => lexicons.places.matchAt(tokens, at));
    if (place !== undefined) {
      result.dateline ??= place.value[0]?.name ?? part;
      known++;
      continue;
    }
    unknown.push(part);
  }
  // a line that is only an outlet's name is a byline too: «المرصد السوري لحقوق الإنسان»
  const onlyOutlet = parts.length === 1 && result.outlet !== null;
  if (known === 0 || (parts.length + (parenthesised ? 1 : 0) < 2 && !onlyOutlet)) return undefined;
  for (const part of unknown) {
    if (part.split(/\s+/).length > 5) return undefined;
    if (result.author === null && looksLikePersonName(part)) result.author = part;
    else if (result.outlet === null) result.outlet = part;
  }
  return result;
}

/** A match that covers every token of a short part, or nothing. */
function wholeMatch<T>(tokens: readonly Token[], matchAt: (index: number) => { value: T; to: number } | undefined): { value: T } | undefined {
  const match = matchAt(0);
  return match && match.to === tokens.length ? match : undefined;
}

/** Two to four words, none of them with the article or a leading «و»: «محمود الصالح» passes, «صوت وصورة» does not. */
function looksLikePersonName(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  if (!words.every((word) => /^\p{L}+$/u.test(word))) return false;
  const [first] = words;
  return !first!.startsWith("ال") && !words.slice(1).some((word) => word.startsWith("و") && word.length > 3 && !/^(وليد|وائل|وسيم|وفاء|وداد|وعد|وجدي|وحيد|وهيب|وديع)$/.test(word));
}

const INLINE_BYLINE = /^(.{3,90}?)\s*(::|:|\s[-–—]\s)\s*\S/u;

/** A dateline that opens the first paragraph: «محافظة دير الزور- المرصد السوري لحقوق الإنسان:: شهدت …». */
function inlineByline(text: string, lexicons: Lexicons): { byline: Byline; length: number } | undefined {
  const match = INLINE_BYLINE.exec(text);
  if (!match) return undefined;
  const byline = parseByline(match[1]!, true, lexicons);
  return byline && { byline, length: match[1]!.length };
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

const CORRESPONDENT = /مراسل\s*(?:شبكة|موقع|وكالة)?\s*[“"«]([^”"»]{2,40})[”"»]/u;

/** «مراسل “صوت وصورة”»: an outlet that names itself in the text when the page gave no byline. */
function outletNamedInBody(body: readonly Line[], lexicons: Lexicons): string | null {
  for (const line of body) {
    const match = CORRESPONDENT.exec(line.text);
    if (!match) continue;
    const name = match[1]!.trim();
    const tokens = tokenize(name);
    const known = wholeMatch(tokens, (at) => lexicons.outlets.matchAt(tokens, at));
    return known ? known.value : name;
  }
  return null;
}
