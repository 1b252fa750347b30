import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractorVersion, PROJECT_INPUTS } from "../build/extract-cache.ts";
import type { ReportView } from "./report-view.ts";

const REPORT_VIEW = fileURLToPath(new URL("./report-view.ts", import.meta.url));

/**
 * Report views on disk, so a rebuild renders and cites only the reports that
 * changed. An entry is keyed by everything a view is made from: the extractor's
 * version and the report's path and bytes (which fix its record), where it sits
 * in the archive, and the base URL. Its folder is named by the version of the
 * view code (every module `report-view.ts` reaches, the curated data, the locked
 * libraries), and other versions are deleted when the cache is opened.
 */
export class ViewCache {
  private readonly dir: string;

  constructor(root: string) {
    const versions = join(root, "views");
    const version = extractorVersion({ ...PROJECT_INPUTS, entry: REPORT_VIEW });
    this.dir = join(versions, version);
    mkdirSync(this.dir, { recursive: true });
    for (const entry of readdirSync(versions)) if (entry !== version) rmSync(join(versions, entry), { recursive: true, force: true });
  }

  get(key: string): ReportView | undefined {
    try {
      return JSON.parse(readFileSync(this.pathOf(key), "utf8")) as ReportView;
    } catch {
      return undefined; // absent, or torn by an interrupted build: made again
    }
  }

  set(key: string, view: ReportView): void {
    const path = this.pathOf(key);
    mkdirSync(dirname(path), { recursive: true });
    const partial = `${path}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(view));
    renameSync(partial, path);
  }

  private pathOf(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }
}

export function viewKey(...parts: string[]): string {
  return createHash("sha256").update(parts.join("\0")).digest("hex");
}
