import { fork } from "node:child_process";
import { existsSync, rmSync, statSync, writeFileSync } from "node:fs";
import { totalmem } from "node:os";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { dataFilesFor, describeDataFiles } from "../knowledge/data-files.ts";
import { formatMessage, type Message } from "../message.ts";
import { acquireLock, type Lock } from "./build-lock.ts";
import { checkOutputs } from "./check-outputs.ts";
import { killPoint } from "./kill-point.ts";
import { summary, type Manifest } from "./manifest.ts";
import { discardDir, prepareOutput, publishDir } from "./output-dir.ts";
import { readPreviousSite } from "./previous-site.ts";
import { indexRecords } from "../search/pagefind-index.ts";
import { Progress } from "./progress.ts";
import { archiveDay, registerIds, REGISTRY_FILE } from "./registry.ts";
import type { RenderReply } from "./render-child.ts";
import type { RenderedSite, RenderRequest } from "./render-site.ts";
import { BuildRefused, diskRefusal, EXIT_CODES } from "./refusal.ts";

export { BuildRefused };

/** The lock of a content folder: one build at a time writes its registry. */
export const CONTENT_LOCK_FILE = ".build.lock";

/** The lock of an output, beside it: one build at a time replaces its site. */
export function outputLockFile(outDir: string): string {
  const target = resolve(outDir);
  return join(dirname(target), `.${basename(target)}.lock`);
}

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  baseUrl: string;
  /** Pins every date the build would otherwise take from the clock (`SOURCE_DATE_EPOCH`). */
  epoch: Date;
  progress?: Progress;
  /** Where extraction results and report views are cached by content; none when undefined. */
  cacheDir?: string;
  /** Warnings fail the run, as a rejected file does (the site is still published). */
  frail?: boolean;
}

export interface Timings {
  extract: number;
  /** Collation, permalinks, view models and citations: everything between extraction and Eleventy. */
  views: number;
  eleventy: number;
  pagefind: number;
  exports: number;
  total: number;
  reports: number;
  pages: number;
}

export interface BuildResult {
  manifest: Manifest;
  timings: Timings;
  summary: string;
  /** What the build said about itself rather than a file: a stale lock taken over, an output restored. */
  notes: Message[];
  /** 1 when any file was rejected, or with `frail` had a warning (the rest is still published). */
  exitCode: number;
}

/** Errors of a folder the build may read but not write. */
const READ_ONLY = new Set(["EACCES", "EPERM", "EROFS"]);

const seconds = (since: number): number => Math.round(performance.now() - since) / 1000;

/**
 * Renders the site in a process of its own, then indexes it with Pagefind here,
 * records its new ids in the registry, and publishes it in one rename. The two
 * heavy stages never hold memory at the same time: the renderer exits before
 * Pagefind starts, and this process only streams the search records to Pagefind.
 * The content folder and the output are locked for the whole build.
 */
export async function buildArchive(options: BuildOptions): Promise<BuildResult> {
  const reportsDir = join(options.contentDir, "reports");
  if (!existsSync(reportsDir) || !statSync(reportsDir).isDirectory()) {
    throw new BuildRefused([{ file: reportsDir, severity: "error", reason: `no reports folder (expected ${options.contentDir}/reports/*.txt or *.md)`, ruleId: "no-reports" }], "usage");
  }
  const locks: Lock[] = [];
  try {
    // Always the content folder first, then the output: two builds never wait on each other crosswise.
    locks.push(acquireLock(join(options.contentDir, CONTENT_LOCK_FILE), `the content folder ${options.contentDir}`, { readOnlyIsFine: true }));
    locks.push(acquireLock(outputLockFile(options.outDir), `the output ${options.outDir}`));
    return await buildLocked(options, locks.flatMap((lock) => (lock.note ? [lock.note] : [])));
  } finally {
    for (const lock of locks.reverse()) lock.release();
  }
}

async function buildLocked(options: BuildOptions, notes: Message[]): Promise<BuildResult> {
  const progress = options.progress ?? new Progress();
  const started = performance.now();
  const { staging, restored } = prepareOutput(options.outDir);
  if (restored) notes.push(restored);
  const { site: previous, warning } = readPreviousSite(options.outDir);
  if (warning) notes.push(warning);
  const searchRecordsFile = join(staging, ".search-records.jsonl");
  const dataFiles = dataFilesFor(options.contentDir);
  let rendered: RenderedSite;
  let indexed = 0;
  let pagefindSeconds = 0;
  try {
    rendered = await renderInChild({
      contentDir: options.contentDir,
      dataFiles,
      siteDir: staging,
      previousSiteDir: options.outDir,
      baseUrl: options.baseUrl,
      epoch: options.epoch,
      ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
      ...(previous ? { previous } : {}),
      searchRecordsFile,
      liveProgress: progress.live,
    });
    progress.stage("pagefind");
    const mark = performance.now();
    if (rendered.timings.reports) indexed = (await indexRecords(searchRecordsFile, staging)).pages;
    pagefindSeconds = seconds(mark);
    progress.finish("pagefind", indexed, "reports indexed");
    rmSync(searchRecordsFile, { force: true });
    const unparseable = checkOutputs(staging, options.outDir);
    if (unparseable.length) throw new BuildRefused(unparseable, "output");
    // The registry first, durably: a site is never published whose ids the registry could lose.
    const registryFile = join(options.contentDir, REGISTRY_FILE);
    const { newlyRegistered, newlyDated } = rendered.manifest;
    try {
      registerIds(registryFile, newlyRegistered, archiveDay(options.epoch), newlyDated, rendered.restoredRedirects);
    } catch (error) {
      // Dating the entries of the registry's first form can wait for a build that may write it;
      // an id the registry has never recorded cannot.
      const onlyDating = newlyRegistered.length === 0 && rendered.restoredRedirects.length === 0 && READ_ONLY.has(String((error as NodeJS.ErrnoException).code));
      if (!onlyDating) throw diskRefusal(error, registryFile) ?? error;
      notes.push({ file: registryFile, severity: "info", reason: `cannot be written (${String((error as NodeJS.ErrnoException).code)}): ${newlyDated.length} entries of its first form keep no archived day until a build may write it`, ruleId: "registry-undated" });
    }
    killPoint("registry-written");
    publishDir(staging, options.outDir);
  } catch (error) {
    discardDir(staging);
    const refusal = error instanceof BuildRefused ? error : diskRefusal(error, options.outDir);
    if (!refusal) throw error;
    // The staging folder is gone: a message names the output it was to become.
    const shown = new BuildRefused(
      refusal.messages.map((m) => (m.file.startsWith(staging) ? { ...m, file: join(options.outDir, relative(staging, m.file)) } : m)),
      refusal.kind,
    );
    shown.notes = notes;
    throw shown;
  }
  const { manifest } = rendered;
  const timings: Timings = { ...rendered.timings, pagefind: pagefindSeconds, total: seconds(started) };
  const failed = manifest.counts.rejected > 0 || (options.frail === true && manifest.counts["published-with-warnings"] > 0);
  const said = notes.map((note) => `${formatMessage(note)}\n`).join("");
  return {
    manifest,
    timings,
    notes,
    summary: `${describeDataFiles(dataFiles)}\n${said}${summary(manifest, options.contentDir, options.frail === true)}`,
    exitCode: failed ? EXIT_CODES.rejected : EXIT_CODES.published,
  };
}

const RENDER_CHILD = fileURLToPath(new URL("./render-child.ts", import.meta.url));
/**
 * The renderer holds every report's view at once: at 100,000 reports that is more
 * than V8's default heap. `--expose-gc` lets it collect Eleventy's garbage before the exports.
 */
const RENDER_HEAP_MB = Math.floor((totalmem() / 2 ** 20) * 0.75);

function renderInChild(request: RenderRequest): Promise<RenderedSite> {
  return new Promise((resolvePromise, reject) => {
    const child = fork(RENDER_CHILD, {
      execArgv: ["--expose-gc", "--import", import.meta.resolve("tsx"), `--max-old-space-size=${RENDER_HEAP_MB}`],
      serialization: "advanced",
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    let reply: RenderReply | undefined;
    child.once("message", (message: RenderReply) => (reply = message));
    child.once("error", reject);
    // Waiting for the exit, not the reply, is what lets Pagefind start with the renderer's memory free.
    child.once("exit", (code, signal) => {
      if (reply?.ok) resolvePromise(reply.site);
      else if (reply && "refused" in reply) reject(new BuildRefused(reply.refused, reply.kind));
      else if (reply) reject(new Error(`rendering the site failed: ${reply.error}`));
      else reject(new Error(`the process rendering the site ended without an answer (${signal ?? `exit code ${code}`})`));
    });
    child.send(request);
  });
}

export function writeTimings(file: string, timings: Timings): void {
  writeFileSync(file, JSON.stringify(timings, null, 2) + "\n");
}
