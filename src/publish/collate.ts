import { createHash } from "node:crypto";
import { basename, relative, sep } from "node:path";
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
  /** Ids that several files claim and none of them publishes, with those files. */
  contested: Map<string, string[]>;
}

/**
 * Sorts extraction results into what is published, what is a duplicate of
 * something published, and what is rejected. Input order decides which of two
 * identical files is kept, so callers pass files sorted.
 *
 * Several files claiming one id: when the site being replaced published the id
 * from one of them (`incumbents`: id → that file's name in `reports/`), that file
 * keeps it and each newcomer is rejected, naming both. Otherwise all are rejected,
 * each naming the others: none may take the permalink, and the rest of the
 * archive is still published.
 */
export function collate(results: readonly ExtractResult[], contentDir: string, incumbents: ReadonlyMap<string, string> = new Map()): Collation {
  const collation: Collation = { reports: [], entries: [], duplicateRedirects: [], contested: new Map() };
  const byText = new Map<string, PublishedReport>();
  const claims = new Map<string, { report: PublishedReport; entry: ManifestEntry }[]>();
  const inOrder: PublishedReport[] = [];
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
    const record = { ...output, file };
    const report: PublishedReport = { record, file: output.file, text: result.text, sha256: result.sha256, notices: result.notices };
    byText.set(textKey, report);
    const warned = result.notices.some((n) => n.severity === "warning");
    const entry: ManifestEntry = { file, status: warned ? "published-with-warnings" : "published", id: output.id, url: reportUrl(output.id), messages };
    collation.entries.push(entry);
    claims.set(output.id, [...(claims.get(output.id) ?? []), { report, entry }]);
    inOrder.push(report);
  }
  const losers = new Set<PublishedReport>();
  for (const [id, claimants] of claims) {
    if (claimants.length === 1) continue;
    const incumbent = claimants.find(({ report }) => incumbents.get(id) === basename(report.file));
    for (const { report, entry } of claimants) {
      if (report === incumbent?.report) continue;
      const file = report.record.file;
      const reason: Message = incumbent
        ? { file, severity: "error", reason: `claims the id "${id}", which ${incumbent.report.record.file} has published at ${reportUrl(id)} since an earlier build: this file is not published; pin another id in its front matter`, ruleId: "id-taken", actual: id }
        : { file, severity: "error", reason: `${claimants.length === 2 ? "two" : claimants.length} reports claim the id "${id}": ${claimants.map((c) => c.report.record.file).join(" and ")}`, ruleId: "id-contested", actual: id };
      rejectEntry(entry, formatMessage(reason));
      losers.add(report);
    }
    if (!incumbent) collation.contested.set(id, claimants.map((c) => c.report.record.file));
  }
  collation.reports = inOrder.filter((report) => !losers.has(report));
  return collation;
}

/** Takes a report (by the file it was read from) out of what is published, saying why in its manifest entry. */
export function rejectReport(collation: Collation, file: string, reason: Message): void {
  const report = collation.reports.find((r) => r.file === file);
  if (!report) return;
  collation.reports = collation.reports.filter((r) => r !== report);
  const entry = collation.entries.find((e) => e.file === report.record.file && e.status !== "duplicate");
  if (entry) rejectEntry(entry, formatMessage({ ...reason, file: report.record.file }));
}

function rejectEntry(entry: ManifestEntry, reason: string): void {
  entry.status = "rejected";
  entry.reason = reason;
  delete entry.id;
  delete entry.url;
}

/** A file's path inside the content folder, with forward slashes: what the manifest and the records name it by. */
export function contentPath(contentDir: string, file: string): string {
  return relative(contentDir, file).split(sep).join("/");
}
