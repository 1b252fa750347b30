import { createHash } from "node:crypto";
import { closeSync, copyFileSync, openSync, readdirSync, writeSync } from "node:fs";
import { join } from "node:path";
import { extractAll } from "../batch/extract-all.ts";
import { extractionVersion } from "../batch/extract-cache.ts";
import type { DataFile } from "../knowledge/data-files.ts";
import { loadKnowledge, type Knowledge } from "../knowledge/index.ts";
import { bundleSearchScript } from "../search/bundle.ts";
import { plainCitationsAside } from "../cite/citations-aside.ts";
import { bundleCopyScript, writeCitationFiles } from "../cite/citation-files.ts";
import { collate, contentPath, rejectReport, type PublishedReport } from "./collate.ts";
import { renderTemplates } from "./render-templates.ts";
import { writeExports } from "../export/exports.ts";
import { codebook, coordinateSources } from "../export/codebook.ts";
import { writePlaceClaims } from "../export/place-claims.ts";
import { outletSlugs } from "../knowledge/outlets.ts";
import { archivedOrder } from "./archived-order.ts";
import { keepTombstoneFacts, tombstoneFacts } from "./tombstone-facts.ts";
import { listReports } from "./inputs.ts";
import { manifest, writeManifest, type Manifest } from "./manifest.ts";
import { Progress } from "./progress.ts";
import { archiveDay, closedIdClaims, loadRegistry, planPermalinks, REGISTRY_FILE, type Redirect } from "./registry.ts";
import type { PreviousSite } from "./previous-site.ts";
import { citationInput, completeReportView, draftReportView, originalFileUrl, type ReportView, type ViewKnowledge } from "../views/report-view.ts";
import { routes } from "../routes.ts";
import { writePlaceSearch } from "../search/place-search.ts";
import { searchRecord } from "../search/search-record.ts";
import { siteData } from "../views/site-data.ts";
import { ViewCache, viewKey } from "../views/view-cache.ts";
import { BuildRefused } from "./refusal.ts";
import { formatMessage } from "../message.ts";
import { reviewArchive } from "../review/review-archive.ts";

export interface RenderRequest {
  contentDir: string;
  /** The archive's data files (its own, or the repository's defaults). */
  dataFiles: readonly DataFile[];
  /** The folder the site is written into (the build's staging folder). */
  siteDir: string;
  /** The site this build replaces, if there is one: what it published is all a tombstone can still tell of a withdrawn report. */
  previousSiteDir?: string;
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
  const collated = collate(results, request.contentDir, request.previous?.reports);
  for (const message of notRead) {
    const file = contentPath(request.contentDir, message.file);
    collated.entries.push({ file, status: "rejected", reason: formatMessage({ ...message, file }), messages: [] });
  }
  // After the extraction cache: editing a review re-extracts nothing.
  const collation = reviewArchive(collated, request.contentDir, knowledge);
  const claims = closedIdClaims(registry, collation.reports.map((r) => ({ id: r.record.id, file: r.file })), registryFile);
  for (const [file, reason] of claims) rejectReport(collation, file, reason);
  const published = new Set(collation.reports.map((r) => r.record.id));
  const plan = planPermalinks(registry, published, registryFile, {
    extraRedirects: collation.duplicateRedirects,
    contested: collation.contested,
    today: archiveDay(request.epoch),
    ...(request.previous ? { previous: request.previous } : {}),
  });
  if (plan.errors.length) throw new BuildRefused(plan.errors, "permalinks");

  const reports = (await reportViews(collation.reports, request, knowledge, plan.archived)).sort((a, b) =>
    a.view.sortKey === b.view.sortKey ? compare(a.view.id, b.view.id) : compare(b.view.sortKey, a.view.sortKey),
  );
  timings.reports = reports.length;
  const { gazetteer } = knowledge;
  const views = reports.map((r) => r.view);
  const withdrawn = tombstoneFacts(plan.tombstones, request.previousSiteDir);
  const site = siteData({
    reports: views,
    gazetteer,
    baseUrl: request.baseUrl,
    tombstones: plan.tombstones.map((t) => ({ ...t, facts: withdrawn.get(t.id) ?? null, withdrawnOn: t.on })),
    redirects: plan.redirects,
    archivedOrder: archivedOrder(registry, published, plan.newIds, plan.archived),
    formerActorIds: new Map(knowledge.vocabulary.map((actor) => [actor.id, actor.formerly])),
  });
  timings.views = seconds(mark);
  progress.finish("views", reports.length, "reports");

  progress.stage("eleventy");
  mark = performance.now();
  const dataCodebook = codebook(knowledge.vocabulary);
  await renderTemplates(site, request.siteDir, { codebook: dataCodebook, coordinateSources: coordinateSources(gazetteer) });
  timings.eleventy = seconds(mark);
  timings.pages = countPages(request.siteDir);
  // Eleventy leaves a heap of garbage that V8, with a heap limit sized for 100,000
  // reports, would keep while the exports grow theirs beside it: collected now, the
  // renderer's peak is Eleventy's alone (1.7 GB, not 2.3, at 10,000 reports).
  collectGarbage();
  progress.finish("eleventy", timings.pages, "pages");

  progress.stage("exports");
  mark = performance.now();
  copyOriginals(reports.map((r) => r.report), request.siteDir);
  writeCitationFiles(request.siteDir, views);
  keepTombstoneFacts(request.siteDir, withdrawn);
  await bundleSearchScript(join(request.siteDir, routes.searchScript), knowledge.transliteration);
  await bundleCopyScript(join(request.siteDir, routes.citeScript));
  writeExports({
    outDir: request.siteDir,
    baseUrl: request.baseUrl,
    reports: views,
    places: site.places,
    epoch: request.epoch,
    codebook: dataCodebook,
    coordinateSources: coordinateSources(gazetteer),
    coordinateSourceOf: new Map(gazetteer.places.flatMap((place) => (place.source ? [[place.slug, place.source] as const] : []))),
  });
  writePlaceClaims(request.siteDir, site.places, views, request.baseUrl, dataCodebook);
  writePlaceSearch(request.siteDir, { places: site.places, actors: site.actors, gazetteer, vocabulary: knowledge.vocabulary, transliteration: knowledge.transliteration });
  const records = openSync(request.searchRecordsFile, "w");
  try {
    for (const view of views) writeSync(records, `${JSON.stringify(searchRecord(view, gazetteer))}\n`);
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
 * another core. `archivedOn`: the day each report entered the archive.
 */
async function reportViews(
  reports: readonly PublishedReport[],
  request: RenderRequest,
  knowledge: Knowledge,
  archivedOn: ReadonlyMap<string, string>,
): Promise<{ report: PublishedReport; view: ReportView }[]> {
  const cache = request.cacheDir ? new ViewCache(request.cacheDir, knowledge) : undefined;
  const extractor = extractionVersion(knowledge);
  const known: ViewKnowledge = {
    actors: new Map(knowledge.vocabulary.map((actor) => [actor.id, { name: actor.name, kind: actor.kind }])),
    outletSlug: outletSlugs(knowledge.outlets),
  };
  const archived = (report: PublishedReport): string => {
    const day = archivedOn.get(report.record.id);
    if (day === undefined) throw new Error(`${report.record.id}: no archived date in the permalink plan`);
    return day;
  };
  // The record, its notices and its review are in the key: a view is only ever taken for the very record the exports are written from.
  const keys = reports.map((report) => viewKey(extractor, report.file, report.sha256, recordDigest(report), request.baseUrl, archived(report)));
  const views = keys.map((key) => cache?.get(key));
  const missing = reports.flatMap((_, i) => (views[i] ? [] : [i]));
  const plain = plainCitationsAside(missing.map((i) => citationInput(reports[i]!, request.baseUrl, archived(reports[i]!))));
  const drafts = missing.map((i) => draftReportView(reports[i]!, request.baseUrl, known, archived(reports[i]!)));
  const plainCitations = await plain;
  missing.forEach((i, k) => {
    const draft = drafts[k]!;
    const citation = plainCitations.get(draft.id);
    if (!citation) throw new Error(`${draft.id}: citeproc gave no citation`);
    views[i] = completeReportView(draft, citation);
    cache?.set(keys[i]!, views[i]!);
  });
  return reports.map((report, i) => ({ report, view: views[i]! }));
}

function recordDigest(report: PublishedReport): string {
  return createHash("sha256").update(JSON.stringify({ record: report.record, notices: report.notices, review: report.review ?? null })).digest("hex");
}

function copyOriginals(reports: readonly PublishedReport[], siteDir: string): void {
  for (const report of reports) copyFileSync(report.file, join(siteDir, originalFileUrl(report)));
}

/** A full collection, where the process runs with `--expose-gc` (the renderer does: see `build-archive.ts`). */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith(".html")).length;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
