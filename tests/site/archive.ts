import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { createHash } from "node:crypto";
import { buildArchive, type BuildResult } from "../../src/publish/build-archive.ts";
import { buildSettings } from "../../src/publish/settings.ts";
import { Progress } from "../../src/publish/progress.ts";

const made: string[] = [];
process.on("exit", () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export const SEEDS = new URL("../../content/reports/", import.meta.url).pathname;

/** A fresh archive folder in /tmp: `reports/` holding the given files (and the seeds when asked). */
export function makeArchive(files: Record<string, string | Uint8Array> = {}, options: { seeds?: boolean } = {}): string {
  const dir = tempDir("archive-");
  mkdirSync(join(dir, "reports"));
  if (options.seeds) cpSync(SEEDS, join(dir, "reports"), { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, "reports", name), content);
  return dir;
}

export function outDir(): string {
  return join(tempDir("site-"), "_site");
}

const quiet = new Progress({ isTTY: false, write: () => true } as unknown as NodeJS.WriteStream);

export function build(content: string, out: string): Promise<BuildResult> {
  return buildArchive({ ...buildSettings(content, out, {}), progress: quiet });
}

export function read(site: string, path: string): string {
  return readFileSync(join(site, path), "utf8");
}

/** Every file of a built site with its SHA-256, for comparing two builds. */
export function fingerprint(site: string): Map<string, string> {
  const files = readdirSync(site, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(
    files
      .map((e) => join(e.parentPath, e.name))
      .map((path) => [relative(site, path), createHash("sha256").update(readFileSync(path)).digest("hex")] as [string, string])
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}
