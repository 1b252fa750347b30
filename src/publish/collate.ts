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
}

export type ManifestStatus = "published" | "published-with-warnings" | "duplicate" | "rejected";

export interface ManifestEntry {
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
  for (const result of results) {
    const { output } = result;
    const messages = result.notices.map(formatMessage);
    if (isFailure(output) || result.text === null) {
      const reason = isFailure(output) ? output.error.message : `${output.file}: no text`;
      collation.entries.push({ file: output.file, status: "rejected", reason, messages });
      continue;
    }
    const textKey = createHash("sha256").update(result.text).digest("hex");
    const original = byText.get(textKey);
    if (original) {
      messages.push(formatMessage({ file: output.file, severity: "info", reason: `has the same text as ${original.file}: published once, as ${reportUrl(original.record.id)}`, ruleId: "duplicate-text" }));
      collation.entries.push({ file: output.file, status: "duplicate", id: original.record.id, url: reportUrl(original.record.id), messages });
      if (output.id !== original.record.id) collation.duplicateRedirects.push({ id: output.id, to: original.record.id });
      continue;
    }
    const record = { ...output, file: relative(contentDir, output.file).split(sep).join("/") };
    const report: PublishedReport = { record, file: output.file, text: result.text, sha256: result.sha256, notices: result.notices };
    byText.set(textKey, report);
    const warned = result.notices.some((n) => n.severity === "warning");
    const entry: ManifestEntry = { file: output.file, status: warned ? "published-with-warnings" : "published", id: output.id, url: reportUrl(output.id), messages };
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
      const reason: Message = incumbent
        ? { file: report.file, severity: "error", reason: `claims the id "${id}", which ${incumbent.report.file} has published at ${reportUrl(id)} since an earlier build: this file is not published; pin another id in its front matter`, ruleId: "id-taken", actual: id }
        : { file: report.file, severity: "error", reason: `${claimants.length === 2 ? "two" : claimants.length} reports claim the id "${id}": ${claimants.map((c) => c.report.file).join(" and ")}`, ruleId: "id-contested", actual: id };
      rejectEntry(entry, formatMessage(reason));
      losers.add(report);
    }
    if (!incumbent) collation.contested.set(id, claimants.map((c) => c.report.file));
  }
  collation.reports = inOrder.filter((report) => !losers.has(report));
  return collation;
}

/** Takes a report out of what is published, saying why in its manifest entry. */
export function rejectReport(collation: Collation, file: string, reason: Message): void {
  collation.reports = collation.reports.filter((report) => report.file !== file);
  const entry = collation.entries.find((e) => e.file === file && e.status !== "duplicate");
  if (entry) rejectEntry(entry, formatMessage(reason));
}

function rejectEntry(entry: ManifestEntry, reason: string): void {
  entry.status = "rejected";
  entry.reason = reason;
  delete entry.id;
  delete entry.url;
}
