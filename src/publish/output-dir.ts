import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

/**
 * The site is built beside its destination and moved into place in one rename,
 * so an interrupted build leaves the previous site whole.
 */
export function stagingDir(outDir: string): string {
  const target = resolve(outDir);
  mkdirSync(dirname(target), { recursive: true });
  removeAbandoned(target);
  const staging = join(dirname(target), `.${basename(target)}.building-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  return staging;
}

export function publishDir(staging: string, outDir: string): void {
  const target = resolve(outDir);
  const old = join(dirname(target), `.${basename(target)}.old-${process.pid}`);
  if (existsSync(target)) renameSync(target, old);
  renameSync(staging, target);
  rmSync(old, { recursive: true, force: true });
}

export function discardDir(staging: string): void {
  rmSync(staging, { recursive: true, force: true });
}

/** Staging folders left by builds that were killed: their process is gone. */
function removeAbandoned(target: string): void {
  const pattern = new RegExp(`^\\.${basename(target).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(?:building|old)-(\\d+)$`);
  for (const name of readdirSync(dirname(target))) {
    const pid = pattern.exec(name)?.[1];
    if (pid && !isAlive(Number(pid))) rmSync(join(dirname(target), name), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
