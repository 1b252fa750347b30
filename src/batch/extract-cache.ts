import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { extractReport, type ExtractResult } from "../extract/index.ts";
import type { Knowledge } from "../knowledge/index.ts";
import { formatMessage } from "../message.ts";
import { codeVersion, combinedVersion, projectCode } from "./code-version.ts";
import { EntryStore } from "./entry-store.ts";

/** The extractor's code, followed from its entry module. */
export const EXTRACTOR_CODE = projectCode(new URL("../extract/index.ts", import.meta.url));

/** What an extraction result depends on: the extractor's code and the data the build actually loaded. */
export function extractionVersion(knowledge: Knowledge): string {
  return combinedVersion(codeVersion(EXTRACTOR_CODE), knowledge.version);
}

/**
 * Extraction results on disk, one entry per (path, content hash). The key holds
 * the path because the record does (`file`, the id from the file name, every
 * message), so a hit is byte-for-byte what extracting again would give.
 */
export class ExtractCache {
  private readonly entries: EntryStore;

  constructor(root: string, readonly version: string) {
    this.entries = new EntryStore(root, version);
  }

  get dir(): string {
    return this.entries.dir;
  }

  /** Creates the folder for this version and drops other versions. Call once, before workers start. */
  prepare(): this {
    this.entries.prepare();
    return this;
  }

  get(file: string, sha256: string): ExtractResult | undefined {
    const json = this.entries.read(keyOf(file, sha256));
    if (json === undefined) return undefined;
    try {
      const result = JSON.parse(json) as ExtractResult;
      return result.sha256 === sha256 && result.output.file === file ? result : undefined;
    } catch {
      return undefined; // a torn write from an interrupted build: extract again
    }
  }

  set(file: string, result: ExtractResult): void {
    this.entries.write(keyOf(file, result.sha256), JSON.stringify(result));
  }
}

function keyOf(file: string, sha256: string): string {
  return createHash("sha256").update(file).update("\0").update(sha256).digest("hex");
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Extracts each file afresh and stores the result when there is a cache. A file that cannot be read is rejected, not thrown. */
export function extractFiles(files: readonly string[], knowledge: Knowledge, cache: ExtractCache | undefined): ExtractResult[] {
  return files.map((file) => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      return unreadable(file, error);
    }
    const result = extractReport({ file, bytes }, knowledge);
    cache?.set(file, result);
    return result;
  });
}

/** The result for a file the build lists but cannot read (no permission, removed meanwhile, too large). */
function unreadable(file: string, error: unknown): ExtractResult {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === "EACCES" ? "permission denied" : code === "ENOENT" ? "it was removed while the build ran" : error instanceof Error ? error.message : String(error);
  const message = formatMessage({ file, severity: "error", reason: `cannot be read: ${why}${code && !why.includes(code) ? ` (${code})` : ""}`, ruleId: "unreadable" });
  return { output: { file, error: { code: "unreadable", message } }, notices: [], text: null, sha256: "" };
}
