import type { Knowledge } from "../knowledge/index.ts";
import type { Message, Severity } from "../message.ts";
import type { ReportRecord } from "../types.ts";
import type { ReviewSource } from "./read-review.ts";
import type { FieldKey } from "./review-fields.ts";
import { ReportWords } from "./report-words.ts";
import type { YamlPath } from "./yaml-places.ts";

/** What a review is checked against. */
export interface ReviewContext {
  knowledge: Knowledge;
  /** The machine's reading of the report (front matter included). */
  record: ReportRecord;
  /** The report file's whole text and the SHA-256 of its bytes. */
  text: string;
  sha256: string;
  /** The report file, as messages name it. */
  reportFile: string;
}

/** Enough to fix a file in one sitting; more would bury the rest of the build's messages. */
const MAX_MESSAGES = 50;

interface Detail {
  actual?: unknown;
  expected?: string;
  /** Place the message at the key rather than at the value. */
  atKey?: boolean;
}

/**
 * One review file being checked: collects its messages, each placed at the
 * line and column of the key or value it is about, and knows whether the report
 * changed since the review was written (then evidence that is gone is stale, not
 * wrong).
 */
export class ReviewChecker {
  readonly messages: Message[] = [];
  readonly words: ReportWords;
  /** Fields left to the machine because the report no longer holds their evidence. */
  readonly staleFields = new Set<FieldKey>();
  /** The report was edited after the review was written. */
  stale = false;
  private dropped = 0;

  constructor(
    readonly source: ReviewSource,
    readonly context: ReviewContext,
  ) {
    this.words = new ReportWords(context.text, context.knowledge);
  }

  get file(): string {
    return this.source.file;
  }

  get failed(): boolean {
    return this.dropped > 0 || this.messages.some((message) => message.severity === "error");
  }

  error(path: YamlPath, reason: string, ruleId: string, detail: Detail = {}): void {
    this.add("error", path, reason, ruleId, detail);
  }

  warning(path: YamlPath, reason: string, ruleId: string, detail: Detail = {}): void {
    this.add("warning", path, reason, ruleId, detail);
  }

  info(path: YamlPath, reason: string, ruleId: string, detail: Detail = {}): void {
    this.add("info", path, reason, ruleId, detail);
  }

  /**
   * Evidence that is not in the report. An error, unless the report changed since
   * the review was written: then the review is stale, a warning, and the field
   * keeps the machine's reading until the review is brought up to date.
   */
  missingEvidence(field: FieldKey, path: YamlPath, words: string, reason: string): void {
    if (this.stale) {
      this.staleFields.add(field);
      this.warning(path, `${reason}; the report was edited since this review was written, so ${field} keep the machine's reading until the review is updated`, "review-stale", { actual: words });
    } else {
      this.error(path, reason, "review-evidence", { actual: words, expected: "words copied exactly from the report" });
    }
  }

  /** The closing line when a file has too many problems to list. */
  finish(): Message[] {
    if (this.dropped > 0) this.messages.push({ file: this.file, severity: "error", reason: `${this.dropped} more problems in this review are not listed`, ruleId: "review-more" });
    return this.messages;
  }

  private add(severity: Severity, path: YamlPath, reason: string, ruleId: string, { actual, expected, atKey }: Detail): void {
    if (this.messages.length >= MAX_MESSAGES) {
      if (severity === "error") this.dropped++;
      return;
    }
    const { start, end } = atKey ? this.source.places.key(path) : this.source.places.value(path);
    this.messages.push({
      file: this.file,
      start,
      ...(end ? { end } : {}),
      severity,
      reason,
      ruleId,
      ...(actual === undefined ? {} : { actual: typeof actual === "string" ? actual : shown(actual) }),
      ...(expected === undefined ? {} : { expected }),
    });
  }
}

/**
 * A value as a message quotes it: a scalar as written, short and on one line;
 * a list or mapping by its kind only (YAML aliases can make one of those far
 * larger than the file, and it is never worth printing).
 */
export function shown(value: unknown): string {
  if (value !== null && typeof value === "object") return kindOf(value);
  const text = (typeof value === "string" ? `"${value}"` : String(value)).replace(/\s+/g, " ");
  const characters = [...text];
  return characters.length > 80 ? `${characters.slice(0, 77).join("")}…` : text;
}

/** "a list", "a mapping", "a number"…: what a value is, when it is the wrong kind. */
export function kindOf(value: unknown): string {
  if (value === null) return "nothing (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `a ${typeof value}`;
}
