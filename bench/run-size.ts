import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractAll, type ExtractPlan } from "../src/batch/extract-all.ts";
import type { Knowledge } from "../src/knowledge/index.ts";
import { isFailure, type ReportRecord } from "../src/types.ts";
import { writeHugoSite } from "./baseline/hugo-site.ts";
import { generateReport, writeCorpus } from "./corpus.ts";
import type { CorpusVocabulary } from "./corpus-vocabulary.ts";
import { runMeasured } from "./process-monitor.ts";
import type { BenchProgress } from "./progress.ts";
import { readRecords, writeRecords } from "./records-file.ts";
import { measureApiSearch, measureSiteSearch, type SearchTransfer } from "./search-transfer.ts";
import { siteStats, type SiteStats } from "./site-stats.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const BUILD_SCRIPT = join(ROOT, "scripts", "build.ts");
const FLOOR_SCRIPT = fileURLToPath(new URL("./baseline/eleventy-floor.ts", import.meta.url));
const PAGEFIND_SCRIPT = fileURLToPath(new URL("./baseline/pagefind-site.ts", import.meta.url));
/** Absolute, so child processes find tsx whatever their directory. */
const NODE_TS = ["--import", import.meta.resolve("tsx")];
/** One-core throughput settles long before 100,000 reports; a sample keeps the run short. */
const ONE_CORE_SAMPLE = 2000;
const WARM_UP = 100;

/**
 * The build's extraction cache, when its command line offers one (`--cache DIR`):
 * each size gets its own, cold for the first build and warm for the rebuild.
 */
function cacheArgs(outDir: string): string[] {
  const help = spawnSync(process.execPath, [...NODE_TS, BUILD_SCRIPT, "--help"], { cwd: ROOT, encoding: "utf8" });
  return /--cache\b/.test(`${help.stdout}${help.stderr}`) ? ["--cache", join(outDir, "build-cache")] : [];
}

/** A part of the run that failed keeps its message instead of its figures, so the rest still reports. */
export type Outcome<T> = T | { error: string };

export interface ExtractionFigures {
  oneCoreRate: number;
  oneCoreSample: number;
  workers: number;
  workersRate: number;
  failures: number;
  /** Extracting N+1 reports with N cached: seconds and how many were extracted. */
  incremental: { seconds: number; extracted: number; cached: number };
}

export interface BuildFigures {
  wall: number;
  peakRssBytes: number;
  /** Peak resident memory by program (node, pagefind_extended, hugo…). */
  peakByProgram: Record<string, number>;
  /** Seconds by stage as the build reports them. */
  stages: Record<string, number>;
  site: SiteStats;
}

export interface SearchFigures {
  site?: Outcome<SearchTransfer>;
  api: Outcome<SearchTransfer>;
}

export interface SizeResult {
  n: number;
  corpusBytes: number;
  query: string;
  extraction: Outcome<ExtractionFigures>;
  build: Outcome<BuildFigures & { search: SearchFigures }>;
  /** `withCache` says whether the build was given an extraction cache (`--cache`). */
  rebuild: Outcome<{ wall: number; stages: Record<string, number>; withCache: boolean }>;
  floor: Outcome<BuildFigures & { search: SearchFigures }>;
  hugo: Outcome<BuildFigures & { search: SearchFigures }>;
}

export interface SizeOptions {
  n: number;
  seed: number;
  outDir: string;
  /** The data the corpus is written from and extracted with. */
  knowledge: Knowledge;
  vocabulary: CorpusVocabulary;
  progress: BenchProgress;
  /** Measure the search transfer in headless Chromium. */
  browser: boolean;
}

/** Every figure of the benchmark for one corpus size, baselines included, in one run. */
export async function benchSize(options: SizeOptions): Promise<SizeResult> {
  const { n, seed, outDir, knowledge, vocabulary, progress } = options;
  const label = (stage: string): string => `N=${n} ${stage}`;
  rmSync(outDir, { recursive: true, force: true });
  const contentDir = join(outDir, "content");
  const reportsDir = join(contentDir, "reports");

  progress.stage(label("corpus"));
  const files = writeCorpus(reportsDir, n, seed, vocabulary);
  const corpusBytes = files.reduce((sum, file) => sum + statSync(file).size, 0);

  const recordsFile = join(outDir, "records.jsonl");
  let neighbourhood: NeighbourhoodQuery = { name: "", slug: "" };
  const extraction = await attempt(async (): Promise<ExtractionFigures> => {
    const sample = files.slice(0, Math.min(files.length, ONE_CORE_SAMPLE));
    progress.stage(label("extract, one core"));
    // Untimed warm-up: the first reports also pay for module loading and the JIT.
    await extractAll(sample.slice(0, WARM_UP), { knowledge, workers: 1 });
    let mark = performance.now();
    await extractAll(sample, { knowledge, workers: 1, onProgress: (done, total) => progress.tick(label("extract, one core"), done, total) });
    const oneCoreRate = sample.length / seconds(mark);

    const workers = availableParallelism();
    progress.stage(label(`extract, ${workers} workers`));
    mark = performance.now();
    const results = await extractAll(files, { knowledge, workers, onProgress: (done, total) => progress.tick(label(`extract, ${workers} workers`), done, total) });
    const workersRate = files.length / seconds(mark);
    const records = results.map((r) => r.output).filter((o): o is ReportRecord => !isFailure(o));
    neighbourhood = busiestNeighbourhood(records);
    await writeRecords(recordsFile, records);

    progress.stage(label("extract, incremental"));
    const cacheDir = join(outDir, "extract-cache");
    await extractAll(files, { knowledge, cacheDir });
    const added = generateReport(vocabulary, seed, n);
    const addedFile = join(outDir, added.name);
    writeFileSync(addedFile, added.text);
    let plan: ExtractPlan | undefined;
    mark = performance.now();
    await extractAll([...files, addedFile], { knowledge, cacheDir, onPlan: (p) => (plan = p) });
    const incremental = { seconds: seconds(mark), extracted: plan?.extracting ?? -1, cached: plan?.cached ?? -1 };
    return { oneCoreRate, oneCoreSample: sample.length, workers, workersRate, failures: results.length - records.length, incremental };
  });

  const buildCache = cacheArgs(outDir);
  const build = await attempt(async () => {
    progress.stage(label("site build"));
    const siteDir = join(outDir, "site");
    const timingsFile = join(outDir, "site-timings.json");
    const run = await runMeasured(process.execPath, [...NODE_TS, BUILD_SCRIPT, "--content", contentDir, "--out", siteDir, "--timings", timingsFile, ...buildCache], {
      cwd: ROOT,
      env: { ...process.env, CI: "true" },
    });
    const stages = JSON.parse(readFileSync(timingsFile, "utf8")) as Record<string, number>;
    const search = await searchFigures(options, siteDir, neighbourhood, true);
    return { wall: run.wallSeconds, peakRssBytes: run.peakRssBytes, peakByProgram: run.peakByProgram, stages, site: siteStats(siteDir), search };
  });

  const rebuild = await attempt(async () => {
    if ("error" in build) throw new Error("no first build to add to");
    progress.stage(label("site rebuild, one report added"));
    const added = generateReport(vocabulary, seed, n);
    writeFileSync(join(reportsDir, added.name), added.text);
    const timingsFile = join(outDir, "rebuild-timings.json");
    const run = await runMeasured(process.execPath, [...NODE_TS, BUILD_SCRIPT, "--content", contentDir, "--out", join(outDir, "site"), "--timings", timingsFile, ...buildCache], {
      cwd: ROOT,
      env: { ...process.env, CI: "true" },
    });
    return { wall: run.wallSeconds, stages: JSON.parse(readFileSync(timingsFile, "utf8")) as Record<string, number>, withCache: buildCache.length > 0 };
  });

  const floor = await attempt(async () => {
    if (!existsSync(recordsFile)) throw new Error("no extracted records to render");
    progress.stage(label("baseline 1: bare Eleventy + Pagefind"));
    const siteDir = join(outDir, "floor");
    const timingsFile = join(outDir, "floor-timings.json");
    const run = await runMeasured(process.execPath, [...NODE_TS, FLOOR_SCRIPT, "--records", recordsFile, "--out", siteDir, "--timings", timingsFile], { cwd: ROOT });
    const stages = JSON.parse(readFileSync(timingsFile, "utf8")) as Record<string, number>;
    return {
      wall: run.wallSeconds,
      peakRssBytes: run.peakRssBytes,
      peakByProgram: run.peakByProgram,
      stages,
      site: siteStats(siteDir),
      search: await searchFigures(options, siteDir, neighbourhood, false),
    };
  });

  const hugo = await attempt(async () => {
    if (!existsSync(recordsFile)) throw new Error("no extracted records to render");
    progress.stage(label("baseline 2: Hugo + Pagefind"));
    const sourceDir = join(outDir, "hugo-src");
    const siteDir = join(outDir, "hugo");
    writeHugoSite(sourceDir, await readRecords(recordsFile));
    const render = await runMeasured("hugo", ["--quiet", "--source", sourceDir, "--destination", siteDir], { cwd: ROOT });
    const index = await runMeasured(process.execPath, [...NODE_TS, PAGEFIND_SCRIPT, siteDir], { cwd: ROOT });
    return {
      wall: render.wallSeconds + index.wallSeconds,
      peakRssBytes: Math.max(render.peakRssBytes, index.peakRssBytes),
      peakByProgram: { ...render.peakByProgram, ...index.peakByProgram },
      stages: { hugo: render.wallSeconds, pagefind: index.wallSeconds },
      site: siteStats(siteDir),
      search: await searchFigures(options, siteDir, neighbourhood, false),
    };
  });

  progress.done(`N=${n} done`);
  return { n, corpusBytes, query: neighbourhood.name, extraction, build, rebuild, floor, hugo };
}

interface NeighbourhoodQuery {
  name: string;
  slug: string;
}

async function searchFigures(options: SizeOptions, siteDir: string, { name: query, slug }: NeighbourhoodQuery, hasSearchPage: boolean): Promise<SearchFigures> {
  if (!options.browser || !query) return { api: { error: options.browser ? "no neighbourhood to search for" : "skipped (--no-browser)" } };
  options.progress.stage(`N=${options.n} search transfer`);
  const api = await attempt(() => measureApiSearch(siteDir, query));
  return hasSearchPage ? { site: await attempt(() => measureSiteSearch(siteDir, query, `/places/${slug}/`)), api } : { api };
}

/** The neighbourhood most reports name: a search a reader of this archive would make. */
/** The neighbourhood most reports name: its name as a reader types it, and its slug (the name may be shared). */
function busiestNeighbourhood(records: readonly ReportRecord[]): NeighbourhoodQuery {
  const counts = new Map<string, { name: string; count: number }>();
  for (const record of records) {
    for (const place of record.locations) {
      if (place.type !== "neighbourhood") continue;
      const entry = counts.get(place.slug) ?? { name: place.name, count: 0 };
      entry.count++;
      counts.set(place.slug, entry);
    }
  }
  const [slug, { name } = { name: "" }] = [...counts].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))[0] ?? [""];
  return { name, slug };
}

async function attempt<T>(run: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return await run();
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function seconds(since: number): number {
  return (performance.now() - since) / 1000;
}
