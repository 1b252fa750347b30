import { formatMessage, type Message } from "../message.ts";

/**
 * A report that cannot be read as one. Its message names the file and, where
 * that applies, the line and column; `code` is its rule id, stable for tools.
 */
export class ReportError extends Error {
  readonly report: Message;

  constructor(report: Omit<Message, "severity">, options?: ErrorOptions) {
    const message: Message = { ...report, severity: "error" };
    super(formatMessage(message), options);
    this.name = "ReportError";
    this.report = message;
  }

  get code(): string {
    return this.report.ruleId;
  }
}
