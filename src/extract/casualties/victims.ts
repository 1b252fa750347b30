import type { CasualtyClaim } from "../../types.ts";
import type { Line } from "../segment.ts";
import { mentionAt, plainBetween, type Sentence } from "./sentence.ts";

const QUOTED = /["“«]([^"”»\n]{3,80})["”»]/gu;
const BETWEEN_NAMES = /^[\s\p{Cf}،,]*(?:و)?[\s\p{Cf}]*$/u;
const LIST_ITEM = /^\s*(?:[-–—•*]|\d{1,3}[.)\-])\s*(.{3,80}?)\s*$/u;
const NO_DIGITS = /^[^\d٠-٩]+$/u;
/** How many words after a claim its names may start: «… عرف منهم "…"». */
const MARKER_REACH = 8;

const QUOTE_MARK = /["“”«»]/u;

/** Whether the sentence has a quote mark at all, worked out once: most have none, and then no names. */
export function hasQuotes(sentence: Sentence): boolean {
  sentence.quoted ??= QUOTE_MARK.test(sentence.span.text);
  return sentence.quoted;
}

/** Names in quotes, one after another, from `text`'s start: «“أحمد العلي” و“سامر الخلف”». */
function quotedNames(text: string): { names: string[]; length: number } {
  const names: string[] = [];
  let cursor = 0;
  for (const match of text.matchAll(QUOTED)) {
    if (!BETWEEN_NAMES.test(text.slice(cursor, match.index)) || !NO_DIGITS.test(match[1]!)) break;
    names.push(match[1]!.trim());
    cursor = match.index + match[0].length;
  }
  return { names, length: cursor };
}

/**
 * Victims named in quotes right at token `index`, or after a marker a few words on,
 * the claim's only word for them: «مقتل “أحمد العلي” و“سامر الخلف”», «وقتل في
 * القصف كل من “…” و“…”». The token past the names comes with them.
 */
export function namesAt(sentence: Sentence, index: number): { names: string[]; to: number } | undefined {
  const { tokens, document, span, lexicon } = sentence;
  const token = tokens[index];
  if (!token || index === 0 || !hasQuotes(sentence) || mentionAt(sentence, index)) return undefined;
  let after = index;
  for (let k = index; k < Math.min(tokens.length, index + MARKER_REACH); k++) {
    if (k > index && !plainBetween(document.text, tokens[k - 1]!, tokens[k]!)) break;
    const marker = lexicon.nameMarkers.matchAt(tokens, k);
    if (marker) {
      after = marker.to;
      break;
    }
  }
  const from = tokens[after - 1]!.end;
  const { names, length } = quotedNames(document.text.slice(from, span.end));
  if (names.length === 0) return undefined;
  let to = after;
  while (to < tokens.length && tokens[to]!.start < from + length) to++;
  return { names, to };
}

/** «عرف منهم "…" و"…"», «هم "…" و"…"», a quoted name right after the claim, or a dashed list on the lines below. */
export function namedVictims(sentence: Sentence, after: number, lines: readonly Line[], nextLine: number): string[] {
  const { lexicon } = sentence;
  const { tokens, document, span } = sentence;
  let markerEnd: number | undefined;
  for (let k = after; k < Math.min(tokens.length, after + MARKER_REACH); k++) {
    const marker = lexicon.nameMarkers.mayStartAt(tokens[k]!) ? lexicon.nameMarkers.matchAt(tokens, k) : undefined;
    if (marker) {
      markerEnd = marker.to;
      break;
    }
  }
  if (markerEnd === undefined) {
    // «مقتل الشاب “محمد العلي”»
    return after > 0 && hasQuotes(sentence) ? quotedNames(document.text.slice(tokens[after - 1]!.end, span.end)).names : [];
  }
  const restStart = tokens[markerEnd - 1]!.end;
  const rest = document.text.slice(restStart, span.end);
  const { names } = quotedNames(rest);
  if (names.length > 0 || rest.trim().replace(/[:：]$/, "") !== "") return names;
  for (let index = nextLine; index < lines.length; index++) {
    const item = LIST_ITEM.exec(lines[index]!.text);
    if (!item) break;
    names.push(item[1]!);
  }
  return names;
}

/** Gives names listed later to the last claim of that outcome that has none. */
export function nameEarlierVictims(claims: readonly CasualtyClaim[], outcome: CasualtyClaim["outcome"], names: string[]): void {
  if (names.length === 0) return;
  const claim = [...claims].reverse().find((c) => c.outcome === outcome);
  if (claim && !claim.victims) claim.victims = names;
}
