/** A worker thread that formats plain citations while the build renders the pages' bodies. */
import { parentPort, workerData } from "node:worker_threads";
import { plainCitations, type CitationInput } from "./citations.ts";

if (!parentPort) throw new Error("citation-worker.ts runs as a worker thread; call plainCitationsAside() from citations-aside.ts");
parentPort.postMessage([...plainCitations(workerData as CitationInput[])]);
