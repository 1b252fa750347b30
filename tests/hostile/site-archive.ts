import { spawn, spawnSync, type SpawnSyncReturns } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** Helpers that build a throw-away archive with `scripts/build.ts`, as a user would. */

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const HOSTILE_REPORTS = join(ROOT, "tests/fixtures/hostile/reports");
const BUILD = join(ROOT, "scripts/build.ts");
// Resolved here: the build runs inside the temporary archive, where no node_modules is.
const TSX = import.meta.resolve("tsx");

export interface Archive {
  /** The temporary folder; the build runs with it as working directory. */
  dir: string;
  /** `content/reports/NAME` as the build names files (relative to `dir`). */
  reportPath(name: string): string;
  remove(): void;
}

/** A temporary archive whose `content/reports/` holds the given files (name → source path). */
export function makeArchive(files: Record<string, string>): Archive {
  const dir = mkdtempSync(join(tmpdir(), "hostile-archive-"));
  const reports = join(dir, "content", "reports");
  mkdirSync(reports, { recursive: true });
  for (const [name, source] of Object.entries(files)) cpSync(source, join(reports, name));
  return {
    dir,
    reportPath: (name) => `content/reports/${name}`,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Every hostile fixture, and one seed report so that the archive has something ordinary in it. */
export function hostileFiles(exclude: readonly string[] = []): Record<string, string> {
  const files: Record<string, string> = { "000_2f332df18204745e.txt": join(ROOT, "content/reports/000_2f332df18204745e.txt") };
  for (const name of readdirSync(HOSTILE_REPORTS)) {
    if (!exclude.includes(name)) files[name] = join(HOSTILE_REPORTS, name);
  }
  return files;
}

const BUILD_ENV = { ...process.env, SOURCE_DATE_EPOCH: "1500000000", ARCHIVE_BASE_URL: "https://archive.example/" };

export function build(archive: Archive, out = "out"): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ["--import", TSX, BUILD, "--content", "content", "--out", out], {
    cwd: archive.dir,
    env: BUILD_ENV,
    encoding: "utf8",
    timeout: 180_000,
  });
}

/**
 * Starts a build and kills it once it has begun writing (the first file in a
 * staging folder beside `out`, or anything new in `out` itself). Resolves when
 * the process is gone, with whether the kill came before the build finished.
 */
export function buildAndKillWhileWriting(archive: Archive, out = "out"): Promise<{ killed: boolean; descendants: number[] }> {
  const child = spawn(process.execPath, ["--import", TSX, BUILD, "--content", "content", "--out", out], {
    cwd: archive.dir,
    env: BUILD_ENV,
    stdio: "ignore",
  });
  return new Promise((resolve) => {
    let killed = false;
    let descendants: number[] = [];
    const poll = setInterval(() => {
      const writing = readdirSync(archive.dir).some((name) => name.startsWith(`.${out}.`) && readdirSync(join(archive.dir, name)).length > 0);
      if (writing && !killed && child.pid !== undefined) {
        descendants = descendantsOf(child.pid);
        killed = child.kill("SIGKILL");
      }
    }, 5);
    child.on("exit", (code) => {
      clearInterval(poll);
      resolve({ killed: killed && code === null, descendants });
    });
  });
}

/** The processes `pid` started, and theirs, from Linux's /proc. */
function descendantsOf(pid: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // "pid (name) state ppid …": the name may hold spaces, so read after its closing parenthesis.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // the process ended meanwhile
    }
  }
  const found: number[] = [];
  for (let frontier = [pid]; frontier.length; ) {
    frontier = [...parents].filter(([, parent]) => frontier.includes(parent)).map(([child]) => child);
    found.push(...frontier);
  }
  return found;
}

/** Whether a process is still running (a zombie has finished). */
export function isRunning(pid: number): boolean {
  try {
    return !/^\S+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}

/** Every file under `dir`, relative, sorted. */
export function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => name.split("\\").join("/"))
    .sort();
}

export interface ManifestFile {
  file: string;
  status: "published" | "published-with-warnings" | "duplicate" | "rejected";
  id?: string;
  url?: string;
  reason?: string;
  messages: string[];
}

export function readManifest(out: string): { counts: Record<string, number>; files: ManifestFile[] } {
  return JSON.parse(readFileSync(join(out, "build-report.json"), "utf8")) as { counts: Record<string, number>; files: ManifestFile[] };
}
