/**
 * A report that cannot be read as one. `code` is stable for tools; `message`
 * names the file, and `line`/`column` point into it where that applies.
 */
export class ReportError extends Error {
  readonly code: string;
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(code: string, message: string, place?: { line?: number; column?: number }, options?: ErrorOptions) {
    super(message, options);
    this.name = "ReportError";
    this.code = code;
    this.line = place?.line;
    this.column = place?.column;
  }
}
