import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import type { ExtractResult } from "../extract/index.ts";
import type { Knowledge } from "../knowledge/index.ts";
import { ExtractCache, extractFiles, extractionVersion, sha256Of } from "./extract-cache.ts";
import { runPool } from "./extract-worker-pool.ts";

export interface ExtractAllOptions {
  /** The archive's data; worker threads load the same files again and check they got the same. */
  knowledge: Knowledge;
  /** Called as reports are done (cached ones first), for progress display. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Folder of cached results (e.g. `.cache/extract`); undefined for no cache. A report
   * is extracted again only when its bytes, its path, the extractor or the data change.
   */
  cacheDir?: string;
  /** Extraction threads, this one included: 1 extracts here alone; default, one per available core. */
  workers?: number;
  /**
   * Whether this thread extracts too when there are worker threads (default true:
   * it would otherwise idle while they start). False keeps it free, and every
   * report goes through a worker.
   */
  useMainThread?: boolean;
  /** Called once the cache has been read, with how the work splits. */
  onPlan?: (plan: ExtractPlan) => void;
}

export interface ExtractPlan {
  total: number;
  /** Reports whose result came from the cache. */
  cached: number;
  /** Reports being extracted now. */
  extracting: number;
  /** Threads doing it: 1 means this thread. */
  workers: number;
}

/** Below this many reports to extract, starting threads costs more than it saves. */
const MIN_FOR_DEFAULT_WORKERS = 64;
/** Batches amortise message overhead; several per worker keep the threads evenly loaded. */
const MAX_BATCH = 64;
const BATCHES_PER_WORKER = 8;

/**
 * Extracts every report file. The build's one entry point to extraction, so that
 * parallelism and caching live in one place. Results come back in input order and
 * are the same whichever path (cache, thread, worker) produced them.
 */
export async function extractAll(files: readonly string[], options: ExtractAllOptions): Promise<ExtractResult[]> {
  const results = new Array<ExtractResult>(files.length);
  let done = 0;
  const progress = (count: number): void => {
    done += count;
    options.onProgress?.(done, files.length);
  };

  const { knowledge } = options;
  const cache = options.cacheDir ? new ExtractCache(options.cacheDir, extractionVersion(knowledge)).prepare() : undefined;
  const misses: number[] = [];
  files.forEach((file, index) => {
    const hit = cache ? cachedResult(cache, file) : undefined;
    if (hit) {
      results[index] = hit;
      progress(1);
    } else {
      misses.push(index);
    }
  });

  const workers = workerCount(options.workers, misses.length);
  options.onPlan?.({ total: files.length, cached: files.length - misses.length, extracting: misses.length, workers: Math.max(1, workers) });
  if (workers <= 1) {
    for (const index of misses) {
      const file = files[index] as string;
      results[index] = extractFiles([file], knowledge, cache)[0] as ExtractResult;
      progress(1);
    }
    return results;
  }

  const useMainThread = options.useMainThread ?? true;
  const batchSize = Math.max(1, Math.min(MAX_BATCH, Math.ceil(misses.length / (workers * BATCHES_PER_WORKER))));
  const batches: number[][] = [];
  for (let start = 0; start < misses.length; start += batchSize) batches.push(misses.slice(start, start + batchSize));
  await runPool({
    batches: batches.map((indexes) => indexes.map((index) => files[index] as string)),
    // When this thread extracts too, one thread fewer is started.
    workers: useMainThread ? workers - 1 : workers,
    setup: { dataFiles: knowledge.files, knowledgeVersion: knowledge.version, cache: cache ? { root: options.cacheDir as string, version: cache.version } : undefined },
    ...(useMainThread ? { local: (batchFiles: string[]) => extractFiles(batchFiles, knowledge, cache) } : {}),
    onBatch: (batch, batchResults) => {
      const indexes = batches[batch] as number[];
      indexes.forEach((index, k) => (results[index] = batchResults[k] as ExtractResult));
      progress(indexes.length);
    },
  });
  return results;
}

/** The cached result of a file, if any; a file that cannot be read is left to extraction to reject. */
function cachedResult(cache: ExtractCache, file: string): ExtractResult | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  return cache.get(file, sha256Of(bytes));
}

function workerCount(requested: number | undefined, toExtract: number): number {
  if (requested !== undefined) {
    if (!Number.isInteger(requested) || requested < 1) throw new Error(`extractAll: workers must be a positive integer (got ${requested})`);
    return Math.min(requested, toExtract);
  }
  return toExtract < MIN_FOR_DEFAULT_WORKERS ? 1 : availableParallelism();
}
