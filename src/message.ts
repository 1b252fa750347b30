/**
 * One kind of message for everything the archive tells the archivist, in the
 * manner of vfile-message: what it is about (a file, and where in it), how bad
 * it is, why, and a stable rule id tools can match on.
 */
export type Severity = "info" | "warning" | "error";

/** 1-based, as editors count. */
export interface Point {
  line: number;
  column: number;
}

export interface Message {
  file: string;
  /** Where in the file; none when the message is about the whole file. */
  start?: Point;
  end?: Point;
  severity: Severity;
  /** Why, in a sentence, without the file's name (the place says it). */
  reason: string;
  /** Stable id of the kind of message, e.g. `place-unknown`. */
  ruleId: string;
  /** The value found, and what was expected instead, where that helps. */
  actual?: string;
  expected?: string;
}

/** `file:line:col-line:col severity reason rule`, the way remark prints its messages. */
export function formatMessage(message: Message): string {
  return `${formatPlace(message)} ${message.severity} ${message.reason} ${message.ruleId}`;
}

/** `file:line:col-line:col`: where a message is about. */
export function formatPlace({ file, start, end }: Pick<Message, "file" | "start" | "end">): string {
  if (!start) return file;
  const from = `${start.line}:${start.column}`;
  return end ? `${file}:${from}-${end.line}:${end.column}` : `${file}:${from}`;
}

/** Whether any message is a warning or worse: what `--frail` fails a run on. */
export function hasWarnings(messages: readonly Message[]): boolean {
  return messages.some((message) => message.severity !== "info");
}
