import { Worker } from "node:worker_threads";
import type { ExtractResult } from "../extract/index.ts";
import type { DataFile } from "../knowledge/data-files.ts";
import { tsWorkerEntry } from "./ts-worker.ts";

/** What every worker is started with. */
export interface WorkerSetup {
  /** The data files to load, and the version they had when the build loaded them. */
  dataFiles: readonly DataFile[];
  knowledgeVersion: string;
  cache: { root: string; version: string } | undefined;
}

export interface BatchRequest {
  batch: number;
  files: string[];
}

export type BatchReply = { batch: number; results: ExtractResult[] } | { batch: number; error: string };

const WORKER_ENTRY = tsWorkerEntry(new URL("./extract-worker.ts", import.meta.url));

export interface PoolRun {
  batches: readonly string[][];
  /** Worker threads to start. */
  workers: number;
  setup: WorkerSetup;
  /**
   * Extracts a batch in this thread. This thread takes batches from the same queue
   * while the workers start (which takes a second: each loads tsx and the
   * extractor afresh) and after, so no core waits.
   */
  local?: (files: string[]) => ExtractResult[];
  onBatch: (batch: number, results: ExtractResult[]) => void;
}

/**
 * Extracts batches on worker threads (and this one), all fed from one queue: a
 * thread that is free takes the next batch, so a slow batch holds up one thread only.
 * Resolves when every batch is done; rejects on the first failure.
 */
export async function runPool({ batches, workers: size, setup, local, onBatch }: PoolRun): Promise<void> {
  let next = 0;
  let failure: Error | undefined;
  const take = (): number | undefined => (failure === undefined && next < batches.length ? next++ : undefined);
  const workers: Worker[] = [];
  let closing = false;

  const workerLoop = (worker: Worker): Promise<void> =>
    new Promise((resolve, reject) => {
      const feed = (): void => {
        const batch = take();
        if (batch === undefined) return resolve();
        worker.postMessage({ batch, files: batches[batch] as string[] } satisfies BatchRequest);
      };
      worker.on("message", (reply: BatchReply) => {
        if ("error" in reply) return reject(new Error(reply.error));
        onBatch(reply.batch, reply.results);
        feed();
      });
      worker.on("error", reject);
      worker.on("exit", (code) => {
        if (!closing) reject(new Error(`an extraction worker stopped with exit code ${code}`));
      });
      worker.once("online", feed);
    });

  const localLoop = async (): Promise<void> => {
    if (!local) return;
    for (let batch = take(); batch !== undefined; batch = take()) {
      onBatch(batch, local(batches[batch] as string[]));
      // Let worker replies and progress through between batches.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };

  try {
    for (let i = 0; i < size; i++) workers.push(new Worker(WORKER_ENTRY, { workerData: setup }));
    await Promise.all([localLoop(), ...workers.map(workerLoop)]).catch((error: unknown) => {
      failure = error instanceof Error ? error : new Error(String(error));
      throw failure;
    });
  } finally {
    closing = true;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
