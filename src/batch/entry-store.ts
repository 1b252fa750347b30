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

  /** The entry's text; undefined when there is none. */
  read(key: string): string | undefined {
    try {
      return readFileSync(this.pathOf(key), "utf8");
    } catch {
      return undefined;
    }
  }

  write(key: string, text: string): void {
    const path = this.pathOf(key);
    mkdirSync(dirname(path), { recursive: true });
    // Threads of one process share its pid, so the temporary name needs more than the pid.
    const partial = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(partial, text);
    renameSync(partial, path);
  }

  private pathOf(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }
}
