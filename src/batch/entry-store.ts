import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** A version is a 20-character hex digest (see `extractorVersion`). */
const VERSION = /^[0-9a-f]{20}$/;

/**
 * Cache entries on disk: one file per key (a hex digest), under a folder named by
 * the version of the code that made them. Other versions' folders are deleted on
 * `prepare`, since they can never be hit again; other names beside them are left
 * alone. Entries are written to a temporary file and renamed, so a reader never
 * sees half of one.
 *
 * An entry is never trusted blindly: its first line names the key it was written
 * for and the SHA-256 of the rest. An entry edited by hand, cut short, emptied to
 * `{}` or copied under another key reads as no entry, and is made again.
 */
export class EntryStore {
  readonly dir: string;

  constructor(root: string, readonly version: string) {
    this.dir = join(root, version);
  }

  /** Creates the folder for this version and drops other versions. Call once, before workers start. */
  prepare(): this {
    mkdirSync(this.dir, { recursive: true });
    for (const entry of readdirSync(dirname(this.dir))) {
      if (entry !== this.version && VERSION.test(entry)) rmSync(join(dirname(this.dir), entry), { recursive: true, force: true });
    }
    return this;
  }

  /** The entry's text; undefined when there is none, or when it is not the one written for this key. */
  read(key: string): string | undefined {
    let stored: string;
    try {
      stored = readFileSync(this.pathOf(key), "utf8");
    } catch {
      return undefined;
    }
    const newline = stored.indexOf("\n");
    if (newline < 0) return undefined;
    const text = stored.slice(newline + 1);
    return stored.slice(0, newline) === headerOf(key, text) ? text : undefined;
  }

  write(key: string, text: string): void {
    const path = this.pathOf(key);
    mkdirSync(dirname(path), { recursive: true });
    // Threads of one process share its pid, so the temporary name needs more than the pid.
    const partial = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(partial, `${headerOf(key, text)}\n${text}`);
    renameSync(partial, path);
  }

  private pathOf(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }
}

/** The line an entry opens with: the key it answers and its text's digest. */
function headerOf(key: string, text: string): string {
  return JSON.stringify({ key, sha256: createHash("sha256").update(text).digest("hex") });
}
