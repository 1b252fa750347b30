import { createHash } from "node:crypto";
import { closeSync, copyFileSync, openSync, readdirSync, writeSync } from "node:fs";
import { join } from "node:path";
import { extractAll } from "../batch/extract-all.ts";
import { extractionVersion } from "../batch/extract-cache.ts";
import type { DataFile } from "../knowledge/data-files.ts";
import { loadKnowledge, type Knowledge } from "../knowledge/index.ts";
import { bundleSearchScript } from "../search/bundle.ts";
import { plainCitationsAside } from "../cite/citations-aside.ts";
import { collate, rejectReport, type PublishedReport } from "./collate.ts";
import { renderTemplates } from "./render-templates.ts";
import { writeExports } from "../export/exports.ts";
import { listReports } from "./inputs.ts";
import { manifest, writeManifest, type Manifest } from "./manifest.ts";
import { Progress } from "./progress.ts";
import { closedIdClaims, loadRegistry, planPermalinks, REGISTRY_FILE, type Redirect } from "./registry.ts";
import type { PreviousSite } from "./previous-site.ts";
import { citationInput, completeReportView, draftReportView, originalFileUrl, type ReportView } from "../views/report-view.ts";
import { routes } from "../routes.ts";
import { writePlaceSearch } from "../search/place-search.ts";
import { searchRecord } from "../search/search-record.ts";
import { siteData } from "../views/site-data.ts";
import { ViewCache, viewKey } from "../views/view-cache.ts";
import { BuildRefused } from "./refusal.ts";
import { formatMessage } from "../message.ts";

export interface RenderRequest {
  contentDir: string;
  /** The archive's data files (its own, or the repository's defaults). */
  dataFiles: readonly DataFile[];
  /** The folder the site is written into (the build's staging folder). */
  siteDir: string;
  baseUrl: string;
  epoch: Date;
  /** The extraction cache; report views are cached in its `views/` folder. */
  cacheDir?: string;
  /** The site this build replaces, as its manifest says: the ids it answered for. */
  previous?: PreviousSite;
  /** Where the search records go, one JSON line a report, for the indexing stage. */
  searchRecordsFile: string;
  /** Whether to show progress (decided by the process that owns the terminal). */
  liveProgress: boolean;
}

export interface RenderedSite {
  manifest: Manifest;
  /** Redirects of the replaced site that the registry had lost, to register as merges. */
  restoredRedirects: Redirect[];
  timings: { extract: number; views: number; eleventy: number; exports: number; reports: number; pages: number };
}


const seconds = (since: number): number => Math.round(performance.now() - since) / 1000;

/**
 * Everything of the build but the search index: extraction → records → view
 * models → Eleventy → originals, exports, search script, search records, manifest.
 * It runs in a process of its own (`render-child.ts`), so that all it holds is
 * given back to the system before Pagefind builds the index.
 */
export async function renderSite(request: RenderRequest): Promise<RenderedSite> {
  const progress = new Progress(process.stderr, request.liveProgress);
  const timings: RenderedSite["timings"] = { extract: 0, views: 0, eleventy: 0, exports: 0, reports: 0, pages: 0 };

  progress.stage("extract");
  let mark = performance.now();
  const knowledge = loadKnowledge(request.dataFiles);
  // Read before any report: a registry that cannot be trusted stops the build before the work.
  const registryFile = join(request.contentDir, REGISTRY_FILE);
  const registry = loadRegistry(registryFile);
  const { reports: files, rejected: notRead } = listReports(request.contentDir);
  const results = await extractAll(files, {
    knowledge,
    onProgress: (done, total) => progress.tick("extract", done, total),
    ...(request.cacheDir ? { cacheDir: request.cacheDir } : {}),
  });
  timings.extract = seconds(mark);

  progress.stage("views");
  mark = performance.now();
  const collation = collate(results, request.contentDir, request.previous?.reports);
  for (const message of notRead) collation.entries.push({ file: message.file, status: "rejected", reason: formatMessage(message), messages: [] });
  const claims = closedIdClaims(registry, collation.reports.map((r) => ({ id: r.record.id, file: r.file })), registryFile);
  for (const [file, reason] of claims) rejectReport(collation, file, reason);
  const plan = planPermalinks(registry, new Set(collation.reports.map((r) => r.record.id)), registryFile, {
    extraRedirects: collation.duplicateRedirects,
    contested: collation.contested,
    ...(request.previous ? { previous: request.previous } : {}),
  });
  if (plan.errors.length) throw new BuildRefused(plan.errors, "permalinks");

  const reports = (await reportViews(collation.reports, request, knowledge)).sort((a, b) =>
    a.view.sortKey === b.view.sortKey ? compare(a.view.id, b.view.id) : compare(b.view.sortKey, a.view.sortKey),
  );
  timings.reports = reports.length;
  const { gazetteer } = knowledge;
  const views = reports.map((r) => r.view);
  const site = siteData(views, gazetteer, request.baseUrl, plan.tombstones, plan.redirects);
  timings.views = seconds(mark);
  progress.finish("views", reports.length, "reports");

  progress.stage("eleventy");
  mark = performance.now();
  await renderTemplates(site, request.siteDir);
  timings.eleventy = seconds(mark);
  timings.pages = countPages(request.siteDir);
  progress.finish("eleventy", timings.pages, "pages");

  progress.stage("exports");
  mark = performance.now();
  copyOriginals(reports.map((r) => r.report), request.siteDir);
  await bundleSearchScript(join(request.siteDir, routes.searchScript));
  writeExports({ outDir: request.siteDir, baseUrl: request.baseUrl, reports: views, places: site.places, epoch: request.epoch });
  writePlaceSearch(request.siteDir, site.places, gazetteer);
  const records = openSync(request.searchRecordsFile, "w");
  try {
    for (const view of views) writeSync(records, `${JSON.stringify(searchRecord(view))}\n`);
  } finally {
    closeSync(records);
  }
  timings.exports = seconds(mark);
  progress.finish("exports", reports.length, "reports");

  const result = manifest(collation.entries, plan);
  writeManifest(request.siteDir, result);
  return { manifest: result, restoredRedirects: plan.restoredRedirects, timings };
}

/**
 * Every published report's view, from the view cache when the build has one;
 * the rest are made here while citeproc formats their plain citations on
 * another core.
 */
async function reportViews(reports: readonly PublishedReport[], request: RenderRequest, knowledge: Knowledge): Promise<{ report: PublishedReport; view: ReportView }[]> {
  const cache = request.cacheDir ? new ViewCache(request.cacheDir, knowledge) : undefined;
  const extractor = extractionVersion(knowledge);
  const vocabularyNames = new Map(knowledge.vocabulary.map((actor) => [actor.id, actor.name]));
  // The record and its notices are in the key: a view is only ever taken for the very record the exports are written from.
  const keys = reports.map((report) => viewKey(extractor, report.file, report.sha256, recordDigest(report), request.baseUrl));
  const views = keys.map((key) => cache?.get(key));
  const missing = reports.flatMap((_, i) => (views[i] ? [] : [i]));
  const plain = plainCitationsAside(missing.map((i) => citationInput(reports[i]!, request.baseUrl)));
  const drafts = missing.map((i) => draftReportView(reports[i]!, request.baseUrl, vocabularyNames));
  const plainCitations = await plain;
  missing.forEach((i, k) => {
    const draft = drafts[k]!;
    views[i] = completeReportView(draft, plainCitations.get(draft.id) ?? "");
    cache?.set(keys[i]!, views[i]!);
  });
  return reports.map((report, i) => ({ report, view: views[i]! }));
}

function recordDigest(report: PublishedReport): string {
  return createHash("sha256").update(JSON.stringify({ record: report.record, notices: report.notices })).digest("hex");
}

function copyOriginals(reports: readonly PublishedReport[], siteDir: string): void {
  for (const report of reports) copyFileSync(report.file, join(siteDir, originalFileUrl(report)));
}

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith(".html")).length;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
