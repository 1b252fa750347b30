import { Worker } from "node:worker_threads";
import { tsWorkerEntry } from "../batch/ts-worker.ts";
import { plainCitations, type CitationInput, type PlainCitation } from "./citations.ts";

/** Below this a worker's start-up (about a second to load tsx and citeproc) costs more than it saves. */
const WORKER_THRESHOLD = 500;
const ENTRY = tsWorkerEntry(new URL("./citation-worker.ts", import.meta.url));

/**
 * Plain citations formatted on another core: citeproc takes about a millisecond
 * a report, as long as the rest of the view models together, so the two run side
 * by side. A small archive formats them here.
 */
export function plainCitationsAside(inputs: readonly CitationInput[]): Promise<Map<string, PlainCitation>> {
  if (inputs.length < WORKER_THRESHOLD) return Promise.resolve(plainCitations(inputs));
  return new Promise((resolve, reject) => {
    const worker = new Worker(ENTRY, { workerData: inputs });
    worker.once("message", (entries: [string, PlainCitation][]) => {
      resolve(new Map(entries));
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`the citation worker stopped with code ${code}`));
    });
  });
}
