import type { Machine } from "./machine.ts";
import type { Outcome, SizeResult } from "./run-size.ts";

type Row = [label: string, value: (result: SizeResult) => string];

const MB = 2 ** 20;
const fixed = (value: number, digits = 1): string => value.toFixed(digits);
const kb = (bytes: number): string => fixed(bytes / 1000, 0);
const ok = <T>(outcome: Outcome<T>): T | undefined => (outcome && typeof outcome === "object" && "error" in outcome ? undefined : (outcome as T));
const show = <T>(outcome: Outcome<T>, format: (value: T) => string): string => {
  const value = ok(outcome);
  return value === undefined ? `failed: ${firstLine((outcome as { error: string }).error)}` : format(value);
};
const firstLine = (text: string): string => text.split("\n")[0]?.slice(0, 80) ?? "";

/** Stage seconds as reported, with the rest of the wall time as "other" where the stages do not add up to it. */
function stageSplit(stages: Record<string, number>, wall: number, names: readonly string[]): string {
  const known = names.map((name) => stages[name] ?? 0);
  const other = wall - known.reduce((a, b) => a + b, 0);
  const parts = names.map((name, i) => `${name} ${fixed(known[i] as number)}`);
  return (other >= 0.05 ? [...parts, `other ${fixed(other)}`] : parts).join(" · ");
}

/** "node 1200 · pagefind_extended 900": each program's own peak, largest first. */
const programPeaks = (peaks: Record<string, number>): string =>
  Object.entries(peaks)
    .filter(([, bytes]) => bytes >= 10 * MB)
    .sort((a, b) => b[1] - a[1])
    .map(([program, bytes]) => `${program} ${fixed(bytes / MB, 0)}`)
    .join(" · ");

const ratio = (result: SizeResult, baseline: "floor" | "hugo"): string => {
  const site = ok(result.build);
  const base = ok(result[baseline]);
  return site && base ? `${fixed(site.wall / base.wall, 2)}×` : "–";
};

const renderRatio = (result: SizeResult): string => {
  const site = ok(result.build);
  const base = ok(result.floor);
  if (!site || !base) return "–";
  const siteRender = (site.stages.eleventy ?? 0) + (site.stages.pagefind ?? 0);
  const floorRender = (base.stages.eleventy ?? 0) + (base.stages.pagefind ?? 0);
  return `${fixed(siteRender / floorRender, 2)}×`;
};

const ROWS: Row[] = [
  ["corpus (reports · MB)", (r) => `${r.n} · ${fixed(r.corpusBytes / MB)}`],
  ["extraction, one core (reports/s)", (r) => show(r.extraction, (e) => `${fixed(e.oneCoreRate, 0)} (first ${e.oneCoreSample})`)],
  ["extraction, worker threads (reports/s)", (r) => show(r.extraction, (e) => `${fixed(e.workersRate, 0)} (${e.workers} workers)`)],
  ["extraction failures", (r) => show(r.extraction, (e) => String(e.failures))],
  ["add one report: extraction with cache", (r) => show(r.extraction, (e) => `${fixed(e.incremental.seconds, 2)} s, ${e.incremental.extracted} extracted, ${e.incremental.cached} cached`)],
  ["**site: full build wall (s)**", (r) => show(r.build, (b) => fixed(b.wall))],
  ["site: stages (s)", (r) => show(r.build, (b) => stageSplit(b.stages, b.wall, ["extract", "views", "eleventy", "exports", "pagefind"]))],
  ["site: add one report, rebuild wall (s)", (r) => show(r.rebuild, (b) => `${fixed(b.wall)} (extract ${fixed(b.stages.extract ?? 0)}${b.withCache ? "" : "; the build has no --cache yet"})`)],
  ["site: peak RSS, whole build (MB)", (r) => show(r.build, (b) => `${fixed(b.peakRssBytes / MB, 0)} (${programPeaks(b.peakByProgram)})`)],
  ["site: output (MB · files · pages)", (r) => show(r.build, (b) => `${fixed(b.site.bytes / MB)} · ${b.site.files} · ${b.site.htmlPages}`)],
  ["site: search page + first query (kB)", (r) => show(r.build, (b) => (b.search.site ? show(b.search.site, (s) => `${kb(s.pageBytes + s.queryBytes)} (page ${kb(s.pageBytes)} + query ${kb(s.queryBytes)}; ${s.results} hits for «${r.query}»)`) : "–"))],
  ["baseline 1, Eleventy floor: wall (s)", (r) => show(r.floor, (b) => `${fixed(b.wall)} (${stageSplit(b.stages, b.wall, ["eleventy", "pagefind"])})`)],
  ["baseline 1: peak RSS (MB)", (r) => show(r.floor, (b) => `${fixed(b.peakRssBytes / MB, 0)} (${programPeaks(b.peakByProgram)})`)],
  ["baseline 2, Hugo: wall (s)", (r) => show(r.hugo, (b) => `${fixed(b.wall)} (${stageSplit(b.stages, b.wall, ["hugo", "pagefind"])})`)],
  ["baseline 2: peak RSS (MB)", (r) => show(r.hugo, (b) => `${fixed(b.peakRssBytes / MB, 0)} (${programPeaks(b.peakByProgram)})`)],
  ["**full build ÷ baseline 1** (target ≤ 1.3)", (r) => ratio(r, "floor")],
  ["**full build ÷ baseline 2** (target ≤ 2)", (r) => ratio(r, "hugo")],
  ["site Eleventy+Pagefind stages ÷ baseline 1", renderRatio],
  ["search via Pagefind API, 10 excerpts (kB): site · floor · Hugo", (r) => [r.build, r.floor, r.hugo].map((b) => show(b, (v) => show(v.search.api, (s) => `${kb(s.queryBytes)} (${s.results} hits)`))).join(" · ")],
];

export function resultsTable(results: readonly SizeResult[], machine: Machine, seed: number, loadAfter: number): string {
  const header = `| | ${results.map((r) => `N = ${r.n.toLocaleString("en")}`).join(" | ")} |`;
  const rule = `|---|${results.map(() => "---").join("|")}|`;
  const rows = ROWS.map(([label, value]) => `| ${label} | ${results.map(value).join(" | ")} |`);
  const machineLine =
    `Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGb} GB; Node ${machine.node}, ` +
    `Eleventy ${machine.eleventy}, Pagefind ${machine.pagefind}, Hugo ${machine.hugo}; corpus seed ${seed}; load average ${machine.load} at the start, ${loadAfter} at the end.`;
  return [machineLine, "", header, rule, ...rows].join("\n");
}
