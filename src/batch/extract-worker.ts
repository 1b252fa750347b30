/**
 * A worker thread of the extraction pool: extracts the batches of files it is sent,
 * through the cache when the pool has one, and posts the results back in batch order.
 */
import { parentPort, workerData } from "node:worker_threads";
import { loadKnowledge } from "../knowledge/index.ts";
import { ExtractCache, extractFiles } from "./extract-cache.ts";
import type { BatchReply, BatchRequest, WorkerSetup } from "./extract-worker-pool.ts";

const port = parentPort;
if (!port) throw new Error("extract-worker.ts runs as a worker thread; call extractAll() from extract-all.ts");

const setup = workerData as WorkerSetup;
const knowledge = loadKnowledge(setup.dataFiles);
// A data file edited while the build runs would give reports read with two different gazetteers.
if (knowledge.version !== setup.knowledgeVersion) throw new Error("a data file changed while the build was running; build again");
const cache = setup.cache ? new ExtractCache(setup.cache.root, setup.cache.version) : undefined;

port.on("message", (request: BatchRequest) => {
  let reply: BatchReply;
  try {
    reply = { batch: request.batch, results: extractFiles(request.files, knowledge, cache) };
  } catch (error) {
    reply = { batch: request.batch, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
