import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Knowledge } from "../knowledge/index.ts";
import { formatMessage, type Message } from "../message.ts";
import { contentPath, type Collation, type ManifestEntry, type PublishedReport } from "../publish/collate.ts";
import { reportUrl } from "../routes.ts";
import { nearestClause } from "./nearest.ts";
import { reviewedId, reviewsDir } from "./review-file.ts";
import { reviewReport } from "./review-report.ts";

/**
 * The build's review stage, after collation (so a review is matched to the
 * report actually published under its id) and after the extraction cache (so a
 * review edit re-extracts nothing). Every file of `DIR/reviews/` is accounted
 * for: applied to its report, or listed as rejected with its errors (the build
 * then exits 1) while its report is published with the machine's reading. A
 * review whose id no report has is rejected, never ignored.
 */
export function reviewArchive(collation: Collation, contentDir: string, knowledge: Knowledge): Collation {
  const dir = reviewsDir(contentDir);
  if (!existsSync(dir)) return collation;
  const files = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
    .map((entry) => join(dir, entry.name))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const byId = new Map(collation.reports.map((report) => [report.record.id, report]));
  const duplicates = new Map(collation.duplicateRedirects.map((redirect) => [redirect.id, redirect.to]));
  const reviewed = new Map<PublishedReport, PublishedReport>();
  const rejected: ManifestEntry[] = [];
  // The manifest names every file by its path inside the content folder, review files too.
  const named = (message: Message): Message => ({ ...message, file: contentPath(contentDir, message.file) });
  const reject = (file: string, errors: readonly Message[]): void => {
    const [first, ...rest] = errors.map((error) => formatMessage(named(error)));
    rejected.push({ file: contentPath(contentDir, file), status: "rejected", reason: first ?? file, messages: rest });
  };

  for (const file of files) {
    const id = reviewedId(file);
    const report = id === undefined ? undefined : byId.get(id);
    if (id === undefined) {
      reject(file, [{ file, severity: "error", reason: "not a review file: a review is YAML named after its report's id, <id>.yaml", ruleId: "review-file-name", expected: "<id>.yaml" }]);
    } else if (!report) {
      const to = duplicates.get(id);
      const reason = to
        ? `the report "${id}" has the same text as "${to}" and is published as it, at ${reportUrl(to)}: review "${to}" instead`
        : `no report has the id "${id}": a review is named after the id of the report it corrects (the last part of its address, ${reportUrl("<id>")})${nearestClause(id, [...byId.keys()].map((known) => ({ id: known, names: [] })))}`;
      reject(file, [{ file, severity: "error", reason, ruleId: "review-orphan", actual: id }]);
    } else {
      const outcome = reviewReport(file, readFileSync(file), { knowledge, record: report.record, text: report.text, sha256: report.sha256, reportFile: report.file });
      if (outcome.errors.length > 0) reject(file, outcome.errors);
      reviewed.set(report, { ...report, record: outcome.record, notices: [...report.notices, ...outcome.notices], review: { file, fields: outcome.fields } });
    }
  }
  if (reviewed.size === 0 && rejected.length === 0) return collation;

  const reports = collation.reports.map((report) => reviewed.get(report) ?? report);
  const byFile = new Map([...reviewed.values()].map((report) => [report.record.file, report]));
  const entries = collation.entries.map((entry) => {
    const report = entry.status === "duplicate" ? undefined : byFile.get(entry.file);
    if (!report) return entry;
    const warned = report.notices.some((notice) => notice.severity === "warning");
    return { ...entry, status: warned ? "published-with-warnings" : entry.status, messages: report.notices.map((notice) => formatMessage(named(notice))) } satisfies ManifestEntry;
  });
  return { ...collation, reports, entries: [...entries, ...rejected] };
}
