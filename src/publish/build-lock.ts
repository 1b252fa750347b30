import { linkSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import type { Message } from "../message.ts";
import { BuildRefused } from "./refusal.ts";

/**
 * One build at a time per content folder (its registry) and per output (its site).
 * A lock is a file holding who took it: the process id, the machine, when, and
 * when that process started (so that a process id the system has given to another
 * program since does not hold the lock). It is created in one step (a hard link to
 * a complete file, which fails if the lock exists), so it is never seen half-written.
 *
 * The stale-lock rule: a lock whose process has ended on this machine (killed,
 * crashed, the machine restarted) is taken over, and the build says so. A lock
 * held by a live process, or by another machine (which this one cannot check),
 * refuses the build, naming the holder.
 */
export interface LockHolder {
  pid: number;
  host: string;
  since: string;
  /** The process's start time as the system counts it (Linux: /proc/<pid>/stat), when known. */
  processStart?: string;
}

export interface Lock {
  file: string;
  /** Said when a stale lock was taken over, or a read-only folder left unlocked. */
  note?: Message;
  release(): void;
}

/**
 * Takes the lock in `file`; `what` names what it guards, for the messages. With
 * `readOnlyIsFine`, a folder that cannot be written is not locked (a build that
 * cannot write there cannot spoil what another writes), and the build says so.
 */
export function acquireLock(file: string, what: string, options: { readOnlyIsFine?: boolean } = {}): Lock {
  const mine: LockHolder = { pid: process.pid, host: hostname(), since: new Date().toISOString(), ...optional(processStartOf(process.pid)) };
  const text = `${JSON.stringify(mine)}\n`;
  let tookOver: Message | undefined;
  for (let attempt = 0; attempt < 5; attempt++) {
    let created: boolean;
    try {
      created = createExclusively(file, text);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (!options.readOnlyIsFine || (code !== "EROFS" && code !== "EACCES" && code !== "EPERM")) throw error;
      const note: Message = { file, severity: "info", reason: `not locked: ${what} cannot be written (${code}), so this build can only read its registry`, ruleId: "lock-read-only" };
      return { file, note, release: () => undefined };
    }
    if (created) {
      return { file, ...(tookOver ? { note: tookOver } : {}), release: () => releaseIfMine(file, text) };
    }
    const held = readOrUndefined(file);
    if (held === undefined) continue; // released meanwhile: try again
    const holder = parseHolder(held);
    if (holder && holder.host !== mine.host) {
      throw busy(file, `${what} is locked by a build on another machine (${describe(holder)}); if no build runs there, delete this file`);
    }
    if (holder && isLive(holder)) throw busy(file, `another build is running on ${what} (${describe(holder)}); wait for it to finish`);
    if (!breakStaleLock(file, held)) continue;
    tookOver = {
      file,
      severity: "info",
      reason: holder ? `took over the lock of ${describe(holder)}, which has ended` : `took over a lock file that names no build`,
      ruleId: "lock-stale",
    };
  }
  throw busy(file, `${what} is being locked and unlocked by other builds; try again`);
}

function busy(file: string, reason: string): BuildRefused {
  return new BuildRefused([{ file, severity: "error", reason, ruleId: "build-locked" }], "busy");
}

function describe(holder: LockHolder): string {
  return `process ${holder.pid} on ${holder.host}, since ${holder.since}`;
}

/** Writes the lock whole beside it, then links it into place: only one process can win the link. */
function createExclusively(file: string, text: string): boolean {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  try {
    linkSync(temporary, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
}

/**
 * Moves the stale lock aside and checks that what moved is the lock judged stale:
 * if another build broke it and took the lock in between, that build's lock is put
 * back (unless a third took it meanwhile) and this one tries again.
 */
function breakStaleLock(file: string, stale: string): boolean {
  const aside = `${file}.stale-${process.pid}`;
  try {
    renameSync(file, aside);
  } catch {
    return false; // gone already: try again
  }
  const moved = readOrUndefined(aside);
  if (moved !== stale) {
    try {
      linkSync(aside, file);
    } catch {
      // another build holds the lock now; it will be found on the next attempt
    }
    rmSync(aside, { force: true });
    return false;
  }
  rmSync(aside, { force: true });
  return true;
}

function releaseIfMine(file: string, text: string): void {
  if (readOrUndefined(file) !== text) return;
  try {
    unlinkSync(file);
  } catch {
    // already gone
  }
}

function readOrUndefined(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (typeof value.pid === "number" && typeof value.host === "string" && typeof value.since === "string") {
      return { pid: value.pid, host: value.host, since: value.since, ...optional(typeof value.processStart === "string" ? value.processStart : undefined) };
    }
  } catch {
    // not a lock of ours: stale
  }
  return undefined;
}

/** Whether the process that took the lock still runs (on this machine). */
function isLive(holder: LockHolder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  const start = processStartOf(holder.pid);
  return holder.processStart === undefined || start === undefined || start === holder.processStart;
}

/** Field 22 of /proc/<pid>/stat, the process's start in clock ticks since boot; undefined off Linux. */
function processStartOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // "pid (name) state ppid …": the name may hold spaces and parentheses, so count after the last ")".
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return undefined;
  }
}

function optional(processStart: string | undefined): { processStart?: string } {
  return processStart === undefined ? {} : { processStart };
}
