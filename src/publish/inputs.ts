import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from "node:fs";
import { join, relative, sep } from "node:path";
import type { Message } from "../message.ts";

const REPORT = /\.(txt|md)$/i;

export interface ReportFiles {
  /** The `.txt` and `.md` files to read: regular files, or links to regular files inside the content folder. */
  reports: string[];
  /** Every other entry of the folder, with why it is not read: listed as rejected, never silently skipped. */
  rejected: Message[];
}

/**
 * Every entry of an archive's reports folder, sorted so every build sees them in
 * one order, each either to be read or rejected with its reason. Nothing is read
 * here, and nothing outside the content folder is ever read through a link: a
 * link is followed only to a regular file inside the content folder.
 */
export function listReports(contentDir: string): ReportFiles {
  const dir = join(contentDir, "reports");
  const root = realpathSync(contentDir);
  const listing: ReportFiles = { reports: [], rejected: [] };
  const names = readdirSync(dir).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const file = join(dir, name);
    const why = reasonNotRead(file, name, root);
    if (why === undefined) listing.reports.push(file);
    else listing.rejected.push({ file, severity: "error", reason: why.reason, ruleId: why.ruleId });
  }
  return listing;
}

function reasonNotRead(file: string, name: string, root: string): { reason: string; ruleId: string } | undefined {
  if (name.startsWith(".")) return { reason: `a hidden ${kindOf(lstatOrUndefined(file))} (its name starts with "."): not read as a report`, ruleId: "hidden-entry" };
  const entry = lstatOrUndefined(file);
  if (!entry) return { reason: "vanished while the build listed the folder", ruleId: "unreadable" };
  let target = entry;
  if (entry.isSymbolicLink()) {
    let real: string;
    try {
      real = realpathSync(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ELOOP") return { reason: "a symbolic link that loops: never followed", ruleId: "link-loop" };
      return { reason: `a symbolic link to nothing (${code ?? "broken"}): never followed`, ruleId: "link-broken" };
    }
    if (real !== root && !real.startsWith(root + sep)) {
      return { reason: `a symbolic link to ${real}, outside the content folder: never read`, ruleId: "link-outside" };
    }
    const resolved = statOrUndefined(real);
    if (!resolved) return { reason: "a symbolic link to nothing: never followed", ruleId: "link-broken" };
    if (!resolved.isFile()) return { reason: `a symbolic link to a ${kindOf(resolved)} (${relative(root, real) || "."}): only files are read`, ruleId: "not-a-file" };
    target = resolved;
  }
  if (target.isDirectory()) return { reason: "a folder: reports are read from reports/ itself, not from folders in it", ruleId: "not-a-file" };
  if (!target.isFile()) return { reason: `a ${kindOf(target)}, not a file: never read`, ruleId: "not-a-file" };
  if (!REPORT.test(name)) return { reason: "not a report: only .txt and .md files are read", ruleId: "not-a-report" };
  return undefined;
}

function kindOf(stats: Stats | undefined): string {
  if (!stats) return "entry";
  if (stats.isSymbolicLink()) return "symbolic link";
  if (stats.isDirectory()) return "folder";
  if (stats.isFIFO()) return "named pipe";
  if (stats.isSocket()) return "socket";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "device";
  return "file";
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
