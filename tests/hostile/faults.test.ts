/**
 * Builds that survive faults (issue #11): a kill between any two steps of
 * publishing, two builds at once, a lock left by a dead build, and a full disk
 * under the site or under the registry. After each, a whole site is published
 * (the old or the new), the registry holds every id that site serves, and the
 * next build works.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, realpathSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statfsSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, describe, it } from "node:test";
import { BuildRefused, CONTENT_LOCK_FILE, outputLockFile } from "../../src/publish/build-archive.ts";
import { EXIT_CODES } from "../../src/publish/refusal.ts";
import { build, buildCommand, commandOut, fingerprint, makeArchive, readManifest, seed, startBuildCommand } from "../helpers/archive.ts";

const SEEDS = ["000_2f332df18204745e.txt", "001_f71020e530c0bd5f.txt", "002_d4b433fb0b47d284.txt", "003_10defcbb0af46bf3.txt", "004_4a59a27f646e408d.txt"];
const idOf = (name: string): string => name.replace(/\.txt$/, "").replace(/_/g, "-");
const registry = (content: string): string => readFileSync(join(content, "permalinks.yaml"), "utf8");
const publishedIds = (out: string): string[] => readManifest(out).files.flatMap((f) => (f.id && f.status.startsWith("published") ? [f.id] : [])).sort();

/** A site is whole when its manifest reads and every report it lists has its page. */
function assertWhole(out: string): void {
  const manifest = readManifest(out);
  for (const file of manifest.files.filter((f) => f.url)) assert.ok(existsSync(join(out, file.url!, "index.html")), `${file.url} has its page`);
  assert.ok(existsSync(join(out, "index.html")));
}

describe("a build killed between two steps of publishing", () => {
  // One archive through every fault, as one archive meets them over time: each killed build adds a report.
  const content = makeArchive({ [SEEDS[0]!]: seed(SEEDS[0]!) });
  const out = commandOut(content);
  let added = 1;

  for (const marker of ["registry-written", "site-moved", "site-linked"] as const) {
    it(`leaves a whole site and a registry with every id it serves when killed at ${marker}`, async () => {
      // Only the killed builds need a process of their own; the others run here, which is quicker.
      if (added === 1) assert.equal((await build(content, out)).exitCode, 0);
      const served = publishedIds(out);
      const name = SEEDS[added++]!;
      writeFileSync(join(content, "reports", name), seed(name));
      const killed = buildCommand(content, "out", [], { env: { ARCHIVE_KILL_AT: marker } });
      assert.equal(killed.signal, "SIGKILL", `the build reached ${marker}: ${killed.stderr}`);
      assertWhole(out);
      // killed once the output points at the new site, it serves every report there is; before that, the old site
      assert.deepEqual(publishedIds(out), marker === "site-linked" ? SEEDS.slice(0, added).map(idOf) : served, "the old site, or the new one");
      for (const id of [...served, idOf(name)]) assert.match(registry(content), new RegExp(`^"${id}": \{archived: \\d{4}-\\d{2}-\\d{2}\}$`, "m"), `${id}: the registry recorded every id before any site served it`);
    });
  }

  it("never deletes the only copy: killed while replacing an output of the old layout, a refused build first puts the site back", async () => {
    // The old layout: the output is a real folder, not a link to one.
    const current = realpathSync(out);
    rmSync(out);
    renameSync(current, out);
    for (const name of readdirSync(dirname(out)).filter((entry) => entry.startsWith(".out."))) rmSync(join(dirname(out), name), { recursive: true });
    const name = SEEDS[added++]!;
    writeFileSync(join(content, "reports", name), seed(name));
    const killed = buildCommand(content, "out", [], { env: { ARCHIVE_KILL_AT: "output-set-aside" } });
    assert.equal(killed.signal, "SIGKILL");
    assert.ok(!existsSync(out), "killed between the two steps, the output is missing: its only copy is set aside");

    const removed = readFileSync(join(content, "reports", SEEDS[0]!));
    unlinkSync(join(content, "reports", SEEDS[0]!));
    await assert.rejects(build(content, out), (error: unknown) => {
      assert.ok(error instanceof BuildRefused && error.exitCode === EXIT_CODES.permalinks, String(error));
      assert.ok(error.notes.some((note) => note.file === out && /^was missing \(a build was stopped while publishing\): it points again at the last complete site/.test(note.reason)), JSON.stringify(error.notes));
      return true;
    });
    assert.ok(lstatSync(out).isSymbolicLink());
    // The killed build had finished its site (and registered its ids) before it set the old one aside: that is the newest whole copy.
    assertWhole(out);
    assert.deepEqual(publishedIds(out), SEEDS.slice(0, added).map(idOf));

    writeFileSync(join(content, "reports", SEEDS[0]!), removed);
    assert.equal((await build(content, out)).exitCode, 0);
    assert.deepEqual(publishedIds(out), SEEDS.slice(0, added).map(idOf));
    assert.equal(readdirSync(dirname(out)).filter((entry) => entry.startsWith(".out.")).length, 1, "nothing else left beside the output");

    // What the old code left when killed between its two renames: no output, the only copy set aside as `.out.old-<pid>`.
    const only = join(dirname(out), ".out.old-99999");
    renameSync(realpathSync(out), only);
    rmSync(out);
    const copy = fingerprint(only);
    unlinkSync(join(content, "reports", SEEDS[0]!));
    await assert.rejects(build(content, out), (error: unknown) => error instanceof BuildRefused && error.exitCode === EXIT_CODES.permalinks);
    assert.deepEqual(fingerprint(out), copy, "the refused build put the only copy back, whole");
  });
});

describe("two builds at once", () => {
  it("the second is refused, naming the build that holds the lock; every id is registered once", async () => {
    const content = makeArchive(Object.fromEntries(SEEDS.slice(0, 2).map((name) => [name, seed(name)])));
    const first = startBuildCommand(content, "out");
    const lock = join(content, CONTENT_LOCK_FILE);
    for (const deadline = Date.now() + 60_000; !existsSync(lock) && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 10));
    assert.ok(existsSync(lock), "the first build took the lock");
    const second = buildCommand(content, "out");
    const done = await first.done;
    assert.equal(done.status, 0, done.stderr);
    assert.equal(second.status, EXIT_CODES.busy, second.stderr);
    assert.match(second.stderr, new RegExp(`\\.build\\.lock error another build is running on the content folder content \\(process ${first.pid} on ${hostname()}, since [^)]+\\); wait for it to finish build-locked`));
    // Written twice, an id would be a duplicate key that every later build refuses to read.
    for (const name of SEEDS.slice(0, 2)) assert.equal(registry(content).match(new RegExp(`^"${idOf(name)}": \{archived: \\d{4}-\\d{2}-\\d{2}\}$`, "gm"))?.length, 1, `${idOf(name)} registered once`);
    assert.ok(!existsSync(lock), "the lock is released");
  });

  it("a lock left by a build that has died is taken over, and the build says so; a live holder refuses it", async () => {
    const content = makeArchive({ [SEEDS[0]!]: seed(SEEDS[0]!) });
    const out = commandOut(content);
    const dead = spawnSync(process.execPath, ["-e", ""]).pid;
    writeFileSync(join(content, CONTENT_LOCK_FILE), JSON.stringify({ pid: dead, host: hostname(), since: "2017-10-31T00:00:00.000Z" }));
    const result = await build(content, out);
    assert.equal(result.exitCode, 0);
    assert.match(result.summary, new RegExp(`\\.build\\.lock info took over the lock of process ${dead} on ${hostname()}, since 2017-10-31T00:00:00.000Z, which has ended lock-stale`));

    // This test's own process is alive: its lock on the output refuses the build, and nothing changes.
    const before = fingerprint(out);
    writeFileSync(outputLockFile(out), JSON.stringify({ pid: process.pid, host: hostname(), since: "now" }));
    await assert.rejects(build(content, out), (error: unknown) => error instanceof BuildRefused && error.exitCode === EXIT_CODES.busy && new RegExp(`another build is running on the output .*out \\(process ${process.pid} on `).test(error.message));
    assert.deepEqual(fingerprint(out), before);
    assert.ok(!existsSync(join(content, CONTENT_LOCK_FILE)), "the refused build released the lock it had taken");
    rmSync(outputLockFile(out));
  });
});

/** Whether this machine lets the tests mount a small tmpfs (root, and a mount command): the full-disk tests need one. */
function canMountTmpfs(): boolean {
  const probe = mkdtempSync(join(tmpdir(), "tmpfs-probe-"));
  try {
    if (spawnSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", probe]).status !== 0) return false;
    return spawnSync("umount", [probe]).status === 0;
  } catch {
    return false;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

const TMPFS = canMountTmpfs();
const mounted: string[] = [];
/** Folders of these tests outside the archive helper's, removed once unmounted. */
const made: string[] = [];
function mountTmpfs(dir: string, size: string): void {
  mkdirSync(dir, { recursive: true });
  const run = spawnSync("mount", ["-t", "tmpfs", "-o", `size=${size}`, "tmpfs", dir], { encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr);
  mounted.push(dir);
}
/** Fills a file system but for `keep` bytes. */
function fill(dir: string, keep: number): string {
  const { bavail, bsize } = statfsSync(dir);
  const filler = join(dir, "filler");
  writeFileSync(filler, Buffer.alloc(Math.max(0, bavail * bsize - keep)));
  return filler;
}

describe("a full disk", { skip: TMPFS ? false : "cannot mount a tmpfs here (it takes root and mount(8)): the full-disk tests need a small file system to fill" }, () => {
  after(() => {
    for (const dir of mounted.reverse()) spawnSync("umount", [dir]);
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });

  it("under the site: the build exits 5 naming the disk, the previous site and the registry stay as they were", async () => {
    const content = makeArchive({ [SEEDS[0]!]: seed(SEEDS[0]!) });
    const disk = join(dirname(content), "disk");
    mountTmpfs(disk, "8m");
    const out = join(disk, "out");
    await build(content, out);
    const site = fingerprint(out);
    const ids = registry(content);
    writeFileSync(join(content, "reports", SEEDS[1]!), seed(SEEDS[1]!));
    const filler = fill(disk, 300 * 1024);
    await assert.rejects(build(content, out), (error: unknown) => {
      assert.ok(error instanceof BuildRefused, String(error));
      assert.equal(error.exitCode, EXIT_CODES.disk);
      assert.match(error.message, /disk\/out\S* error could not write: no space left on the device \(ENOSPC\); nothing was published, and the previous site and the registry are as they were disk-write/);
      return true;
    });
    assert.deepEqual(fingerprint(out), site, "the previous site, whole");
    assert.equal(registry(content), ids, "no id registered for a site that was not published");
    assert.deepEqual(readdirSync(disk).filter((name) => name.includes("building")), [], "the staging folder is cleared");
    rmSync(filler);
  });

  it("under the registry: the write fails whole, the registry keeps every byte, and no site serves the unrecorded id", async () => {
    const archive = mkdtempSync(join(tmpdir(), "archive-full-"));
    made.push(archive);
    const content = join(archive, "content");
    mountTmpfs(content, "1m");
    mkdirSync(join(content, "reports"));
    writeFileSync(join(content, "reports", SEEDS[0]!), seed(SEEDS[0]!));
    // A registry of many pages, so that its new copy cannot fit where a small lock file still does.
    writeFileSync(join(content, "permalinks.yaml"), `# ${"notes on the archive ".repeat(4000)}\n`);
    const out = join(archive, "out");
    await build(content, out);
    const site = fingerprint(out);
    writeFileSync(join(content, "reports", SEEDS[1]!), seed(SEEDS[1]!));
    const before = readFileSync(join(content, "permalinks.yaml"));
    const filler = fill(content, 3 * 4096);
    await assert.rejects(build(content, out), (error: unknown) => error instanceof BuildRefused && error.exitCode === EXIT_CODES.disk && /content\/permalinks\.yaml error could not write: no space left on the device \(ENOSPC\)/.test(error.message));
    assert.deepEqual(readFileSync(join(content, "permalinks.yaml")), before, "the registry is not cut short");
    assert.deepEqual(readdirSync(content).filter((name) => name.endsWith(".tmp")), [], "no temporary file left");
    assert.deepEqual(fingerprint(out), site, "the site was not published");
    rmSync(filler);
    await build(content, out);
    assert.match(registry(content), new RegExp(`^"${idOf(SEEDS[1]!)}": \{archived: \\d{4}-\\d{2}-\\d{2}\}$`, "m"));
  });
});

