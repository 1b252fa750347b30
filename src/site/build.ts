import { copyFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { extractAll } from "../build/extract-all.ts";
import { formatNotice } from "../extract/notice.ts";
import { loadGazetteer } from "../gazetteer.ts";
import type { Location } from "../types.ts";
import { bundleSearchScript } from "./bundle.ts";
import { collate, type PublishedReport } from "./collate.ts";
import { renderTemplates } from "./eleventy-run.ts";
import { writeExports } from "./exports.ts";
import { plainCitationsAside } from "./citations-aside.ts";
import { listReports } from "./inputs.ts";
import { manifest, summary, writeManifest, type Manifest } from "./manifest.ts";
import { discardDir, publishDir, stagingDir } from "./output-dir.ts";
import { indexSite } from "./pagefind-index.ts";
import { Progress } from "./progress.ts";
import { loadRegistry, planPermalinks, registerIds, REGISTRY_FILE } from "./registry.ts";
import { citationInput, originalUrl, reportView, withPlainCitations } from "./report-view.ts";
import { siteData } from "./site-data.ts";

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  baseUrl: string;
  /** Pins every date the build would otherwise take from the clock (`SOURCE_DATE_EPOCH`). */
  epoch: Date;
  progress?: Progress;
  /** Where extraction results are cached by content; none when undefined. */
  cacheDir?: string;
}

export interface Timings {
  extract: number;
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
  /** 1 when any file was rejected (the rest is still published). */
  exitCode: number;
}

/** A build that must not publish anything: the reasons name the files. */
export class BuildRefused extends Error {
  constructor(readonly reasons: string[]) {
    super(reasons.join("\n"));
  }
}

const seconds = (since: number): number => Math.round(performance.now() - since) / 1000;

/** extraction → records → view models → Eleventy → originals, exports, search script → Pagefind → manifest. */
export async function buildArchive(options: BuildOptions): Promise<BuildResult> {
  const progress = options.progress ?? new Progress();
  const started = performance.now();
  const timings: Timings = { extract: 0, eleventy: 0, pagefind: 0, exports: 0, total: 0, reports: 0, pages: 0 };

  progress.stage("extract");
  let mark = performance.now();
  const { reports: files, others } = listReports(options.contentDir);
  const results = await extractAll(files, {
    onProgress: (done, total) => progress.tick("extract", done, total),
    ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
  });
  timings.extract = seconds(mark);

  const collation = collate(results, formatNotice);
  for (const file of others) {
    collation.entries.push({ file, status: "rejected", reason: `${file}: not a report: only .txt and .md files are read`, messages: [] });
  }
  if (collation.errors.length) throw new BuildRefused(collation.errors);
  const registryFile = join(options.contentDir, REGISTRY_FILE);
  const plan = planPermalinks(
    loadRegistry(registryFile),
    new Set(collation.reports.map((r) => r.record.id)),
    registryFile,
    collation.duplicateRedirects,
  );
  if (plan.errors.length) throw new BuildRefused(plan.errors);

  const sourced = collation.reports.map((report) => ({ ...report, record: { ...report.record, file: sourcePath(options.contentDir, report.file) } }));
  const plain = plainCitationsAside(sourced.map((report) => citationInput(report, options.baseUrl)));
  const reports = sourced
    .map((report) => ({ report, view: reportView(report, options.baseUrl, formatNotice, report.record.file) }))
    .sort((a, b) => (a.view.sortKey === b.view.sortKey ? compare(a.view.id, b.view.id) : compare(b.view.sortKey, a.view.sortKey)));
  withPlainCitations(reports.map((r) => r.view), await plain);
  timings.reports = reports.length;
  const locations = new Map<string, Location[]>(reports.map(({ report }) => [report.record.id, report.record.locations]));
  const site = siteData(reports.map((r) => r.view), locations, loadGazetteer(), options.baseUrl, plan.tombstones, plan.redirects);

  const staging = stagingDir(options.outDir);
  let result: Manifest;
  try {
    progress.stage("eleventy");
    mark = performance.now();
    await renderTemplates(site, staging);
    timings.eleventy = seconds(mark);
    timings.pages = countPages(staging);
    progress.finish("eleventy", timings.pages, "pages");

    progress.stage("exports");
    mark = performance.now();
    copyOriginals(reports.map((r) => r.report), staging);
    await bundleSearchScript(join(staging, "assets", "search.js"));
    writeExports({ outDir: staging, baseUrl: options.baseUrl, reports: reports.map(({ report, view }) => ({ record: report.record, view })), places: site.places, epoch: options.epoch });
    timings.exports = seconds(mark);
    progress.finish("exports", reports.length, "reports");

    progress.stage("pagefind");
    mark = performance.now();
    const indexed = reports.length ? (await indexSite(staging)).pages : 0;
    timings.pagefind = seconds(mark);
    progress.finish("pagefind", indexed, "pages indexed");

    result = manifest(collation.entries, plan);
    writeManifest(staging, result);
    publishDir(staging, options.outDir);
  } catch (error) {
    discardDir(staging);
    throw error;
  }
  registerIds(registryFile, plan.newIds);
  timings.total = seconds(started);
  return { manifest: result, timings, summary: summary(result), exitCode: result.counts.rejected > 0 ? 1 : 0 };
}

function copyOriginals(reports: readonly PublishedReport[], siteDir: string): void {
  for (const report of reports) copyFileSync(report.file, join(siteDir, originalUrl(report)));
}

function sourcePath(contentDir: string, file: string): string {
  return relative(contentDir, file).split(sep).join("/");
}

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith(".html")).length;
}

export function writeTimings(file: string, timings: Timings): void {
  writeFileSync(file, JSON.stringify(timings, null, 2) + "\n");
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
