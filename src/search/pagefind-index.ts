import { createReadStream } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import * as pagefind from "pagefind";
import type { SearchRecord } from "./search-record.ts";

/** Records in flight to Pagefind's process at once: enough to keep it busy, few enough to hold. */
const IN_FLIGHT = 256;

/**
 * Builds the Pagefind index into `siteDir/pagefind/` from a file of search
 * records, one JSON object per line, read as a stream so this process holds
 * only the records in flight. Pagefind reports failures in `errors` rather than
 * throwing; any of them fails the build, naming the record.
 */
export async function indexRecords(recordsFile: string, siteDir: string): Promise<{ pages: number }> {
  const fail = (step: string, errors: readonly string[]): never => {
    throw new Error(`Pagefind ${step} failed: ${errors.join("; ")}`);
  };
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: "ar" });
    if (!index || errors.length) return fail("createIndex", errors);
    let pages = 0;
    let inFlight: Promise<void>[] = [];
    // Collected, not thrown: a rejection among the records in flight would go unhandled until they are awaited.
    const problems: string[] = [];
    const add = async (record: SearchRecord): Promise<void> => {
      const added = await index.addCustomRecord(record);
      for (const error of added.errors) problems.push(`${record.url}: ${error}`);
    };
    for await (const line of createInterface({ input: createReadStream(recordsFile), crlfDelay: Infinity })) {
      if (!line) continue;
      inFlight.push(add(JSON.parse(line) as SearchRecord));
      pages++;
      if (inFlight.length >= IN_FLIGHT) {
        await Promise.all(inFlight);
        inFlight = [];
      }
    }
    await Promise.all(inFlight);
    if (problems.length) fail("indexing", problems);
    const written = await index.writeFiles({ outputPath: join(siteDir, "pagefind") });
    if (written.errors.length) fail("writeFiles", written.errors);
    return { pages };
  } finally {
    await pagefind.close();
  }
}
