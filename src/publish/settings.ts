import type { BuildOptions } from "./build-archive.ts";

export const DEFAULT_BASE_URL = "http://localhost:8080";

const DAY_MS = 86_400_000;

/**
 * Build options from the command line and the environment (`ARCHIVE_BASE_URL`, `SOURCE_DATE_EPOCH`).
 * The epoch is the build's one "now": `SOURCE_DATE_EPOCH`, or else the start of today (UTC). It
 * dates the reports this build registers, and that date is written to the registry, so later
 * builds of the same content read it from there rather than from the clock.
 */
export function buildSettings(contentDir: string, outDir: string, env: NodeJS.ProcessEnv = process.env, now: () => number = Date.now): BuildOptions {
  const epochSeconds = env.SOURCE_DATE_EPOCH === undefined || env.SOURCE_DATE_EPOCH === "" ? (Math.floor(now() / DAY_MS) * DAY_MS) / 1000 : Number(env.SOURCE_DATE_EPOCH);
  if (!Number.isFinite(epochSeconds)) throw new Error(`SOURCE_DATE_EPOCH must be seconds since 1970 (got "${env.SOURCE_DATE_EPOCH}")`);
  const baseUrl = env.ARCHIVE_BASE_URL || DEFAULT_BASE_URL;
  try {
    new URL(baseUrl);
  } catch {
    throw new Error(`ARCHIVE_BASE_URL must be an absolute URL (got "${baseUrl}")`);
  }
  return { contentDir, outDir, baseUrl: baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`, epoch: new Date(epochSeconds * 1000) };
}
