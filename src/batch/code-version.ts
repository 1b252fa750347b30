import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT_DIR = fileURLToPath(new URL("../../", import.meta.url));
/** Beyond our own code, results depend on the libraries (gray-matter, js-yaml…) and on Node's Unicode tables. */
const LOCK_FILE = join(ROOT_DIR, "package-lock.json");
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g;

/** The code a result depends on, as files. */
export interface CodeInputs {
  /** The entry module; every module it imports by relative path counts. */
  entry: string;
  /** Further files whose bytes count. */
  extra?: string[];
  /**
   * The lock file: the locked versions of the packages the extractor imports, and of
   * their dependencies, count (not the whole file, so installing an unrelated tool
   * does not empty the cache).
   */
  lockFile?: string;
}

/** A module of the project, with the project's lock file and Node: what its results depend on beside the data. */
export function projectCode(entry: URL): CodeInputs {
  return { entry: fileURLToPath(entry), lockFile: LOCK_FILE };
}

/**
 * A digest of the code a result depends on: the modules (followed from the entry,
 * so a new module is covered without a list to keep up), the locked library
 * versions and the Node version. Any change gives a new version and so a cold cache.
 */
export function codeVersion(inputs: CodeInputs): string {
  const hash = createHash("sha256").update(`node ${process.version}\n`);
  const { modules, packages } = moduleGraph(inputs.entry);
  if (inputs.lockFile) hash.update(`${lockedVersions(inputs.lockFile, packages).join("\n")}\n`);
  const files = [...modules, ...(inputs.extra ?? [])].sort();
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
function moduleGraph(entry: string): { modules: Set<string>; packages: Set<string> } {
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

/** One version of several: the code's and the data's. */
export function combinedVersion(...versions: string[]): string {
  return createHash("sha256").update(versions.join("\n")).digest("hex").slice(0, 20);
}
