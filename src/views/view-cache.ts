import { createHash } from "node:crypto";
import { join } from "node:path";
import { codeVersion, combinedVersion, projectCode } from "../batch/code-version.ts";
import { EntryStore } from "../batch/entry-store.ts";
import type { Knowledge } from "../knowledge/index.ts";
import type { ReportView } from "./report-view.ts";
import { ARABIC_LOCALE_FILE } from "../cite/citations.ts";

/** The view code, followed from its entry module, and the CSL locale the Arabic citations are rendered with. */
const VIEW_CODE = { ...projectCode(new URL("./report-view.ts", import.meta.url)), extra: [ARABIC_LOCALE_FILE] };

/**
 * Report views on disk, so a rebuild renders and cites only the reports that
 * changed. An entry is keyed by everything a view is made from: the extractor's
 * version and the report's path and bytes (which fix its record), where it sits
 * in the archive, the base URL and the day it entered the archive. Its folder is named by the version of the
 * view code (every module `report-view.ts` reaches, the locked libraries) and of
 * the data the build loaded.
 */
export class ViewCache {
  private readonly entries: EntryStore;

  constructor(root: string, knowledge: Knowledge) {
    this.entries = new EntryStore(join(root, "views"), combinedVersion(codeVersion(VIEW_CODE), knowledge.version)).prepare();
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
