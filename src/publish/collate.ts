import { createHash } from "node:crypto";
import { relative, sep } from "node:path";
import type { ExtractResult } from "../extract/index.ts";
import { formatMessage, type Message } from "../message.ts";
import { reportUrl } from "../routes.ts";
import { isFailure, type ReportRecord } from "../types.ts";
import type { Redirect } from "./registry.ts";

/** A report that will be published, with what the build needs beside its record. */
export interface PublishedReport {
  /** As published: its `file` is the path inside the content folder, the same on every machine. */
  record: ReportRecord;
  /** The file as the archive received it, and its text. */
  file: string;
  text: string;
  sha256: string;
  notices: Message[];
  /** Its review file, when it has one, and the fields the review replaced (none when it was not applied). */
  review?: { file: string; fields: string[] };
}

export type ManifestStatus = "published" | "published-with-warnings" | "duplicate" | "rejected";

export interface ManifestEntry {
  /** The file's path inside the content folder (`reports/x.txt`), the same on every machine; messages name it so too. */
  file: string;
  status: ManifestStatus;
  id?: string;
  url?: string;
  /** For a rejected file: the extraction error naming the file (and line). */
  reason?: string;
  /** Notices, formatted; for a duplicate, which file was published instead. */
  messages: string[];
}

export interface Collation {
  reports: PublishedReport[];
  entries: ManifestEntry[];
  /** A duplicate file's own id points at the copy published. */
  duplicateRedirects: Redirect[];
}

/**
 * Sorts extraction results into what is published, what is a duplicate of
 * something published, and what is rejected. Input order decides which of two
 * identical files is kept, so callers pass files sorted. Two different reports
 * claiming one id are both rejected, each naming the other: neither may take
 * the permalink, and the rest of the archive is still published.
 */
export function collate(results: readonly ExtractResult[], contentDir: string): Collation {
  const collation: Collation = { reports: [], entries: [], duplicateRedirects: [] };
  const byText = new Map<string, PublishedReport>();
  const byId = new Map<string, PublishedReport>();
  const contested = new Map<string, PublishedReport>();
  const inContent = (file: string): string => contentPath(contentDir, file);
  for (const result of results) {
    const { output } = result;
    const file = inContent(output.file);
    const messages = result.notices.map((notice) => formatMessage({ ...notice, file: inContent(notice.file) }));
    if (isFailure(output) || result.text === null) {
      // The extractor's message begins with the path it was given; the manifest names the file inside the content folder.
      const reason = isFailure(output) ? (output.error.message.startsWith(output.file) ? file + output.error.message.slice(output.file.length) : output.error.message) : `${file}: no text`;
      collation.entries.push({ file, status: "rejected", reason, messages });
      continue;
    }
    const textKey = createHash("sha256").update(result.text).digest("hex");
    const original = byText.get(textKey);
    if (original) {
      messages.push(formatMessage({ file, severity: "info", reason: `has the same text as ${original.record.file}: published once, as ${reportUrl(original.record.id)}`, ruleId: "duplicate-text" }));
      collation.entries.push({ file, status: "duplicate", id: original.record.id, url: reportUrl(original.record.id), messages });
      if (output.id !== original.record.id) collation.duplicateRedirects.push({ id: output.id, to: original.record.id });
      continue;
    }
    const claimant = byId.get(output.id) ?? contested.get(output.id);
    if (claimant) {
      const contest = (named: string): string =>
        formatMessage({ file: named, severity: "error", reason: `two reports claim the id "${output.id}": ${claimant.record.file} and ${file}`, ruleId: "id-contested", actual: output.id });
      collation.entries.push({ file, status: "rejected", reason: contest(file), messages });
      contested.set(output.id, claimant);
      byId.delete(output.id);
      const entry = collation.entries.find((e) => e.file === claimant.record.file && e.status !== "duplicate");
      if (entry && entry.status !== "rejected") Object.assign(entry, { status: "rejected", reason: contest(claimant.record.file), id: undefined, url: undefined });
      collation.reports = collation.reports.filter((report) => report !== claimant);
      continue;
    }
    const record = { ...output, file };
    const report: PublishedReport = { record, file: output.file, text: result.text, sha256: result.sha256, notices: result.notices };
    byText.set(textKey, report);
    byId.set(output.id, report);
    collation.reports.push(report);
    const warned = result.notices.some((n) => n.severity === "warning");
    collation.entries.push({ file, status: warned ? "published-with-warnings" : "published", id: output.id, url: reportUrl(output.id), messages });
  }
  return collation;
}

/** A file's path inside the content folder, with forward slashes: what the manifest and the records name it by. */
export function contentPath(contentDir: string, file: string): string {
  return relative(contentDir, file).split(sep).join("/");
}
