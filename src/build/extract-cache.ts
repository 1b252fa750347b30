import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { extractReport, type ExtractResult } from "../extract/index.ts";
import { DATA_DIR } from "../data-file.ts";
import { EntryStore } from "./entry-store.ts";

const ROOT_DIR = fileURLToPath(new URL("../../", import.meta.url));
const ENTRY = fileURLToPath(new URL("../extract/index.ts", import.meta.url));
/** Beyond our own code, results depend on the libraries (gray-matter, js-yaml…) and on Node's Unicode tables. */
const LOCK_FILE = join(ROOT_DIR, "package-lock.json");
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g;

/** What an extraction result depends on, as files. */
export interface ExtractorInputs {
  /** The extractor's entry module; every module it imports by relative path counts. */
  entry: string;
  /** Folders of data the extractor reads (gazetteer, vocabulary, outlets…): every file under them counts. */
  dataDirs: string[];
  /** Further files whose bytes count. */
  extra: string[];
  /**
   * The lock file: the locked versions of the packages the extractor imports, and of
   * their dependencies, count (not the whole file, so installing an unrelated tool
   * does not empty the cache).
   */
  lockFile?: string;
}

/** The project's data, library versions and Node: what any of its module graphs depends on beside its code. */
export const PROJECT_INPUTS: ExtractorInputs = {
  entry: ENTRY,
  dataDirs: [DATA_DIR, fileURLToPath(new URL("../data/", import.meta.url))],
  extra: [],
  lockFile: LOCK_FILE,
};

/**
 * A hash of everything an extraction result depends on: the extractor's modules
 * (followed from its entry, so a new module is covered without a list to keep up),
 * the curated data, the locked library versions and the Node version. Any change
 * gives a new version and so a cold cache.
 */
export function extractorVersion(inputs: ExtractorInputs = PROJECT_INPUTS): string {
  const hash = createHash("sha256").update(`node ${process.version}\n`);
  const { modules, packages } = extractorModules(inputs.entry);
  if (inputs.lockFile) hash.update(`${lockedVersions(inputs.lockFile, packages).join("\n")}\n`);
  const files = [...modules, ...inputs.dataDirs.flatMap(filesUnder), ...inputs.extra].sort();
  for (const file of files) {
    hash.update(`${relative(dirname(inputs.entry), file)}\n`);
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update("(missing)");
    }
    hash.update("\n");
  }
  return hash.digest("hex").slice(0, 20);
}

/** The module and every module it imports by relative path, transitively; and the packages they import. */
function extractorModules(entry: string): { modules: Set<string>; packages: Set<string> } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const pending = [entry];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (modules.has(file)) continue;
    modules.add(file);
    let source: string;
    try {
      source = readFileSync(file, "utf8");
    } catch {
      continue; // hashed as missing by the caller
    }
    for (const [, specifier = ""] of source.matchAll(IMPORT)) {
      if (specifier.startsWith(".")) pending.push(join(dirname(file), specifier));
      else if (!specifier.startsWith("node:")) packages.add(packageName(specifier));
    }
  }
  return { modules, packages };
}

/** "@scope/name/sub" → "@scope/name"; "name/sub" → "name". */
function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return (specifier.startsWith("@") ? parts.slice(0, 2) : parts.slice(0, 1)).join("/");
}

interface LockEntry {
  version?: string;
  dependencies?: Record<string, string>;
}

/** `name@version` of each package and of everything it depends on, from an npm v2/v3 lock file. */
function lockedVersions(lockFile: string, roots: Iterable<string>): string[] {
  let packages: Record<string, LockEntry>;
  try {
    packages = (JSON.parse(readFileSync(lockFile, "utf8")) as { packages?: Record<string, LockEntry> }).packages ?? {};
  } catch {
    return ["(no lock file)"];
  }
  const seen = new Map<string, string>();
  const pending = [...roots].map((name) => ({ name, from: "" }));
  for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
    // npm nests a package under its dependent when versions clash; otherwise it sits at the top.
    const path = [`${item.from}node_modules/${item.name}`, `node_modules/${item.name}`].find((p) => packages[p]);
    if (path === undefined || seen.has(path)) continue;
    const entry = packages[path] as LockEntry;
    seen.set(path, `${path}@${entry.version ?? "?"}`);
    for (const dependency of Object.keys(entry.dependencies ?? {})) pending.push({ name: dependency, from: `${path}/` });
  }
  return [...seen.values()].sort();
}

function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: "utf8" })
      .map((name) => join(dir, name))
      .filter((path) => statSync(path).isFile());
  } catch {
    return [];
  }
}

/**
 * Extraction results on disk, one entry per (path, content hash). The key holds
 * the path because the record does (`file`, the id from the file name, every
 * message), so a hit is byte-for-byte what extracting again would give.
 */
export class ExtractCache {
  private readonly entries: EntryStore;

  constructor(root: string, readonly version: string) {
    this.entries = new EntryStore(root, version);
  }

  get dir(): string {
    return this.entries.dir;
  }

  /** Creates the folder for this version and drops other versions. Call once, before workers start. */
  prepare(): this {
    this.entries.prepare();
    return this;
  }

  get(file: string, sha256: string): ExtractResult | undefined {
    const json = this.entries.read(keyOf(file, sha256));
    if (json === undefined) return undefined;
    try {
      const result = JSON.parse(json) as ExtractResult;
      return result.sha256 === sha256 && result.output.file === file ? result : undefined;
    } catch {
      return undefined; // a torn write from an interrupted build: extract again
    }
  }

  set(file: string, result: ExtractResult): void {
    this.entries.write(keyOf(file, result.sha256), JSON.stringify(result));
  }
}

function keyOf(file: string, sha256: string): string {
  return createHash("sha256").update(file).update("\0").update(sha256).digest("hex");
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Extracts each file afresh and stores the result when there is a cache. */
export function extractFiles(files: readonly string[], cache: ExtractCache | undefined): ExtractResult[] {
  return files.map((file) => {
    const result = extractReport({ file, bytes: readFileSync(file) });
    cache?.set(file, result);
    return result;
  });
}
