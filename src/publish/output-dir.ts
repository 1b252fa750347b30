import { lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, statSync, symlinkSync, type Stats } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { Message } from "../message.ts";
import { syncFolder } from "./durable-file.ts";
import { killPoint } from "./kill-point.ts";

/**
 * The output (`_site`) is a symbolic link to the folder of the last complete
 * build, `._site.site-<stamp>`, beside it. A build writes `._site.building-<pid>`,
 * renames it to a site folder, and publishes it by renaming a new link over the
 * output: one rename, which replaces a link atomically, so a reader, a web server
 * or a build killed at any moment finds the old site or the new one, never
 * neither. The old site's folder is removed only once the link points at the new.
 * These functions are called with the output's lock held (`build-lock.ts`).
 */
interface Output {
  target: string;
  parent: string;
  name: string;
}

type Kind = "building" | "site" | "link" | "old";

function outputOf(outDir: string): Output {
  const target = resolve(outDir);
  return { target, parent: dirname(target), name: basename(target) };
}

/** The build's own folders beside the output: staging, complete sites, links being made, and the old layout's set-aside site. */
function entriesOf({ parent, name }: Output): { path: string; kind: Kind; suffix: string }[] {
  const pattern = new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(building|site|link|old)-(.+)$`);
  return readdirSync(parent).flatMap((entry) => {
    const match = pattern.exec(entry);
    return match ? [{ path: join(parent, entry), kind: match[1] as Kind, suffix: match[2]! }] : [];
  });
}

export interface PreparedOutput {
  /** The empty folder this build writes its site into. */
  staging: string;
  /** Said when the output had to be pointed back at the last complete site. */
  restored?: Message;
}

/**
 * Makes the output whole again and clears what killed builds left, then gives this
 * build its staging folder. Never deletes the only copy of a site: when the output
 * is missing (a build killed between the two renames of the old layout, or someone
 * deleted the link), it is pointed back at the newest complete site first.
 */
export function prepareOutput(outDir: string): PreparedOutput {
  const output = outputOf(outDir);
  mkdirSync(output.parent, { recursive: true });
  const restored = restoreOutput(output);
  const current = currentSite(output);
  for (const entry of entriesOf(output)) {
    const isCurrent = current !== undefined && resolve(entry.path) === current;
    const ownedByLiveBuild = entry.kind === "building" && Number(entry.suffix) !== process.pid && isAlive(Number(entry.suffix));
    if (!isCurrent && !ownedByLiveBuild) rmSync(entry.path, { recursive: true, force: true });
  }
  const staging = join(output.parent, `.${output.name}.building-${process.pid}`);
  mkdirSync(staging, { recursive: true });
  return restored ? { staging, restored } : { staging };
}

/** Where the output points now: its real folder, or undefined when there is no site. */
function currentSite({ target }: Output): string | undefined {
  try {
    return statSync(target).isDirectory() ? resolve(dirname(target), lstatSync(target).isSymbolicLink() ? readlinkSync(target) : basename(target)) : undefined;
  } catch {
    return undefined;
  }
}

function restoreOutput(output: Output): Message | undefined {
  if (currentSite(output) !== undefined) return undefined;
  const link = lstatOrUndefined(output.target);
  if (link && !link.isSymbolicLink()) return undefined; // a file of someone else's: not ours to replace
  const complete = entriesOf(output)
    .filter((entry) => entry.kind === "site" || entry.kind === "old")
    .flatMap((entry) => {
      const manifest = lstatOrUndefined(join(entry.path, "build-report.json"));
      return manifest?.isFile() ? [{ ...entry, written: manifest.mtimeMs }] : [];
    })
    .sort((a, b) => b.written - a.written || (a.path < b.path ? 1 : -1));
  const newest = complete[0];
  if (!newest) return undefined;
  // A site set aside by the old layout becomes a site folder, so that the next build removes it in turn.
  const site = newest.kind === "site" ? newest.path : join(output.parent, `.${output.name}.site-restored-${process.pid}`);
  if (site !== newest.path) renameSync(newest.path, site);
  pointAt(output, site);
  return {
    file: output.target,
    severity: "warning",
    reason: `was missing (a build was stopped while publishing): it points again at the last complete site, ${basename(site)}`,
    ruleId: "output-restored",
  };
}

/**
 * Publishes the staged site: moves it to a site folder of its own, then points the
 * output at it in one rename, then removes the folder the output pointed at before.
 */
export function publishDir(staging: string, outDir: string): void {
  const output = outputOf(outDir);
  const site = join(output.parent, `.${output.name}.site-${Date.now().toString(36)}-${process.pid}`);
  renameSync(staging, site);
  killPoint("site-moved");
  const before = lstatOrUndefined(output.target);
  let previous: string | undefined;
  if (before?.isSymbolicLink()) {
    previous = resolve(output.parent, readlinkSync(output.target));
  } else if (before?.isDirectory()) {
    // The old layout's real folder cannot be replaced in one step: it is set aside first,
    // and a build killed right here finds it again (`restoreOutput`).
    previous = join(output.parent, `.${output.name}.old-${process.pid}`);
    renameSync(output.target, previous);
    killPoint("output-set-aside");
  }
  pointAt(output, site);
  killPoint("site-linked");
  const managed = new Set(entriesOf(output).map((entry) => resolve(entry.path)));
  // Only a folder of ours goes: an output someone linked to a folder elsewhere keeps that folder.
  if (previous !== undefined && previous !== site && managed.has(previous)) rmSync(previous, { recursive: true, force: true });
}

/** Points the output at `site` in one rename of a new link over it. */
function pointAt(output: Output, site: string): void {
  const link = join(output.parent, `.${output.name}.link-${process.pid}`);
  rmSync(link, { force: true });
  symlinkSync(basename(site), link, "dir");
  renameSync(link, output.target);
  syncFolder(output.parent);
}

export function discardDir(staging: string): void {
  rmSync(staging, { recursive: true, force: true });
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
