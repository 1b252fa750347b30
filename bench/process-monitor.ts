import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";

export interface RunMeasure {
  wallSeconds: number;
  /** Highest sum of resident memory over the process and all its descendants, in bytes. */
  peakRssBytes: number;
  /** The highest resident memory each program in the tree reached (by command name), to say where memory goes. */
  peakByProgram: Record<string, number>;
  stdout: string;
  stderr: string;
}

const PAGE_SIZE = 4096;
const POLL_MS = 50;

/**
 * Runs a command and measures its wall time and the peak resident memory of its
 * whole process tree (a build spawns Pagefind and helpers, and their memory counts
 * as the build's). Linux-only: it reads /proc. Fails naming the command on a non-zero exit.
 */
export function runMeasured(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<RunMeasure> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    let peak = 0;
    const peakByProgram: Record<string, number> = {};
    const poll = setInterval(() => {
      if (child.pid === undefined) return;
      const tree = treeRss(child.pid);
      peak = Math.max(peak, tree.total);
      for (const [program, rss] of tree.byProgram) peakByProgram[program] = Math.max(peakByProgram[program] ?? 0, rss);
    }, POLL_MS);
    child.on("error", (error) => {
      clearInterval(poll);
      reject(new Error(`${command}: ${error.message}`));
    });
    child.on("close", (code, signal) => {
      clearInterval(poll);
      const wallSeconds = (performance.now() - started) / 1000;
      if (code !== 0) {
        reject(new Error(`${command} ${args.join(" ")} failed (${signal ?? `exit ${code}`}):\n${stderr.slice(-4000)}`));
        return;
      }
      resolve({ wallSeconds, peakRssBytes: peak, peakByProgram, stdout, stderr });
    });
  });
}

/** Resident bytes of a process and its descendants now, in total and by program. */
export function treeRss(root: number): { total: number; byProgram: Map<string, number> } {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const parent = parentOf(Number(entry));
    if (parent === undefined) continue;
    children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  let total = 0;
  const byProgram = new Map<string, number>();
  const pending = [root];
  for (let pid = pending.pop(); pid !== undefined; pid = pending.pop()) {
    const rss = rssOf(pid);
    total += rss;
    const program = programOf(pid);
    byProgram.set(program, (byProgram.get(program) ?? 0) + rss);
    pending.push(...(children.get(pid) ?? []));
  }
  return { total, byProgram };
}

function programOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim();
  } catch {
    return "?";
  }
}

function parentOf(pid: number): number | undefined {
  try {
    // The command name (field 2) may hold spaces and parentheses: fields resume after the last ")".
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined; // the process ended while we looked
  }
}

function rssOf(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]) * PAGE_SIZE;
  } catch {
    return 0;
  }
}
