/**
 * Throw-away archives for the tests: a content folder in /tmp, built in this
 * process (`build`) or with `scripts/build.ts` as a user would (`buildCommand`).
 * Every folder made here is removed when the test process exits.
 */
import { spawn, spawnSync, type SpawnSyncReturns } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildArchive, type BuildResult } from "../../src/publish/build-archive.ts";
import type { ManifestEntry } from "../../src/publish/collate.ts";
import type { Manifest } from "../../src/publish/manifest.ts";
import { Progress } from "../../src/publish/progress.ts";
import { buildSettings } from "../../src/publish/settings.ts";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const SEEDS = join(ROOT, "tests/fixtures/seeds/raw");
export const HOSTILE_REPORTS = join(ROOT, "tests/fixtures/hostile/reports");
const BUILD = join(ROOT, "scripts/build.ts");
// Resolved here: the command runs in the archive's folder, where no node_modules is.
const TSX = import.meta.resolve("tsx");
const COMMAND_ENV = { ...process.env, SOURCE_DATE_EPOCH: "1500000000", ARCHIVE_BASE_URL: "https://archive.example/" };

const made: string[] = [];
process.on("exit", () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/**
 * A fresh archive: `<tmp>/archive-…/content/`, whose `reports/` holds the given
 * files (name → text or bytes), and the seed reports when asked. Returns the
 * content folder; `buildCommand` runs in the folder above it.
 */
export function makeArchive(files: Record<string, string | Uint8Array> = {}, options: { seeds?: boolean } = {}): string {
  const content = join(tempDir("archive-"), "content");
  mkdirSync(join(content, "reports"), { recursive: true });
  if (options.seeds) cpSync(SEEDS, join(content, "reports"), { recursive: true });
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(content, "reports", name), bytes);
  return content;
}

/** A report file of the fixtures, for `makeArchive`. */
export function fixture(path: string): Buffer {
  return readFileSync(path);
}

export function seed(name: string): Buffer {
  return fixture(join(SEEDS, name));
}

/** Every hostile fixture, and one seed report so that the archive has something ordinary in it. */
export function hostileFiles(exclude: readonly string[] = []): Record<string, Buffer> {
  const files: Record<string, Buffer> = { "000_2f332df18204745e.txt": seed("000_2f332df18204745e.txt") };
  for (const name of readdirSync(HOSTILE_REPORTS)) {
    if (!exclude.includes(name)) files[name] = fixture(join(HOSTILE_REPORTS, name));
  }
  return files;
}

/** A report's path as the build names it: inside the content folder, wherever that is. */
export function reportPath(name: string): string {
  return `reports/${name}`;
}

/** Where `buildCommand` writes (`out` beside the content folder, unless told otherwise). */
export function commandOut(content: string, out = "out"): string {
  return join(dirname(content), out);
}

export function outDir(): string {
  return join(tempDir("site-"), "_site");
}

const quiet = new Progress({ isTTY: false, write: () => true } as unknown as NodeJS.WriteStream);

/** Builds in this process, quietly; `env` as the build's environment (`SOURCE_DATE_EPOCH`, `ARCHIVE_BASE_URL`). */
export function build(content: string, out: string, env: NodeJS.ProcessEnv = {}): Promise<BuildResult> {
  return buildArchive({ ...buildSettings(content, out, env), progress: quiet });
}

export interface CommandOptions {
  /** Added to the build's environment (e.g. `ARCHIVE_KILL_AT`). */
  env?: Record<string, string>;
  /** Run as this user and group (the test runs as root): a file root can read may be unreadable to them. */
  uid?: number;
  gid?: number;
}

/** `node scripts/build.ts --content content --out OUT` in the archive's folder, as a user runs it. */
export function buildCommand(content: string, out = "out", args: readonly string[] = [], options: CommandOptions = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ["--import", TSX, BUILD, "--content", "content", "--out", out, ...args], {
    cwd: dirname(content),
    env: { ...COMMAND_ENV, ...options.env },
    encoding: "utf8",
    timeout: 180_000,
    ...(options.uid === undefined ? {} : { uid: options.uid }),
    ...(options.gid === undefined ? {} : { gid: options.gid }),
  });
}

/** `buildCommand`, started without waiting: for two builds at once. Resolves with its exit code and output. */
export function startBuildCommand(content: string, out = "out", options: CommandOptions = {}): { pid: number; done: Promise<{ status: number | null; stdout: string; stderr: string }> } {
  const child = spawn(process.execPath, ["--import", TSX, BUILD, "--content", "content", "--out", out], { cwd: dirname(content), env: { ...COMMAND_ENV, ...options.env } });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const done = new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => child.on("close", (status) => resolve({ status, stdout, stderr })));
  return { pid: child.pid ?? -1, done };
}

/**
 * Starts `buildCommand` and kills it once it has begun writing (the first file in a
 * staging folder beside `out`). Resolves when the process is gone, with whether the
 * kill came before the build finished and the processes it had started.
 */
export function buildAndKillWhileWriting(content: string, out = "out"): Promise<{ killed: boolean; descendants: number[] }> {
  const dir = dirname(content);
  const child = spawn(process.execPath, ["--import", TSX, BUILD, "--content", "content", "--out", out], { cwd: dir, env: COMMAND_ENV, stdio: "ignore" });
  return new Promise((resolve) => {
    let killed = false;
    let descendants: number[] = [];
    const poll = setInterval(() => {
      const writing = readdirSync(dir).some((name) => name.startsWith(`.${out}.building-`) && readdirSync(join(dir, name)).length > 0);
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

export function read(dir: string, path: string): string {
  return readFileSync(join(dir, path), "utf8");
}

/** Every file under `dir`, relative, sorted. */
export function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => name.split("\\").join("/"))
    .sort();
}

/** Every file of a built site with its SHA-256, for comparing two builds. */
export function fingerprint(site: string): Map<string, string> {
  return new Map(filesUnder(site).map((path) => [path, createHash("sha256").update(readFileSync(join(site, path))).digest("hex")]));
}

export type ManifestFile = ManifestEntry;

export function readManifest(out: string): Manifest {
  return JSON.parse(read(out, "build-report.json")) as Manifest;
}
