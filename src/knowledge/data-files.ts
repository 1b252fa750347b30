import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { formatMessage, type Message } from "../message.ts";

/** The curated data every archive reads: the gazetteer, the actor vocabulary, the outlets, the lexicons and the Latin spellings. */
export const DATA_FILES = ["gazetteer.yaml", "actors.yaml", "outlets.yaml", "page-furniture.yaml", "place-cues.yaml", "casualty-lexicon.yaml", "dates.yaml", "transliteration.yaml"] as const;

export type DataFileName = (typeof DATA_FILES)[number];

/** The repository's own data: the defaults of an archive that has none of its own. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL("../../content/data/", import.meta.url));

/** Where one data file is read from. */
export interface DataFile {
  name: DataFileName;
  path: string;
  /** From the archive's own `data/` folder, rather than the repository's default. */
  own: boolean;
}

/**
 * The data files of the archive in `contentDir`: each from its `data/` folder where
 * it has that file, the repository's default otherwise, so an archive may curate
 * its own gazetteer and keep the default lexicons. Without a folder, the defaults.
 */
export function dataFilesFor(contentDir?: string): DataFile[] {
  const ownDir = contentDir === undefined ? undefined : join(contentDir, "data");
  return DATA_FILES.map((name) => {
    const own = ownDir !== undefined && existsSync(join(ownDir, name));
    return { name, path: own ? join(ownDir, name) : join(DEFAULT_DATA_DIR, name), own };
  });
}

/** What the build says about its data: which files are the archive's own and which the defaults. */
export function describeDataFiles(files: readonly DataFile[]): string {
  const own = files.filter((file) => file.own).map((file) => file.name);
  const defaults = files.filter((file) => !file.own).map((file) => file.name);
  if (defaults.length === 0) return `data: the archive's own (${own.join(", ")})`;
  if (own.length === 0) return `data: the repository's defaults (${DEFAULT_DATA_DIR})`;
  return `data: the archive's own ${own.join(", ")}; the repository's defaults for ${defaults.join(", ")}`;
}

/**
 * Data files that cannot be used: each message names the file, the line and
 * column, and what was expected there. The build publishes nothing with them.
 */
export class DataFileError extends Error {
  constructor(readonly messages: Message[]) {
    super(messages.map(formatMessage).join("\n"));
    this.name = "DataFileError";
  }
}

/** Fails with the data file's path when an entry is malformed. */
export function dataError(path: string, where: string, why: string): Error {
  return new Error(`${path}: ${where}: ${why}`);
}

export function stringList(value: unknown, path: string, where: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== "string")) {
    throw dataError(path, where, "expected a list of strings");
  }
  return value as string[];
}
