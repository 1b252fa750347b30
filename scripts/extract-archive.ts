/**
 * What the `review` and `places` commands start from: every report of an
 * archive, read with its own data and extracted as the build extracts them
 * (the same ids, duplicates and extraction cache).
 */
import { extractAll } from "../src/batch/extract-all.ts";
import type { ExtractResult } from "../src/extract/index.ts";
import { dataFilesFor, type DataFile } from "../src/knowledge/data-files.ts";
import { loadKnowledge, type Knowledge } from "../src/knowledge/index.ts";
import { listReports } from "../src/publish/inputs.ts";

export interface ExtractedArchive {
  dataFiles: DataFile[];
  knowledge: Knowledge;
  /** The report files of `<content>/reports/`. */
  reports: string[];
  results: ExtractResult[];
}

/** Without a reports folder there is nothing to do: the command says why and exits 2. */
export async function extractArchive(contentDir: string, cacheDir: string | undefined): Promise<ExtractedArchive> {
  let reports: string[];
  try {
    reports = listReports(contentDir).reports;
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
  const dataFiles = dataFilesFor(contentDir);
  const knowledge = loadKnowledge(dataFiles);
  const results = await extractAll(reports, { knowledge, ...(cacheDir === undefined ? {} : { cacheDir }) });
  return { dataFiles, knowledge, reports, results };
}
