/**
 * Characters a report may hold that must never reach a reader as they are.
 *
 * Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are
 * invisible and change the order in which a browser shows what follows them:
 * «قتل» RLO «21» PDF «مدنياً» is recorded as 21 and shown as «12». The record keeps
 * them (evidence is an exact substring of the report); every page shows them as
 * a visible mark instead, and the build warns where each stands.
 *
 * Characters XML 1.0 does not allow (C0 controls but tab and line ends, the
 * noncharacters U+FFFE and U+FFFF, lone surrogates) make a feed unparseable, and
 * HTML calls them, and C1 controls, parse errors: they become U+FFFD in every
 * page and feed.
 */
export const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/g;

const BIDI_NAMES: Readonly<Record<string, string>> = {
  "\u202a": "LEFT-TO-RIGHT EMBEDDING",
  "\u202b": "RIGHT-TO-LEFT EMBEDDING",
  "\u202c": "POP DIRECTIONAL FORMATTING",
  "\u202d": "LEFT-TO-RIGHT OVERRIDE",
  "\u202e": "RIGHT-TO-LEFT OVERRIDE",
  "\u2066": "LEFT-TO-RIGHT ISOLATE",
  "\u2067": "RIGHT-TO-LEFT ISOLATE",
  "\u2068": "FIRST STRONG ISOLATE",
  "\u2069": "POP DIRECTIONAL ISOLATE",
};

const NOT_IN_MARKUP = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `U+202E`: how a control is named in messages and shown on pages. */
export function codePoint(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** `U+202E (RIGHT-TO-LEFT OVERRIDE)`. */
export function describeBidiControl(character: string): string {
  return `${codePoint(character)} (${BIDI_NAMES[character] ?? "bidi control"})`;
}

/** The visible mark a bidi control is shown as: its code point, in brackets. */
export function visibleMark(character: string): string {
  return `[${codePoint(character)}]`;
}

/** Text as a page or a feed may show it: bidi controls as visible marks, characters markup may not carry as U+FFFD. */
export function displayText(text: string): string {
  if (!/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ud800-\udfff\ufffe\uffff\u202a-\u202e\u2066-\u2069]/.test(text)) return text;
  return text.replace(BIDI_CONTROL, visibleMark).replace(NOT_IN_MARKUP, "\ufffd");
}

/** Only what XML and HTML cannot carry replaced (U+FFFD); bidi controls kept, for data that must stay exact. */
export function markupSafe(text: string): string {
  return text.replace(NOT_IN_MARKUP, "\ufffd");
}

/** A copy of a value with `displayText` applied to every string in it, keys aside. */
export function displayStrings<T>(value: T): T {
  return mapStrings(value, displayText) as T;
}

function mapStrings(value: unknown, change: (text: string) => string): unknown {
  if (typeof value === "string") return change(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, change));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, change)]));
  }
  return value;
}
