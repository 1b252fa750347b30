import { createHash } from "node:crypto";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { EntryStore } from "../build/entry-store.ts";
import { extractorVersion, PROJECT_INPUTS } from "../build/extract-cache.ts";
import type { ReportView } from "./report-view.ts";

const REPORT_VIEW = fileURLToPath(new URL("./report-view.ts", import.meta.url));

/**
 * Report views on disk, so a rebuild renders and cites only the reports that
 * changed. An entry is keyed by everything a view is made from: the extractor's
 * version and the report's path and bytes (which fix its record), where it sits
 * in the archive, and the base URL. Its folder is named by the version of the
 * view code (every module `report-view.ts` reaches, the curated data, the locked
 * libraries).
 */
export class ViewCache {
  private readonly entries: EntryStore;

  constructor(root: string) {
    this.entries = new EntryStore(join(root, "views"), extractorVersion({ ...PROJECT_INPUTS, entry: REPORT_VIEW })).prepare();
  }

  get(key: string): ReportView | undefined {
    const json = this.entries.read(key);
    try {
      return json === undefined ? undefined : (JSON.parse(json) as ReportView);
    } catch {
      return undefined; // torn by an interrupted build: made again
    }
  }

  set(key: string, view: ReportView): void {
    this.entries.write(key, JSON.stringify(view));
  }
}

export function viewKey(...parts: string[]): string {
  return createHash("sha256").update(parts.join("\0")).digest("hex");
}
