import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, totalmem } from "node:os";
import { fileURLToPath } from "node:url";

export interface Machine {
  cores: number;
  cpu: string;
  memoryGb: number;
  node: string;
  eleventy: string;
  pagefind: string;
  hugo: string;
  /** One-minute load average when the run started: the cores are shared, and a busy machine slows every figure. */
  load: number;
}

export function describeMachine(): Machine {
  return {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model ?? "unknown",
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    eleventy: packageVersion("@11ty/eleventy"),
    pagefind: packageVersion("pagefind"),
    hugo: hugoVersion(),
    load: Number((loadavg()[0] ?? 0).toFixed(1)),
  };
}

function packageVersion(name: string): string {
  try {
    // Read the file rather than import it: packages such as pagefind export neither ./package.json nor a require() entry.
    const main = fileURLToPath(import.meta.resolve(name));
    const root = main.slice(0, main.lastIndexOf(`node_modules/${name}/`) + `node_modules/${name}/`.length);
    return (JSON.parse(readFileSync(`${root}package.json`, "utf8")) as { version: string }).version;
  } catch {
    return "not installed";
  }
}

function hugoVersion(): string {
  try {
    return /v(\d+\.\d+\.\d+)/.exec(execFileSync("hugo", ["version"], { encoding: "utf8" }))?.[1] ?? "unknown";
  } catch {
    return "not installed";
  }
}
