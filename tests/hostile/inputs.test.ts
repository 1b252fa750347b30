/**
 * Every entry of reports/ is accounted for (issue #11): links, loops, folders,
 * named pipes, hidden files and files the build may not read are each listed in
 * build-report.json as rejected with their reason, nothing outside the content
 * folder is read through a link, and the rest is published.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, lchownSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { before, describe, it } from "node:test";
import { buildCommand, commandOut, filesUnder, makeArchive, readManifest, reportPath, seed } from "../helpers/archive.ts";

const SECRET = "نص سري خارج مجلد الأرشيف";
/** The unprivileged user of Debian images; the build runs as them so that a file mode can keep a file from it. */
const NOBODY = 65534;

/** Gives a folder and everything in it (links themselves, not what they point at) to the unprivileged user. */
function giveAway(dir: string): void {
  lchownSync(dir, NOBODY, NOBODY);
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (lstatSync(path).isDirectory()) giveAway(path);
    else lchownSync(path, NOBODY, NOBODY);
  }
}

describe("entries of reports/ that are not plain report files", () => {
  let content: string;
  let run: ReturnType<typeof buildCommand>;
  const entry = (name: string) => readManifest(commandOut(content)).files.find((f) => f.file === reportPath(name));

  before(() => {
    content = makeArchive({ "kept.txt": seed("000_2f332df18204745e.txt"), "private.txt": seed("002_d4b433fb0b47d284.txt") });
    const reports = join(content, "reports");
    const outside = join(dirname(content), "secret.txt");
    writeFileSync(outside, `${SECRET}\n`);
    mkdirSync(join(content, "notes"));
    writeFileSync(join(content, "notes", "inside.txt"), seed("001_f71020e530c0bd5f.txt"));
    symlinkSync(outside, join(reports, "outside.txt"));
    symlinkSync("../../secret.txt", join(reports, "outside-relative.md"));
    symlinkSync("loop.txt", join(reports, "loop.txt"));
    symlinkSync("nowhere.txt", join(reports, "broken.txt"));
    symlinkSync("../notes/inside.txt", join(reports, "inside.txt"));
    mkdirSync(join(reports, "folder.md"));
    writeFileSync(join(reports, "folder.md", "hidden-report.txt"), seed("003_10defcbb0af46bf3.txt"));
    writeFileSync(join(reports, ".DS_Store"), "\u0000\u0001");
    writeFileSync(join(reports, ".draft.md"), seed("004_4a59a27f646e408d.txt"));
    assert.equal(spawnSync("mkfifo", [join(reports, "pipe.txt")]).status, 0, "mkfifo makes a named pipe");
    // The build runs as an unprivileged user when the tests run as root, so that a mode of 000 keeps the file from it.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) giveAway(dirname(content));
    chmodSync(join(reports, "private.txt"), 0o000);
    run = buildCommand(content, "out", ["--no-cache"], asRoot ? { uid: NOBODY, gid: NOBODY } : {});
  });

  it("publishes the report files and exits 1 for the rest", () => {
    assert.equal(run.status, 1, run.stderr);
    assert.equal(entry("kept.txt")?.status, "published");
  });

  const rejected: [string, string, RegExp][] = [
    ["outside.txt", "link-outside", /a symbolic link to .*secret\.txt, outside the content folder: never read/],
    ["outside-relative.md", "link-outside", /outside the content folder/],
    ["loop.txt", "link-loop", /a symbolic link that loops/],
    ["broken.txt", "link-broken", /a symbolic link to nothing/],
    ["folder.md", "not-a-file", /a folder: reports are read from reports\/ itself/],
    ["pipe.txt", "not-a-file", /a named pipe, not a file/],
    [".DS_Store", "hidden-entry", /a hidden file/],
    [".draft.md", "hidden-entry", /a hidden file/],
    ["private.txt", "unreadable", /cannot be read: permission denied/],
  ];
  for (const [name, rule, reason] of rejected) {
    it(`lists ${name} as rejected, with its reason (${rule}), in build-report.json and on the terminal`, () => {
      const found = entry(name);
      assert.equal(found?.status, "rejected", JSON.stringify(found));
      assert.match(found?.reason ?? "", reason);
      assert.ok(found?.reason?.startsWith(reportPath(name)) && found.reason.endsWith(rule), found?.reason);
      assert.ok(run.stdout.includes(found?.reason ?? "\u0000"), `the summary gives ${name}'s reason`);
    });
  }

  it("reads a link to a file inside the content folder as a report", () => {
    assert.equal(entry("inside.txt")?.status, "published", JSON.stringify(entry("inside.txt")));
  });

  it("lists every entry once, and reads nothing outside the content folder through a link", () => {
    const names = ["kept.txt", "private.txt", "inside.txt", ...rejected.map(([name]) => name)].filter((name, i, all) => all.indexOf(name) === i);
    assert.deepEqual(readManifest(commandOut(content)).files.map((f) => f.file).sort(), names.map(reportPath).sort());
    const out = commandOut(content);
    const leaked = filesUnder(out).filter((path) => readFileSync(join(out, path), "utf8").includes(SECRET));
    assert.deepEqual(leaked, []);
  });
});

describe("a content folder the build may not write", { skip: process.getuid?.() === 0 ? false : "needs root, to run the build as a user the folder is closed to" }, () => {
  it("builds when every id is registered, saying the folder is not locked; nothing is written there", () => {
    const content = makeArchive({ "kept.txt": seed("000_2f332df18204745e.txt") });
    writeFileSync(join(content, "permalinks.yaml"), '"kept": published\n');
    // The archive's folder (where the output goes) is the user's; the content folder stays root's, mode 755.
    lchownSync(dirname(content), NOBODY, NOBODY);
    const before = readFileSync(join(content, "permalinks.yaml"));
    const run = buildCommand(content, "out", ["--no-cache"], { uid: NOBODY, gid: NOBODY });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /\.build\.lock info not locked: the content folder content cannot be written \(EACCES\), so this build can only read its registry lock-read-only/);
    assert.match(run.stdout, /permalinks\.yaml info cannot be written \(EACCES\): 1 entries of its first form keep no archived day until a build may write it registry-undated/);
    assert.deepEqual(readFileSync(join(content, "permalinks.yaml")), before);
    assert.deepEqual(readdirSync(content).sort(), ["permalinks.yaml", "reports"]);
  });
});
