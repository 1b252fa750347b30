import { closeSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * Replaces `file` with `text` so that, whatever happens meanwhile (a full disk, a
 * kill, a power cut), the file holds either all of the old text or all of the new:
 * the text goes to a temporary file beside it, is flushed to the disk, and is
 * renamed over the file; the folder is flushed too, so the rename itself lasts.
 * A write cut short by a full disk throws, and the old file is untouched.
 */
export function writeFileDurably(file: string, text: string): void {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  const mode = existingMode(file);
  let fd: number | undefined;
  try {
    fd = openSync(temporary, "w", mode);
    const bytes = Buffer.from(text, "utf8");
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, file);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  syncFolder(dirname(file));
}

/** Flushes a folder's entries (a rename, a new link) to the disk. */
export function syncFolder(dir: string): void {
  const fd = openSync(dir, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The file's permissions, so that replacing it does not change who may read it. */
function existingMode(file: string): number {
  try {
    return statSync(file).mode & 0o7777;
  } catch {
    return 0o666;
  }
}
