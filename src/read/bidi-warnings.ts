import type { Message } from "../message.ts";
import { BIDI_CONTROL, codePoint, describeBidiControl, visibleMark } from "../text/controls.ts";

/** Enough to find them; a file of thousands would bury the rest of the build's messages. */
const MAX_WARNINGS = 20;

/** Line breaks as the segmenter counts them, so that these lines are the lines of every other message. */
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;

/**
 * A warning at each bidi embedding, override or isolate in a report: such a
 * character is invisible and can make a browser show «21» as «12». Pages show
 * it as a visible mark (`displayText`); the record keeps it, as the report has it.
 */
export function bidiControlWarnings(text: string, file: string): Message[] {
  const found = [...text.matchAll(BIDI_CONTROL)];
  if (found.length === 0) return [];
  const starts = [0];
  for (const match of text.matchAll(LINE_BREAK)) starts.push(match.index + match[0].length);
  const pointAt = (offset: number): { line: number; column: number } => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    // An editor does not count a byte-order mark as a column.
    const bom = low === 0 && text.startsWith("\ufeff") ? 1 : 0;
    return { line: low + 1, column: offset - starts[low]! - bom + 1 };
  };
  const warnings: Message[] = found.slice(0, MAX_WARNINGS).map((match) => {
    const start = pointAt(match.index);
    return {
      file,
      start,
      end: { line: start.line, column: start.column + 1 },
      severity: "warning",
      reason: `${describeBidiControl(match[0])}, an invisible character that can make the text read in another order than it is written, is shown on the page as ${visibleMark(match[0])}`,
      ruleId: "bidi-control",
      actual: codePoint(match[0]),
    };
  });
  if (found.length > MAX_WARNINGS) {
    warnings.push({ file, start: pointAt(found[MAX_WARNINGS]!.index), severity: "warning", reason: `${found.length - MAX_WARNINGS} more bidi controls, each shown as a visible mark`, ruleId: "bidi-control" });
  }
  return warnings;
}
