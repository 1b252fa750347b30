import type { CasualtyClaim } from "../../types.ts";
import type { Line } from "../segment.ts";
import type { Sentence } from "./sentence.ts";

const QUOTED = /["“«]([^"”»\n]{3,80})["”»]/gu;
const BETWEEN_NAMES = /^[\s،,]*(?:و)?[\s]*$/u;
const LIST_ITEM = /^\s*(?:[-–—•*]|\d{1,3}[.)\-])\s*(.{3,80}?)\s*$/u;

/** «عرف منهم "…" و"…"», «هم "…" و"…"», or a dashed list on the lines below. */
export function namedVictims(sentence: Sentence, after: number, lines: readonly Line[], nextLine: number): string[] {
  const { lexicon } = sentence;
  const { tokens, document, span } = sentence;
  let markerEnd: number | undefined;
  for (let k = after; k < Math.min(tokens.length, after + 8); k++) {
    const marker = lexicon.nameMarkers.matchAt(tokens, k);
    if (marker) {
      markerEnd = marker.to;
      break;
    }
  }
  if (markerEnd === undefined) return [];
  const restStart = tokens[markerEnd - 1]!.end;
  const rest = document.text.slice(restStart, span.end);
  const names: string[] = [];
  let cursor = 0;
  for (const match of rest.matchAll(QUOTED)) {
    if (!BETWEEN_NAMES.test(rest.slice(cursor, match.index))) break;
    names.push(match[1]!.trim());
    cursor = match.index + match[0].length;
  }
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
