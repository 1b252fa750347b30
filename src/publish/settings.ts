import type { BuildOptions } from "./build-archive.ts";
import { BuildRefused } from "./refusal.ts";

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
  if (!Number.isFinite(epochSeconds)) throw badSetting("SOURCE_DATE_EPOCH", `must be seconds since 1970 (got "${env.SOURCE_DATE_EPOCH}")`);
  const baseUrl = env.ARCHIVE_BASE_URL || DEFAULT_BASE_URL;
  let parsed: URL;
  try {
    parsed = new URL(baseUrl);
  } catch {
    throw badSetting("ARCHIVE_BASE_URL", `must be an absolute URL (got "${baseUrl}")`);
  }
  // It starts every permalink, canonical link and citation: an address a reader's browser can open, and nothing else.
  if ((parsed.protocol !== "http:" && parsed.protocol !== "https:") || parsed.username || parsed.password || /[\s{}|\\^`"<>]/.test(baseUrl)) {
    throw badSetting("ARCHIVE_BASE_URL", `must be an http:// or https:// address without a user name, password or characters that need escaping (got "${baseUrl}")`);
  }
  return { contentDir, outDir, baseUrl: baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`, epoch: new Date(epochSeconds * 1000) };
}

/** A setting from the environment that the build cannot use: the message names the variable. */
function badSetting(variable: string, reason: string): BuildRefused {
  return new BuildRefused([{ file: variable, severity: "error", reason, ruleId: "setting-invalid" }], "usage");
}
