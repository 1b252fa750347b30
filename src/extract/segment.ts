import { tokenize, type Token } from "../text/tokens.ts";

/** A stretch of the report: `text` is exactly `document.text.slice(start, end)`. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** One line of the report as scraped: the unit of layout (headline, dateline, paragraph, furniture). */
export interface Line extends Span {
  /** 1-based line number in the file. */
  lineNumber: number;
  /** 1-based column of `start` on that line. */
  column: number;
  tokens: Token[];
  sentences: Span[];
}

export interface Document {
  /** The whole file's text, front matter included. */
  text: string;
  lines: Line[];
}

/**
 * Splits a report into lines and sentences. Scraped text keeps one paragraph per
 * line even where Markdown would join them, so a line, not a Markdown block, is
 * the unit: every line that is not blank, trimmed, with its offsets into the file.
 *
 * This once took remark-parse's top-level blocks and cut them at their line
 * breaks, which gives the same lines (every line that is not blank belongs to
 * some block, and a block holds whole lines) at the cost of the whole Markdown
 * tree: nested ten thousand deep, that took minutes. Reading lines is linear in
 * the file's size whatever its structure, and no line is lost.
 */
export function segment(text: string, bodyOffset: number): Document {
  const lines: Line[] = [];
  const lineStarts = lineStartOffsets(text);
  for (const raw of splitLines(text, bodyOffset, text.length)) {
    const trimmed = trimSpan(text, raw.start, raw.end);
    if (!trimmed) continue;
    const lineNumber = lineNumberAt(lineStarts, trimmed.start);
    lines.push({
      ...trimmed,
      lineNumber,
      column: trimmed.start - (lineStarts[lineNumber - 1] ?? 0) + 1,
      tokens: tokenize(trimmed.text, trimmed.start),
      sentences: splitSentences(text, trimmed),
    });
  }
  return { text, lines };
}

/** Any line break: LF, CRLF, a lone CR (old Mac exports), and the Unicode line and paragraph separators. */
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;

function splitLines(text: string, start: number, end: number): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  let from = start;
  for (const match of text.slice(start, end).matchAll(LINE_BREAK)) {
    lines.push({ start: from, end: start + match.index });
    from = start + match.index + match[0].length;
  }
  lines.push({ start: from, end });
  return lines;
}

/** The span without surrounding white space (including \r and invisible marks), or nothing if blank. */
export function trimSpan(text: string, start: number, end: number): Span | undefined {
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return start < end ? { text: text.slice(start, end), start, end } : undefined;
}

function isBlank(code: number): boolean {
  return (
    code <= 0x20 || code === 0xa0 || code === 0xfeff || (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code === 0x061c
  );
}

const SENTENCE_END = /[.!?؟…]+["'”»)]*(?=\s|$)/gu;

/** Sentences of a line: cut after . ! ? ؟ … when a space or the end follows. */
export function splitSentences(text: string, line: Span): Span[] {
  const sentences: Span[] = [];
  let from = line.start;
  for (const match of line.text.matchAll(SENTENCE_END)) {
    const to = line.start + match.index + match[0].length;
    const span = trimSpan(text, from, to);
    if (span) sentences.push(span);
    from = to;
  }
  const rest = trimSpan(text, from, line.end);
  if (rest) sentences.push(rest);
  return sentences;
}

function lineStartOffsets(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(LINE_BREAK)) starts.push(match.index + match[0].length);
  return starts;
}

function lineNumberAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}
