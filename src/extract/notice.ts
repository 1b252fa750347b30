/** A message about a report that does not stop it being published, positioned like vfile's. */
export interface Notice {
  file: string;
  line?: number;
  column?: number;
  severity: "warning" | "info";
  /** Stable id of the kind of message, e.g. `place-unknown`. */
  rule: string;
  message: string;
}

/** `file:line:column severity message rule`, the way remark prints its messages. */
export function formatNotice(notice: Notice): string {
  const place = notice.line === undefined ? notice.file : `${notice.file}:${notice.line}:${notice.column ?? 1}`;
  return `${place} ${notice.severity} ${notice.message} ${notice.rule}`;
}
