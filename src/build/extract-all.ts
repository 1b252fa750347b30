import { readFileSync } from "node:fs";
import { extractReport, type ExtractResult } from "../extract/index.ts";

export interface ExtractAllOptions {
  /** Called after each report, for progress display. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Extracts every report file. The build's one entry point to extraction, so that
 * parallelism and caching live in one place. Results come back in input order.
 */
export async function extractAll(files: readonly string[], options: ExtractAllOptions = {}): Promise<ExtractResult[]> {
  const results: ExtractResult[] = [];
  for (const file of files) {
    results.push(extractReport({ file, bytes: readFileSync(file) }));
    options.onProgress?.(results.length, files.length);
  }
  return results;
}
