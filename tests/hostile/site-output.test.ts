import assert from "node:assert/strict";
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { buildAndKillWhileWriting, buildCommand, commandOut, fingerprint, fixture, HOSTILE_REPORTS, hostileFiles, isRunning, makeArchive, readManifest, reportPath, seed } from "../helpers/archive.ts";


describe("reproducible builds", () => {
  it("two builds of the same hostile content are byte-identical", () => {
    const files = hostileFiles(["duplicate-id-b.md"]);
    const first = makeArchive(files);
    const second = makeArchive(files);
    assert.equal(buildCommand(first).status, 1);
    assert.equal(buildCommand(second).status, 1);
    const a = fingerprint(commandOut(first));
    const b = fingerprint(commandOut(second));
    assert.deepEqual([...a.keys()], [...b.keys()], "the same files");
    const differing = [...a.keys()].filter((path) => a.get(path) !== b.get(path));
    assert.deepEqual(differing, [], "the same bytes");
  });

  it("rebuilding the same archive changes no page", () => {
    const archive = makeArchive({ "deir-a.txt": seed("000_2f332df18204745e.txt"), "deir-b.txt": seed("001_f71020e530c0bd5f.txt") });
    assert.equal(buildCommand(archive, "one").status, 0);
    const again = buildCommand(archive, "two");
    assert.equal(again.status, 0, again.stderr);
    const a = fingerprint(commandOut(archive, "one"));
    const b = fingerprint(commandOut(archive, "two"));
    // The manifest may say which ids the first build registered; every page must match.
    const differing = [...a.keys()].filter((path) => path !== "build-report.json" && a.get(path) !== b.get(path));
    assert.deepEqual(differing, []);
  });
});

describe("the permalink registry", () => {
  it("a report whose id looks like a number (000.txt) can be built twice", () => {
    const archive = makeArchive({ "000.txt": seed("000_2f332df18204745e.txt"), "0x1f.txt": seed("001_f71020e530c0bd5f.txt") });
    assert.equal(buildCommand(archive, "one").status, 0);
    const again = buildCommand(archive, "two");
    assert.equal(again.status, 0, `the second build must not refuse ids the first one registered:\n${again.stderr}`);
  });
});

describe("crash-safe output", () => {
  it("an interrupted build leaves the previous site whole", async () => {
    const archive = makeArchive(hostileFiles(["duplicate-id-b.md"]));
    assert.equal(buildCommand(archive).status, 1);
    const out = commandOut(archive);
    writeFileSync(join(out, "sentinel.txt"), "from the previous build");
    const before = fingerprint(out);
    const { killed, descendants } = await buildAndKillWhileWriting(archive);
    assert.ok(killed, "the build was killed while writing (if this fails, the build finished too fast to test)");
    // The build renders in a process of its own, which must not outlive it and write on.
    assert.ok(descendants.length > 0, "the build had started its renderer");
    const deadline = Date.now() + 5_000;
    while (descendants.some(isRunning) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    assert.deepEqual(descendants.filter(isRunning), [], "every process the killed build started has stopped");
    const staging = readdirSync(dirname(archive)).filter((name) => name.startsWith(".out.building-"));
    assert.ok(
      staging.every((name) => !existsSync(join(dirname(archive), name, "build-report.json"))),
      "the renderer stopped with its build, before finishing a site nobody would publish",
    );
    assert.deepEqual(fingerprint(out), before, "out/ is the previous site, untouched");
  });
});

describe("two files claiming one id", () => {
  it("fail with both names, and the rest is still published", () => {
    const archive = makeArchive({
      "duplicate-id-a.md": fixture(join(HOSTILE_REPORTS, "duplicate-id-a.md")),
      "duplicate-id-b.md": fixture(join(HOSTILE_REPORTS, "duplicate-id-b.md")),
      "000.txt": seed("000_2f332df18204745e.txt"),
    });
    const run = buildCommand(archive);
    const a = reportPath("duplicate-id-a.md");
    const b = reportPath("duplicate-id-b.md");
    assert.notEqual(run.status, 0);
    const said = run.stdout + run.stderr;
    assert.ok(said.includes(a) && said.includes(b) && said.includes("same-id"), `the terminal names both files:\n${said}`);
    const out = commandOut(archive);
    assert.ok(existsSync(join(out, "build-report.json")), "a manifest is written");
    const manifest = readManifest(out);
    for (const file of [a, b]) {
      const entry = manifest.files.find((f) => f.file === file);
      assert.equal(entry?.status, "rejected", JSON.stringify(entry));
      assert.ok(entry?.reason?.includes(a) && entry.reason.includes(b), entry?.reason);
    }
    assert.equal(manifest.files.find((f) => f.file === reportPath("000.txt"))?.status, "published");
    assert.ok(!existsSync(join(out, "reports", "same-id")), "neither claimant is published under the id");
  });
});

describe("nothing lost", () => {
  it("lists a file in reports/ that is not a report (.docx, .html, no extension) instead of skipping it silently", () => {
    const archive = makeArchive({ "000.txt": seed("000_2f332df18204745e.txt"), "notes.docx": fixture(join(HOSTILE_REPORTS, "not-text-nul.txt")), "page.html": fixture(join(HOSTILE_REPORTS, "html-injection.md")), "README": seed("001_f71020e530c0bd5f.txt") });
    const run = buildCommand(archive);
    const manifest = readManifest(commandOut(archive));
    for (const name of ["notes.docx", "page.html", "README"]) {
      const entry = manifest.files.find((f) => f.file === reportPath(name));
      assert.equal(entry?.status, "rejected", `${name} is in build-report.json as rejected`);
    }
    assert.equal(run.status, 1);
  });
});
